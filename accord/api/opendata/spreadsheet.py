"""Reading an uploaded CSV or XLSX file into rows of text, within firm limits.

A file that is too big, unpacks too big, is not what its name says, or is damaged is
refused with a reason a person can act on; nothing here touches the database.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import zipfile

from accord.api.opendata.formats import FORMULA_STARTS

MAX_BYTES = 5_000_000
MAX_ROWS = 5_000
MAX_UNZIPPED_BYTES = 50_000_000
MAX_COLUMNS = 50


class FileRefused(Exception):
    """The file as a whole cannot be read; the message says why, for a person."""


# --- reading the file -------------------------------------------------------------------


def _text(value) -> str:
    """A cell as text, with the export's guard against formulas taken off again."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value).strip()
    if text.startswith("'") and text[1:2] and text[1:2] in FORMULA_STARTS:
        text = text[1:]
    return text


def _csv_rows(content: bytes) -> list[list[str]]:
    try:
        text = content.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise FileRefused(
            "The file is not a CSV file in UTF-8. Save it as “CSV UTF-8” or XLSX and try again."
        ) from None
    if "\x00" in text:
        raise FileRefused("The file is not a CSV file: it holds binary data.")
    try:
        rows = []
        for row in csv.reader(io.StringIO(text)):
            rows.append(row[:MAX_COLUMNS])
            if len(rows) > MAX_ROWS + 1:
                break
        return rows
    except csv.Error as error:
        raise FileRefused(f"The file is not a valid CSV file ({error}).") from None


def _xlsx_rows(content: bytes) -> list[list[str]]:
    from openpyxl import load_workbook

    buffer = io.BytesIO(content)
    try:
        with zipfile.ZipFile(buffer) as archive:
            if sum(info.file_size for info in archive.infolist()) > MAX_UNZIPPED_BYTES:
                raise FileRefused("The spreadsheet is too large once unpacked.")
        buffer.seek(0)
        workbook = load_workbook(buffer, read_only=True, data_only=True)
    except FileRefused:
        raise
    except Exception:
        # openpyxl raises many kinds of error for a damaged or disguised file.
        raise FileRefused("The file is not a valid XLSX spreadsheet.") from None
    try:
        sheet = workbook.worksheets[0] if workbook.worksheets else None
        if sheet is None:
            raise FileRefused("The spreadsheet has no worksheet.")
        rows = []
        for row in sheet.iter_rows(max_col=MAX_COLUMNS, values_only=True):
            rows.append(list(row))
            if len(rows) > MAX_ROWS + 1:
                break
        return rows
    except FileRefused:
        raise
    except Exception:
        raise FileRefused("The XLSX spreadsheet could not be read.") from None
    finally:
        workbook.close()


def read_rows(content: bytes, filename: str) -> list[list[str]]:
    """The file's rows as text, the header first. Raises FileRefused with the reason."""
    name = (filename or "").lower()
    if not content:
        raise FileRefused("The file is empty.")
    if len(content) > MAX_BYTES:
        raise FileRefused(f"The file is larger than {MAX_BYTES // 1_000_000} MB.")
    if name.endswith(".xlsx"):
        rows = _xlsx_rows(content)
    elif name.endswith(".csv"):
        rows = _csv_rows(content)
    else:
        raise FileRefused("Choose a CSV or XLSX file (its name ends .csv or .xlsx).")
    rows = [[_text(cell) for cell in row] for row in rows]
    if len(rows) > MAX_ROWS + 1:
        raise FileRefused(f"The file has more than {MAX_ROWS:,} rows of organisations.")
    if not rows or not any(rows[0]):
        raise FileRefused("The file is empty: the first row should be the column headings.")
    return rows
