"""Sowerthwaite shared care record information sharing protocol, as a DOCX.

What it tests: a data-sharing protocol (kind data_sharing); a sign-off table before the first
heading whose first row is merged across as a title, with "Recommended for approval by" and
"Approved by" rows ("4th April 2025", `22/04/2025`); unnumbered "Heading 1" sections; parties
in "Schedule A" as a table with full-width merged band rows ("Joint controllers",
"Processor") and ODS codes; a signature table in "Schedule B" on three days; system level only.
"""

from __future__ import annotations

from pathlib import Path

from _docx import bold_cell, grid_table, mark_header_row, merge_across, new_document

SIGN_OFF = [
    ("Recommended for approval by", "Sowerthwaite Digital Partnership Group", "4th April 2025"),
    (
        "Approved by",
        "Caldicott and Information Governance Committee of Sowerthwaite and Pennick "
        "Integrated Care Board",
        "22/04/2025",
    ),
]

GROUPS = [
    (
        "Joint controllers",
        [
            ("Sowerthwaite and Pennick Integrated Care Board", "QX4"),
            ("Sowerthwaite Hospitals NHS Foundation Trust", "RX7"),
            ("Pennick Community and Mental Health NHS Trust", "RY2"),
            ("Sowerthwaite County Council", "LA-SOW"),
            ("Pennick Borough Council", "LA-PEN"),
        ],
    ),
    ("Processor", [("Northfold Health Informatics Service", "NHI01")]),
]

SIGNATURES = [
    (
        "Sowerthwaite and Pennick Integrated Care Board",
        "Senior Information Risk Owner",
        "06/05/2025",
    ),
    ("Sowerthwaite Hospitals NHS Foundation Trust", "Caldicott Guardian", "06/05/2025"),
    ("Pennick Community and Mental Health NHS Trust", "Caldicott Guardian", "09/05/2025"),
    ("Sowerthwaite County Council", "Caldicott Guardian", "09/05/2025"),
    ("Pennick Borough Council", "Caldicott Guardian", "13/05/2025"),
    ("Northfold Health Informatics Service", "Head of Service", "13/05/2025"),
]


def _sign_off(document) -> None:
    table = document.add_table(rows=1 + len(SIGN_OFF), cols=3)
    table.style = "Table Grid"
    merge_across(table, row=0, text="Sign-off", bold=True)
    for row, values in enumerate(SIGN_OFF, start=1):
        bold_cell(table.cell(row, 0), values[0])
        table.cell(row, 1).text = values[1]
        table.cell(row, 2).text = values[2]


def _schedule_a(document) -> None:
    rows = sum(1 + len(members) for _, members in GROUPS)
    table = document.add_table(rows=1 + rows, cols=2)
    table.style = "Table Grid"
    bold_cell(table.cell(0, 0), "Organisation")
    bold_cell(table.cell(0, 1), "ODS or reference code")
    mark_header_row(table.rows[0])
    row = 1
    for group, members in GROUPS:
        merge_across(table, row=row, text=group, bold=True)
        row += 1
        for name, code in members:
            table.cell(row, 0).text = name
            table.cell(row, 1).text = code
            row += 1


def write(path: Path) -> None:
    document = new_document()
    document.add_paragraph(
        "Sowerthwaite Shared Care Record Information Sharing Protocol", style="Title"
    )
    _sign_off(document)
    document.add_heading("Purpose", level=1)
    document.add_paragraph(
        "This protocol allows health and social care staff across the Sowerthwaite and Pennick "
        "integrated care system to see the records that other organisations hold about the "
        "people they are caring for, through the Sowerthwaite Shared Care Record."
    )
    document.add_heading("Parties", level=1)
    document.add_paragraph("The parties to this protocol are listed in Schedule A.")
    document.add_heading("Lawful basis", level=1)
    document.add_paragraph(
        "Direct care: Article 6(1)(e) and Article 9(2)(h) of the UK GDPR. The common law duty "
        "of confidentiality is met by implied consent for direct care."
    )
    document.add_heading("Governance", level=1)
    document.add_paragraph(
        "The Shared Care Record Programme Board manages the record. The Caldicott and "
        "Information Governance Committee of Sowerthwaite and Pennick Integrated Care Board "
        "reviews this protocol every year."
    )
    document.add_heading("Schedule A: Parties", level=1)
    _schedule_a(document)
    document.add_heading("Schedule B: Signatures", level=1)
    grid_table(document, ["Party", "Signed by", "Date"], SIGNATURES)
    document.save(path)
