"""A PDF's ruled tables, read with pdfplumber and written back into the page's lines.

pdftotext reads a table cell by cell, one cell to a paragraph, so a table of parties comes
out as a column of names and a column of posts that no longer meet. pdfplumber finds the
ruled tables and their cells; the page's text is then rebuilt from Poppler's word boxes
(the same reading as the plain text) with the lines inside each table replaced by its rows.

pdfplumber reads a page in about a tenth of a second, far slower than Poppler, so it only
reads pages that draw lines at all (a quick count with pdfium), at most ``MAX_PAGES`` of
them, and stops when ``BUDGET_S`` is spent: a table left unread costs findings, never the
import.
"""

from __future__ import annotations

import io
import shutil
import subprocess
import tempfile
import time
import xml.etree.ElementTree as ElementTree

from accord.imports.layout import TableBlock, is_form, looks_like_header, place, render, tidy

MAX_PAGES = 40
BUDGET_S = 4.0
MIN_PATHS = 4  # a ruled table draws at least its outline and one rule
_XHTML = "{http://www.w3.org/1999/xhtml}"


def _ruled_pages(content: bytes, count: int) -> list[int]:
    """Pages (0-based) that draw enough lines or boxes to hold a ruled table."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    found = []
    document = pdfium.PdfDocument(content)
    try:
        for number in range(min(count, len(document))):
            page = document[number]
            paths = 0
            for _ in page.get_objects(filter=[raw.FPDF_PAGEOBJ_PATH], max_depth=2):
                paths += 1
                if paths >= MIN_PATHS:
                    found.append(number)
                    break
            page.close()
            if len(found) >= MAX_PAGES:
                break
    finally:
        document.close()
    return found


# A line of words: its top, bottom, text, left and right, in PDF points.
WordLine = tuple[float, float, str, float, float]


def _word_lines(program: str, path: str, page: int) -> list[list[WordLine]]:
    """The page's text as Poppler reads it: flows of lines, each line with its top and
    bottom and its words."""
    done = subprocess.run(
        [program, "-q", "-f", str(page), "-l", str(page), "-enc", "UTF-8", "-bbox-layout"]
        + [path, "-"],
        capture_output=True,
        timeout=5,
        check=False,
    )
    if done.returncode != 0:
        return []
    root = ElementTree.fromstring(done.stdout)
    flows: list[list[WordLine]] = []
    for flow in root.iter(f"{_XHTML}flow"):
        lines: list[WordLine] = []
        for line in flow.iter(f"{_XHTML}line"):
            words = " ".join((word.text or "") for word in line.iter(f"{_XHTML}word"))
            box = [float(line.get(edge) or 0) for edge in ("yMin", "yMax", "xMin", "xMax")]
            lines.append((box[0], box[1], words, box[2], box[3]))
        flows.append(lines)
    return flows


def _inside(line, box) -> bool:
    top, bottom, _, left, right = line
    x0, y0, x1, y1 = box
    middle = (top + bottom) / 2
    return y0 - 1 <= middle <= y1 + 1 and left >= x0 - 2 and right <= x1 + 2


def _rows(table, page) -> tuple[list[list[str]], list[bool]]:
    """Cells of each row; a cell merged down from the row above is repeated; a row whose
    only text is in one cell that spans the table is a band. A cell pdfplumber could not
    close (its rule falls on the next page) is read from the words inside its column."""
    columns: dict[int, tuple[float, float]] = {}
    for row in table.rows:
        for n, cell in enumerate(row.cells):
            if cell is not None and n not in columns:
                columns[n] = (cell[0], cell[2])
    rows: list[list[str]] = []
    bands: list[bool] = []
    above: list[str] = []
    for row, cells in zip(table.rows, table.extract(), strict=False):
        texts = [tidy(cell) if cell is not None else None for cell in cells]
        filled = [t for t in texts if t]
        band = len(texts) > 1 and len(filled) == 1 and texts.count(None) == len(texts) - 1
        if not band:
            top = min(c[1] for c in row.cells if c is not None)
            bottom = max(c[3] for c in row.cells if c is not None)
            for n, text in enumerate(texts):
                if text is None and n in columns:
                    x0, x1 = columns[n]
                    found = tidy(page.within_bbox((x0, top, x1, bottom)).extract_text() or "")
                    if found and found not in (above[n] if n < len(above) else ""):
                        texts[n] = found
        if not any(texts):
            continue
        out = []
        for column, text in enumerate(texts):
            if text is None and column < len(above) and not band and rows:
                text = above[column]  # merged down from the row above
            out.append(text or "")
        rows.append(out)
        bands.append(band)
        above = out
    return rows, bands


def _page_lines(flows, tables) -> list[tuple[str, TableBlock | None]]:
    """The page's lines with each table written in place of the lines it covers."""
    out: list[tuple[str, TableBlock | None]] = []
    placed: set[int] = set()
    for flow in flows:
        if out and out[-1][0] != "":
            out.append(("", None))
        for line in flow:
            owner = next((n for n, (box, _) in enumerate(tables) if _inside(line, box)), None)
            if owner is None:
                out.append((line[2], None))
            elif owner not in placed:
                placed.add(owner)
                out.append(("", None))
                out.append(("", tables[owner][1]))
                out.append(("", None))
    for n, (_, block) in enumerate(tables):
        if n not in placed:
            out += [("", None), ("", block)]
    return out


def read_tables(content: bytes, source, deadline: float | None = None) -> None:
    """Rewrite ``source``'s pages that hold ruled tables, adding their blocks to
    ``source.tables``. Does nothing when the libraries or Poppler are missing."""
    program = shutil.which("pdftotext")
    if not program or source.format != "pdf":
        return
    try:
        import pdfplumber
    except ImportError:  # pragma: no cover - a kept dependency
        return
    started = time.monotonic()
    stop = started + BUDGET_S
    if deadline is not None:
        stop = min(stop, deadline)
    try:
        pages = _ruled_pages(content, source.pages)
    except Exception:
        return
    if not pages:
        return
    replaced: dict[int, list[tuple[str, TableBlock | None]]] = {}
    with tempfile.NamedTemporaryFile(suffix=".pdf") as handle:
        handle.write(content)
        handle.flush()
        try:
            with pdfplumber.open(io.BytesIO(content), pages=[n + 1 for n in pages]) as pdf:
                for number, page in zip(pages, pdf.pages, strict=False):
                    if time.monotonic() > stop:
                        break
                    found = []
                    for table in page.find_tables():
                        rows, bands = _rows(table, page)
                        if len(rows) < 2 and not (rows and len(rows[0]) >= 3):
                            continue
                        header = 1 if looks_like_header(rows[0]) else 0
                        block = TableBlock(rows, header_rows=header, bands=bands)
                        block.form = not header and is_form(rows)
                        found.append((table.bbox, block))
                    if found:
                        flows = _word_lines(program, handle.name, number + 1)
                        if flows:
                            replaced[number + 1] = _page_lines(flows, found)
        except Exception:
            return
    if replaced:
        _rewrite(source, replaced)


def _rewrite(source, replaced) -> None:
    """Put the rebuilt pages in place of pdftotext's, numbering every table row."""
    lines: list[str] = []
    pages: list[int] = []
    index = 0
    total = len(source.lines)
    while index < total:
        page = source.page_of_line[index]
        end = index
        while end < total and source.page_of_line[end] == page:
            end += 1
        if page not in replaced:
            lines += source.lines[index:end]
            pages += source.page_of_line[index:end]
        else:
            gap = 0
            while index + gap < end and gap < 3 and not source.lines[index + gap].strip():
                gap += 1
            lines += [""] * gap  # the page gap the reader left before this page
            pages += [page] * gap
            for text, block in replaced[page]:
                if block is None:
                    lines.append(text)
                    pages.append(page)
                    continue
                written = place(block, render(block), len(lines) + 1)
                lines += written
                pages += [page] * len(written)
                source.tables.append(block)
        index = end
    source.lines = lines
    source.page_of_line = pages
