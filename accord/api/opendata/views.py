"""The open-data page and its feeds: public data only, under the configured licence.

Each file is made once and kept until a table it was made from changes
(accord/caching/files.py), so a national register's exports are not rebuilt per download.

``?as_at=YYYY-MM-DD`` gives a file as the register stood on a day that has passed. Such a
file is made for the one download and never kept: it can never be served as today's, and
a visitor asking for many days cannot fill the file store.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
import tempfile
from collections.abc import Callable
from typing import IO

from django.conf import settings
from django.contrib.auth.decorators import login_not_required
from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import render

from accord.api.opendata.datasets import DATASETS
from accord.api.opendata.formats import xlsx_file
from accord.api.opendata.popolo import popolo_export
from accord.caching.files import cached_file
from accord.caching.pages import page_cache
from accord.core.csv_export import csv_lines
from accord.core.errors import Conflict, Invalid
from accord.core.params import as_at_param

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
    # ``?as_at=``: the same page, its links to the files as they stood on that day.
    as_at = as_at_param(request, "as_at")
    return render(
        request,
        "api/open_data.html",
        {
            "datasets": DATASETS.values(),
            "licence": licence(),
            "as_at": as_at,
            "page_errors": as_at.page_errors("as_at"),
            "day_query": f"?as_at={as_at.day.isoformat()}" if as_at.day else "",
        },
    )


def day_asked(request) -> dt.date | None:
    """The ``as_at`` day, if one was asked for: a real past day, or a clear refusal."""
    as_at = as_at_param(request, "as_at")
    if as_at.problem:
        raise Invalid(f"The as_at date cannot be used: {as_at.problem}")
    return as_at.day


AS_AT_LOCK = "accord-opendata-as-at-being-made"
AS_AT_LOCK_SECONDS = 600  # freed at once when made; this only ends a lock left by a killed worker


def made(name: str, day: dt.date | None, write: Callable[[IO[bytes]], None]) -> IO[bytes]:
    """Today's file from the cache; a past day's made afresh and kept by nobody."""
    if day is None:
        return cached_file(name, write)
    # A day's file reads every public agreement's party list as it stood then, and nobody
    # keeps it: one is made at a time on the whole instance (the lock is in the shared
    # cache), so asking for many days at once cannot tie up every app server.
    if not page_cache().add(AS_AT_LOCK, True, AS_AT_LOCK_SECONDS):
        raise Conflict(
            "Another file as the register stood on a day is being made now. "
            "Try again in a minute; today's files can be had at once."
        )
    try:
        scratch = tempfile.TemporaryFile()
        write(scratch)
        scratch.seek(0)
        return scratch
    finally:
        page_cache().delete(AS_AT_LOCK)


def _filename(name: str, extension: str, day: dt.date | None) -> str:
    return f"accord-{name}{f'-as-at-{day.isoformat()}' if day else ''}.{extension}"


@login_not_required
def popolo(request):
    day = day_asked(request)

    def write(out) -> None:
        export = {"licence": licence(), **popolo_export(day)}
        if day is not None:
            export = {"as_at": day.isoformat(), **export}
        out.write(json.dumps(export, indent=1).encode())

    with made("popolo.json", day, write) as stored:
        response = HttpResponse(stored.read(), content_type="application/json")
    response["Content-Disposition"] = f'inline; filename="{_filename("popolo", "json", day)}"'
    return response


@login_not_required
def dataset_csv(request, slug: str):
    dataset = _dataset(slug)
    day = day_asked(request)

    def write(out) -> None:
        for line in csv_lines(dataset.header, dataset.rows(day)):
            out.write(line.encode("utf-8"))

    return FileResponse(
        made(f"{slug}.csv", day, write),
        as_attachment=True,
        filename=_filename(slug, "csv", day),
        content_type="text/csv; charset=utf-8",
    )


@login_not_required
def dataset_xlsx(request, slug: str):
    dataset = _dataset(slug)
    day = day_asked(request)

    def write(out) -> None:
        with xlsx_file(dataset.title, dataset.header, dataset.rows(day)) as sheet:
            shutil.copyfileobj(sheet, out)

    return FileResponse(
        made(f"{slug}.xlsx", day, write),
        as_attachment=True,
        filename=_filename(slug, "xlsx", day),
        content_type=XLSX_TYPE,
    )
