"""Shared helpers for the DOCX documents of the blind import corpora (python-docx).

Tables get a real header row (marked to repeat on each page, as Word does) and real merged
cells; headings are either Word heading styles or, for the documents that use none, bold
"Normal" paragraphs, as many councils' templates do.
"""

from __future__ import annotations

from typing import Any


def new_document() -> Any:
    from docx import Document
    from docx.shared import Pt

    document = Document()
    document.styles["Normal"].font.name = "Arial"
    document.styles["Normal"].font.size = Pt(11)
    return document


def bold_heading(document: Any, text: str, *, size: int = 12) -> None:
    """A heading made the way many templates make it: a bold Normal paragraph."""
    from docx.shared import Pt

    run = document.add_paragraph().add_run(text)
    run.bold = True
    run.font.size = Pt(size)


def mark_header_row(row: Any) -> None:
    """Mark a table row as a header row that Word repeats at the top of each page."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    properties = row._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    properties.append(header)


def bold_cell(cell: Any, text: str) -> None:
    cell.text = ""
    cell.paragraphs[0].add_run(text).bold = True


def grid_table(document: Any, headers: list[str], rows: list[tuple[str, ...]]) -> Any:
    """A "Table Grid" table with a bold header row (marked as such) and one row per tuple."""
    table = document.add_table(rows=1, cols=len(headers))
    table.style = "Table Grid"
    for cell, label in zip(table.rows[0].cells, headers, strict=True):
        bold_cell(cell, label)
    mark_header_row(table.rows[0])
    for values in rows:
        cells = table.add_row().cells
        for cell, value in zip(cells, values, strict=True):
            cell.text = value
    return table


def merge_down(table: Any, *, column: int, first_row: int, last_row: int, text: str) -> None:
    """Merge one column's cells over several rows into one cell holding ``text``."""
    top = table.cell(first_row, column)
    merged = top.merge(table.cell(last_row, column)) if last_row > first_row else top
    merged.text = text


def merge_across(table: Any, *, row: int, text: str, bold: bool = False) -> None:
    """Merge a whole row into one cell holding ``text``."""
    cells = table.rows[row].cells
    merged = cells[0].merge(cells[-1])
    if bold:
        bold_cell(merged, text)
    else:
        merged.text = text


def _numbering_id(document: Any, fmt: str, text: str, key: str) -> int:
    """Add (once per document and list key) a one-level Word numbering definition; return numId.

    Each key gets its own numbering instance, so each list restarts at 1.
    """
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls, qn

    known = document.__dict__.setdefault("_corpus_num_ids", {})
    if key in known:
        return known[key]
    numbering = document.part.numbering_part.element
    abstract_ids = [
        int(a.get(qn("w:abstractNumId"))) for a in numbering.findall(qn("w:abstractNum"))
    ]
    num_ids = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
    abstract_id = max(abstract_ids, default=0) + 1
    num_id = max(num_ids, default=0) + 1
    abstract = parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{abstract_id}">'
        '<w:multiLevelType w:val="singleLevel"/>'
        f'<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
        f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum>'
    )
    # abstractNum elements must come before num elements
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    numbering.append(
        parse_xml(
            f'<w:num {nsdecls("w")} w:numId="{num_id}"><w:abstractNumId w:val="{abstract_id}"/></w:num>'
        )
    )
    known[key] = num_id
    return num_id


def numbered_list(
    document: Any, items: list[str], *, fmt: str = "decimal", text: str = "%1.", key: str = "list"
) -> None:
    """Normal paragraphs numbered by Word numbering (w:numPr), so the numbers are not typed."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    num_id = _numbering_id(document, fmt, text, key)
    for item in items:
        paragraph = document.add_paragraph(item)
        properties = paragraph._p.get_or_add_pPr()
        num_pr = OxmlElement("w:numPr")
        ilvl = OxmlElement("w:ilvl")
        ilvl.set(qn("w:val"), "0")
        num = OxmlElement("w:numId")
        num.set(qn("w:val"), str(num_id))
        num_pr.append(ilvl)
        num_pr.append(num)
        properties.insert(0, num_pr)
