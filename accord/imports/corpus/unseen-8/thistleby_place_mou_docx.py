"""Thistleby place partnership MOU, as a DOCX whose only heading style is "Heading 3".

What it tests: "Title" and a Normal "Memorandum of Understanding" line (joined as the title);
every heading is a "Heading 3" paragraph (no Heading 1 or 2 anywhere), so the Heading 3s are
the top-level headings; the partners in a table without header row whose first column is a
logo placeholder ("[logo]") and second the organisation; values in "List Bullet"; a
signature table (Organisation / Signed by / Date) with day-first numeric dates; system, place
and localities.
"""

from __future__ import annotations

from pathlib import Path

from _docx import grid_table, new_document

PARTNERS = [
    "Thistleby Borough Council",
    "Thistleby and Marsh Integrated Care Board",
    "Thistleby Hospitals NHS Foundation Trust",
    "Marsh Community Care CIC",
    "Thistleby GP Alliance",
    "Thistleby Community Foundation",
]

SIGNED = [
    ("Thistleby Borough Council", "Chief Executive", "12/11/2025"),
    ("Thistleby and Marsh Integrated Care Board", "Chief Executive", "12/11/2025"),
    ("Thistleby Hospitals NHS Foundation Trust", "Chief Executive", "14/11/2025"),
    ("Marsh Community Care CIC", "Managing Director", "19/11/2025"),
    ("Thistleby GP Alliance", "Clinical Chair", "19/11/2025"),
    ("Thistleby Community Foundation", "Chief Executive", "20/11/2025"),
]


def write(path: Path) -> None:
    from docx.shared import Pt, RGBColor

    document = new_document()
    document.add_paragraph("Thistleby Place Partnership", style="Title")
    document.add_paragraph("Memorandum of Understanding")

    document.add_paragraph("Introduction", style="Heading 3")
    document.add_paragraph(
        "This Memorandum sets out how the partners below work together as the Thistleby Place "
        "Partnership, the place-level partnership for Thistleby within the Thistleby and Marsh "
        "integrated care system. It is not legally binding."
    )
    document.add_paragraph("The partners", style="Heading 3")
    table = document.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for name in PARTNERS:
        cells = table.add_row().cells
        run = cells[0].paragraphs[0].add_run("[logo]")
        run.font.size = Pt(8)
        run.font.color.rgb = RGBColor(0x99, 0x99, 0x99)
        cells[1].text = name
    document.add_paragraph("Our shared values", style="Heading 3")
    for value in [
        "Trust between partners",
        "Shared responsibility for outcomes",
        "Listening to residents",
    ]:
        document.add_paragraph(value, style="List Bullet")
    document.add_paragraph("How we work", style="Heading 3")
    document.add_paragraph(
        "The Thistleby Place Partnership Board meets monthly and takes decisions by consensus. "
        "Three Locality Delivery Groups (North, Central and Coast) plan services with their "
        "communities and report to the Board."
    )
    document.add_paragraph("Agreement", style="Heading 3")
    document.add_paragraph(
        "The Thistleby Place Partnership Board agreed this Memorandum on 6th November 2025. Each "
        "partner then signed it as shown below."
    )
    grid_table(document, ["Organisation", "Signed by", "Date"], SIGNED)
    document.save(path)
