"""Helpers for the DOCX documents of the unseen-1 corpus, written with python-docx: tables
with a repeating header row, merged cells, and headings either in Word's heading styles or
as bold paragraphs (as many councils type them)."""

from __future__ import annotations

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt


def new_document(*, title: str, author: str, footer: str):
    from docx import Document

    document = Document()
    document.core_properties.title = title
    document.core_properties.author = author
    document.styles["Normal"].font.name = "Arial"
    document.styles["Normal"].font.size = Pt(11)
    document.sections[0].footer.paragraphs[0].text = footer
    return document


def bold_heading(document, text: str, size: int = 12):
    """A heading typed as a bold Normal paragraph, with no heading style."""
    paragraph = document.add_paragraph()
    run = paragraph.add_run(text)
    run.bold = True
    run.font.size = Pt(size)
    return paragraph


def paras(document, *texts: str) -> None:
    for text in texts:
        document.add_paragraph(text)


def bullets(document, items: list[str], style: str = "List Bullet") -> None:
    for item in items:
        document.add_paragraph(item, style=style)


def _repeat_header(row) -> None:
    properties = row._tr.get_or_add_trPr()
    flag = OxmlElement("w:tblHeader")
    flag.set(qn("w:val"), "true")
    properties.append(flag)


def _bold_cell(cell, text: str) -> None:
    cell.text = ""
    cell.paragraphs[0].add_run(text).bold = True


def header_table(document, head: list[str], rows: list[list[str]]):
    """A grid table whose first row is a bold header repeated on every page."""
    table = document.add_table(rows=1, cols=len(head))
    table.style = "Table Grid"
    for cell, label in zip(table.rows[0].cells, head, strict=True):
        _bold_cell(cell, label)
    _repeat_header(table.rows[0])
    for row in rows:
        cells = table.add_row().cells
        for cell, text in zip(cells, row, strict=True):
            cell.text = text
    return table


def grouped_table(document, head: list[str], groups: list[tuple[str, list[list[str]]]]):
    """A table whose first column holds a category merged down over the rows of its group."""
    table = header_table(document, head, [])
    for category, rows in groups:
        first = len(table.rows)
        for row in rows:
            cells = table.add_row().cells
            for cell, text in zip(cells[1:], row, strict=True):
                cell.text = text
        top = table.cell(first, 0)
        merged = top.merge(table.cell(first + len(rows) - 1, 0)) if len(rows) > 1 else top
        merged.text = category
    return table


def banded_table(document, head: list[str], groups: list[tuple[str, list[list[str]]]]):
    """A table in which each group starts with a row merged across all columns that names
    the group (a band), followed by the group's rows."""
    table = header_table(document, head, [])
    for band, rows in groups:
        cells = table.add_row().cells
        merged = cells[0].merge(cells[-1])
        _bold_cell(merged, band)
        for row in rows:
            for cell, text in zip(table.add_row().cells, row, strict=True):
                cell.text = text
    return table


def form_table(document, rows: list[tuple[str, str]]):
    """A two-column form: a bold label on the left, its content on the right (paragraphs
    separated by blank lines in the content become separate paragraphs of the cell)."""
    table = document.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for label, content in rows:
        cells = table.add_row().cells
        _bold_cell(cells[0], label)
        parts = content.split("\n\n")
        cells[1].text = parts[0]
        for part in parts[1:]:
            cells[1].add_paragraph(part)
    return table
