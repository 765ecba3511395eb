"""The open-data page and its feeds: public data only, under the configured licence."""

from __future__ import annotations

import json

from django.conf import settings
from django.contrib.auth.decorators import login_not_required
from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import render

from accord.api.opendata.datasets import DATASETS
from accord.api.opendata.formats import xlsx_file
from accord.api.opendata.popolo import popolo_export
from accord.core.csv_export import csv_response

DEFAULT_LICENCE = (
    "Open Government Licence v3.0",
    "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/",
)
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def licence() -> dict[str, str]:
    return {
        "name": getattr(settings, "ACCORD_DATA_LICENCE_NAME", "") or DEFAULT_LICENCE[0],
        "url": getattr(settings, "ACCORD_DATA_LICENCE_URL", "") or DEFAULT_LICENCE[1],
    }


def _dataset(slug: str):
    if slug not in DATASETS:
        raise Http404("There is no dataset of that name.")
    return DATASETS[slug]


@login_not_required
def index(request):
    return render(
        request,
        "api/open_data.html",
        {"datasets": DATASETS.values(), "licence": licence()},
    )


@login_not_required
def popolo(request):
    body = {"licence": licence(), **popolo_export()}
    response = HttpResponse(json.dumps(body, indent=1), content_type="application/json")
    response["Content-Disposition"] = 'inline; filename="accord-popolo.json"'
    return response


@login_not_required
def dataset_csv(request, slug: str):
    dataset = _dataset(slug)
    return csv_response(f"accord-{slug}.csv", dataset.header, dataset.rows())


@login_not_required
def dataset_xlsx(request, slug: str):
    dataset = _dataset(slug)
    output = xlsx_file(dataset.title, dataset.header, dataset.rows())
    return FileResponse(
        output, as_attachment=True, filename=f"accord-{slug}.xlsx", content_type=XLSX_TYPE
    )
