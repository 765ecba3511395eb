"""Orrinsby Safeguarding Adults Board funding and governance memorandum, as a DOCX.

What it tests: no heading styles (bold Normal paragraphs "Part One: ..." as headings); the
parties after a lead-in ("The statutory partners of the Board, who are the parties to this
Memorandum, are:") in "List Bullet"; a contributions table that repeats the parties; the six
Care Act principles in "List Bullet" (principles, not values); an endorsement in prose and a
signature table (Organisation | Name | Position | Date) with `12/11/2025`-style dates.
"""

from __future__ import annotations

from pathlib import Path

from _docx import bold_heading, grid_table, new_document

PARTNERS = [
    "Orrinsby City Council",
    "Lowmarrish and Orrinsby Integrated Care Board",
    "Lowmarrish Police",
]

CONTRIBUTIONS = [
    ("Orrinsby City Council", "50%", "98,000"),
    ("Lowmarrish and Orrinsby Integrated Care Board", "30%", "58,800"),
    ("Lowmarrish Police", "20%", "39,200"),
]

PRINCIPLES = [
    "Empowerment",
    "Prevention",
    "Proportionality",
    "Protection",
    "Partnership",
    "Accountability",
]

SIGNATURES = [
    ("Orrinsby City Council", "Marcus Oyelaran", "Chief Executive", "12/11/2025"),
    (
        "Lowmarrish and Orrinsby Integrated Care Board",
        "Fiona Hale",
        "Chief Nursing Officer",
        "14/11/2025",
    ),
    ("Lowmarrish Police", "ACC Daniel Roe", "Assistant Chief Constable", "14/11/2025"),
]


def write(path: Path) -> None:
    document = new_document()
    bold_heading(document, "Orrinsby Safeguarding Adults Board", size=18)
    bold_heading(document, "Memorandum of Understanding on Funding and Governance", size=14)

    bold_heading(document, "Part One: Purpose")
    document.add_paragraph(
        "The Care Act 2014 requires Orrinsby City Council to set up a Safeguarding Adults Board "
        "and names the council, the integrated care board and the chief officer of police as "
        "its statutory partners. This Memorandum records how those partners fund the Board and "
        "how they hold each other to account."
    )
    bold_heading(document, "Part Two: The partners")
    document.add_paragraph(
        "The statutory partners of the Board, who are the parties to this Memorandum, are:"
    )
    for name in PARTNERS:
        document.add_paragraph(name, style="List Bullet")
    document.add_paragraph(
        "Other organisations sit on the Board as set out in its terms of reference."
    )
    bold_heading(document, "Part Three: Principles")
    document.add_paragraph("The partners apply the six safeguarding principles:")
    for text in PRINCIPLES:
        document.add_paragraph(text, style="List Bullet")
    bold_heading(document, "Part Four: Funding")
    document.add_paragraph("The partners contribute to the Board's budget for 2026/27 as follows:")
    grid_table(document, ["Partner", "Share", "Contribution (pounds)"], CONTRIBUTIONS)
    bold_heading(document, "Part Five: Governance")
    document.add_paragraph(
        "The Board meets four times a year. Its Executive Group, Safeguarding Adults Review "
        "Subgroup and Quality and Performance Subgroup report to it. The Board reports each year "
        "to the Orrinsby Health and Wellbeing Board and to the Orrinsby Community Safety "
        "Partnership."
    )
    bold_heading(document, "Part Six: Agreement")
    document.add_paragraph(
        "The Orrinsby Safeguarding Adults Board endorsed this Memorandum at its meeting on "
        "23 October 2025. It was then signed for each statutory partner."
    )
    grid_table(document, ["Organisation", "Name", "Position", "Date"], SIGNATURES)
    document.save(path)
