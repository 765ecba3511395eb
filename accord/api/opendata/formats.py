"""Writing a dataset as streamed CSV (through Accord's one CSV writer), or as XLSX built row
by row in write-only mode with the same guard against formulas."""

from __future__ import annotations

import tempfile
from collections.abc import Iterable

from openpyxl import Workbook

from accord.core.csv_export import FORMULA_STARTS, csv_lines, safe_cell

__all__ = ["FORMULA_STARTS", "csv_lines", "safe_cell", "xlsx_file"]


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
