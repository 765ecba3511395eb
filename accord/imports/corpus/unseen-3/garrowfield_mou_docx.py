"""Garrowfield joint commissioning MOU between a council and an ICB, as a DOCX.

What it tests: a "Title" paragraph, unnumbered "Heading 1" sections with a "Heading 2" inside
one; a document-control table whose "Approved by" column is the approval route, with numeric
dates (`14/03/2025`); parties in a two-column table (Party | Lead officer) with no category and
posts in the second column; values in "List Bullet"; system and place named in prose.
"""

from __future__ import annotations

from pathlib import Path

from _docx import grid_table, new_document

CONTROL = [
    ("0.3", "14/03/2025", "Draft", "Considered by Garrowfield Joint Commissioning Group"),
    ("0.9", "02/04/2025", "Final draft", "Endorsed by Garrowfield Health and Wellbeing Board"),
    ("1.0", "29/04/2025", "Approved", "Approved by Cabinet of Garrowfield Borough Council"),
    (
        "1.0",
        "08/05/2025",
        "Approved",
        "Approved by Board of Hale and Garrowfield Integrated Care Board",
    ),
]

PARTIES = [
    ("Garrowfield Borough Council", "Director of Adult Social Care and Health"),
    ("Hale and Garrowfield Integrated Care Board", "Place Director, Garrowfield"),
]

VALUES = [
    "Residents before organisations",
    "Openness about money and risk",
    "Commissioning once, not twice",
]


def write(path: Path) -> None:
    document = new_document()
    document.add_paragraph("Joint Commissioning Memorandum of Understanding", style="Title")
    document.add_paragraph(
        "Garrowfield Borough Council and Hale and Garrowfield Integrated Care Board"
    )
    document.add_paragraph("Document control")
    grid_table(document, ["Version", "Date", "Status", "Approved by"], CONTROL)

    document.add_heading("Purpose", level=1)
    document.add_paragraph(
        "This memorandum sets out how the two parties will commission community health, "
        "adult social care and mental health support for adults in Garrowfield as one "
        "team. It is not a legally binding contract and does not pool budgets; any pooling "
        "would need a separate agreement under section 75 of the National Health Service Act "
        "2006."
    )
    document.add_heading("The parties", level=1)
    document.add_paragraph("The memorandum is between:")
    grid_table(document, ["Party", "Lead officer"], PARTIES)

    document.add_heading("Scope", level=1)
    document.add_heading("Services in scope", level=2)
    document.add_paragraph(
        "Intermediate care, reablement, community equipment, carers' support and the "
        "community mental health offer for adults."
    )
    document.add_heading("Where decisions are taken", level=2)
    document.add_paragraph(
        "Decisions that affect only Garrowfield are taken at place, by the Garrowfield Joint "
        "Commissioning Group. Decisions that change services across the Hale and Garrowfield "
        "integrated care system go to the ICB's Strategic Commissioning Committee."
    )
    document.add_heading("Shared values", level=1)
    for value in VALUES:
        document.add_paragraph(value, style="List Bullet")

    document.add_heading("Review", level=1)
    document.add_paragraph(
        "The parties will review this memorandum in May 2026 and then every two years."
    )
    document.save(path)
