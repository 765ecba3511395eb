"""The open-data page and its feeds: public data only, under the configured licence.

Each file is made once and kept until a table it was made from changes
(accord/caching/files.py), so a national register's exports are not rebuilt per download.
"""

from __future__ import annotations

import json
import shutil

from django.conf import settings
from django.contrib.auth.decorators import login_not_required
from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import render

from accord.api.opendata.datasets import DATASETS
from accord.api.opendata.formats import xlsx_file
from accord.api.opendata.popolo import popolo_export
from accord.caching.files import cached_file
from accord.core.csv_export import csv_lines

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
    def write(out) -> None:
        out.write(json.dumps({"licence": licence(), **popolo_export()}, indent=1).encode())

    with cached_file("popolo.json", write) as stored:
        response = HttpResponse(stored.read(), content_type="application/json")
    response["Content-Disposition"] = 'inline; filename="accord-popolo.json"'
    return response


@login_not_required
def dataset_csv(request, slug: str):
    dataset = _dataset(slug)

    def write(out) -> None:
        for line in csv_lines(dataset.header, dataset.rows()):
            out.write(line.encode("utf-8"))

    return FileResponse(
        cached_file(f"{slug}.csv", write),
        as_attachment=True,
        filename=f"accord-{slug}.csv",
        content_type="text/csv; charset=utf-8",
    )


@login_not_required
def dataset_xlsx(request, slug: str):
    dataset = _dataset(slug)

    def write(out) -> None:
        with xlsx_file(dataset.title, dataset.header, dataset.rows()) as made:
            shutil.copyfileobj(made, out)

    return FileResponse(
        cached_file(f"{slug}.xlsx", write),
        as_attachment=True,
        filename=f"accord-{slug}.xlsx",
        content_type=XLSX_TYPE,
    )
