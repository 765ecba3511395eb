"""Writing a dataset as streamed CSV, or as XLSX built row by row in write-only mode."""

from __future__ import annotations

import csv
import tempfile
from collections.abc import Iterable, Iterator

from openpyxl import Workbook

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value):
    """Text that a spreadsheet would run as a formula is kept as text."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


class _Line:
    """A file-like object whose write returns the line, for csv.writer in a generator."""

    def write(self, value: str) -> str:
        return value


def csv_lines(header: list[str], rows: Iterable[list]) -> Iterator[str]:
    writer = csv.writer(_Line())
    yield writer.writerow(header)
    for row in rows:
        yield writer.writerow([safe_cell(value) for value in row])


def xlsx_file(title: str, header: list[str], rows: Iterable[list]):
    """An XLSX workbook in a temporary file, ready to stream. openpyxl's write-only mode
    writes each row out as it goes, so memory stays flat however many rows there are."""
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title=title[:31])
    sheet.append(header)
    for row in rows:
        sheet.append([safe_cell(value) for value in row])
    output = tempfile.TemporaryFile()
    workbook.save(output)
    output.seek(0)
    return output
