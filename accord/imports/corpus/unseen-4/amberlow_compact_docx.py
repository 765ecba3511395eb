"""Amberlow Voluntary and Community Sector Compact, as a DOCX.

What it tests: unnumbered "Heading 1" sections; a two-column party table (Sector | Signatories)
in which each group's organisations sit in one cell as separate paragraphs, so one cell holds
several parties; values in "List Bullet" under "Heading 1" "What we value"; approval in the
present tense ("adopts", "endorses") followed by signature paragraphs (not a table), each
"Signed for X on <date>", dates written "Tuesday 3rd March 2026" and `10.03.2026`.
"""

from __future__ import annotations

from pathlib import Path

from _docx import bold_cell, mark_header_row, new_document

GROUPS = [
    (
        "Public sector",
        [
            "Amberlow City Council",
            "Amberlow and Ruddock Integrated Care Board",
            "Ruddock Fire and Rescue Service",
        ],
    ),
    (
        "Voluntary and community sector",
        ["Amberlow Third Sector Network", "Amberlow Community Foundation", "Ruddock Rural Action"],
    ),
]

VALUES = [
    "Respect for independence",
    "Fair and timely funding",
    "Inclusion of small and grassroots groups",
]

SIGNATURES = [
    ("Amberlow City Council", "Tuesday 3rd March 2026"),
    ("Amberlow and Ruddock Integrated Care Board", "Tuesday 3rd March 2026"),
    ("Ruddock Fire and Rescue Service", "Tuesday 3rd March 2026"),
    ("Amberlow Third Sector Network", "Tuesday 3rd March 2026"),
    ("Amberlow Community Foundation", "10.03.2026"),
    ("Ruddock Rural Action", "10.03.2026"),
]


def _party_table(document) -> None:
    table = document.add_table(rows=1 + len(GROUPS), cols=2)
    table.style = "Table Grid"
    bold_cell(table.cell(0, 0), "Sector")
    bold_cell(table.cell(0, 1), "Signatories")
    mark_header_row(table.rows[0])
    for row, (sector, names) in enumerate(GROUPS, start=1):
        table.cell(row, 0).text = sector
        cell = table.cell(row, 1)
        cell.text = names[0]
        for name in names[1:]:
            cell.add_paragraph(name)


def write(path: Path) -> None:
    document = new_document()
    document.add_paragraph("Amberlow Voluntary and Community Sector Compact", style="Title")
    document.add_heading("Introduction", level=1)
    document.add_paragraph(
        "This Compact is an agreement between public bodies and the voluntary and community "
        "sector in Amberlow. It covers how we fund, involve and work with one another, in the "
        "city as a whole and in its neighbourhoods."
    )
    document.add_heading("Signatories", level=1)
    _party_table(document)
    document.add_heading("What we value", level=1)
    for value in VALUES:
        document.add_paragraph(value, style="List Bullet")
    document.add_heading("Keeping the Compact alive", level=1)
    document.add_paragraph(
        "The Amberlow Compact Group monitors the Compact and reports each year to the "
        "Amberlow Partnership Assembly."
    )
    document.add_heading("Agreement", level=1)
    document.add_paragraph(
        "The Amberlow Partnership Assembly adopts this Compact. The Amberlow Health and "
        "Wellbeing Board endorses it. Each signatory signs it as set out below."
    )
    for org, date in SIGNATURES:
        document.add_paragraph(f"Signed for {org} on {date}.")
    document.save(path)
