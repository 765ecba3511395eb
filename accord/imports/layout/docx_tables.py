"""Word tables as rows of cells: merged cells, bands across the table and header rows.

python-docx gives one cell per grid column, repeating a merged cell in every column and
row it covers; a row whose cells are all one cell is a band (a group heading such as
"Health" in a table of agencies). The first row is a header when Word marks it to repeat,
when it is all bold, or when its short cells name the columns.
"""

from __future__ import annotations

from accord.imports.extraction import orgs
from accord.imports.layout import TableBlock, is_form, looks_like_header, tidy

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _bold(cell) -> bool:
    runs = [run for paragraph in cell.paragraphs for run in paragraph.runs if run.text.strip()]
    return bool(runs) and all(run.bold for run in runs)


def _repeats(row) -> bool:
    properties = row._tr.trPr
    return properties is not None and properties.find(f"{_W}tblHeader") is not None


def read_table(table) -> tuple[TableBlock, list[list[list[str]]]]:
    """The table's block, and each cell's paragraphs (for a form's long values)."""
    rows: list[list[str]] = []
    bands: list[bool] = []
    paragraphs: list[list[list[str]]] = []
    header = 0
    for index, row in enumerate(table.rows):
        try:
            cells = list(row.cells)
        except (IndexError, ValueError):  # a damaged grid: read the cells as they stand
            cells = [cell for cell in row._tr.tc_lst]
            cells = [table.cell(index, n) for n in range(len(cells))]
        texts = [tidy(cell.text) for cell in cells]
        if not any(texts):
            continue
        distinct = {id(cell._tc) for cell in cells}
        band = len(cells) > 1 and (
            len(distinct) == 1 or len({text for text in texts if text}) == 1 and all(texts)
        )
        if (
            index == 0
            and not band
            and (_repeats(row) or all(_bold(cell) for cell in cells if cell.text.strip()))
        ):
            header = 1
        rows.append(texts)
        bands.append(band)
        paragraphs.append(
            [[p.text for p in cell.paragraphs if p.text.strip()] or [""] for cell in cells]
        )
    if rows and not header and looks_like_header(rows[0]) and len(rows) > 1:
        header = 1
    # Bands across a table that open it and recur in it name groups: a list, not a form
    # (a form may have a title band on top, but only the one).
    form = not header and not (bands and bands[0] and sum(bands) >= 2) and is_form(rows)
    if not form:
        rows, bands, paragraphs = _one_row_per_name(rows, bands, paragraphs, header)
    block = TableBlock(rows, header_rows=header, bands=bands)
    block.form = form
    return block, paragraphs


def _one_row_per_name(
    rows: list[list[str]], bands: list[bool], paragraphs: list[list[list[str]]], header: int
) -> tuple[list[list[str]], list[bool], list[list[list[str]]]]:
    """A cell listing several organisations as paragraphs of their own ("Public sector |
    A / B / C") stands for one row each, the other cells spanning them as a merged cell
    would: how Word tables group signatories or members under one heading cell."""
    out_rows: list[list[str]] = []
    out_bands: list[bool] = []
    out_paragraphs: list[list[list[str]]] = []
    for index, (row, band, cells) in enumerate(zip(rows, bands, paragraphs, strict=True)):
        several = [n for n, parts in enumerate(cells) if len(parts) > 1]
        names = [tidy(part) for part in cells[several[0]]] if len(several) == 1 else []
        if (
            index < header
            or band
            or len(row) < 2
            or not names
            or not all(orgs.looks_like_organisation(name) for name in names)
        ):
            out_rows.append(row)
            out_bands.append(band)
            out_paragraphs.append(cells)
            continue
        column = several[0]
        for name in names:
            out_rows.append([name if n == column else text for n, text in enumerate(row)])
            out_bands.append(False)
            out_paragraphs.append([[name] if n == column else p for n, p in enumerate(cells)])
    return out_rows, out_bands, out_paragraphs


def emphasised(paragraph) -> bool:
    """A paragraph set apart by its look: Word's Title style, or bold throughout."""
    style = (paragraph.style.name if paragraph.style is not None else "") or ""
    if style == "Title":
        return True
    runs = [run for run in paragraph.runs if run.text.strip()]
    return bool(runs) and all(run.bold for run in runs) and len(paragraph.text) <= 200
