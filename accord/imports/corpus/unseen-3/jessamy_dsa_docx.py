"""Jessamy frequent attenders data sharing agreement, as a DOCX.

What it tests: a "Title" and numbered "Heading 1" sections; a sign-off table with rows
"Reviewed by" and "Approved by" and dates in two forms (`02/05/2025`, "15 May 2025"); parties
only in "Schedule 1" as a table whose groups are full-width merged rows, with a DPO post and an
ICO number per row; no levels; a start date repeated ("1 June 2025", `01/06/2025`).
"""

from __future__ import annotations

from pathlib import Path

from _docx import bold_cell, grid_table, mark_header_row, merge_across, new_document

SIGN_OFF = [
    (
        "Prepared by",
        "Information Governance Lead, Jessamy Community Health NHS Trust",
        "April 2025",
    ),
    ("Reviewed by", "Jessamy Information Governance Group", "02/05/2025"),
    ("Approved by", "Jessamy Urgent Care Delivery Board", "15 May 2025"),
]

GROUPS = [
    (
        "NHS organisations",
        [
            ("Jessamy Community Health NHS Trust", "ZA118204", "Head of Information Governance"),
            (
                "Jessamy General Hospital NHS Foundation Trust",
                "Z7740012",
                "Data Protection Officer",
            ),
            ("Harlow Bay Ambulance Service NHS Trust", "Z5561390", "Data Protection Officer"),
        ],
    ),
    (
        "Local authority",
        [("Jessamy Council", "Z6102287", "Information Governance Manager")],
    ),
    (
        "Voluntary sector",
        [("Jessamy Mind", "ZB093311", "Chief Operating Officer")],
    ),
]


def _schedule(document) -> None:
    rows = sum(1 + len(members) for _, members in GROUPS)
    table = document.add_table(rows=1 + rows, cols=3)
    table.style = "Table Grid"
    for cell, label in zip(
        table.rows[0].cells, ["Party", "ICO registration", "Data protection contact"], strict=True
    ):
        bold_cell(cell, label)
    mark_header_row(table.rows[0])
    row = 1
    for group, members in GROUPS:
        merge_across(table, row=row, text=group, bold=True)
        row += 1
        for values in members:
            for column, value in enumerate(values):
                table.cell(row, column).text = value
            row += 1


def write(path: Path) -> None:
    document = new_document()
    document.add_paragraph(
        "Data Sharing Agreement: Jessamy High Intensity Use Service", style="Title"
    )
    document.add_paragraph("Sharing information about people who attend A&E most often")
    grid_table(document, ["Stage", "By", "Date"], SIGN_OFF)

    document.add_heading("1. Purpose of sharing", level=1)
    document.add_paragraph(
        "The parties share information about adults who attended the emergency department at "
        "Jessamy General Hospital fifteen or more times in a year, so that a coach from the "
        "High Intensity Use Service can contact them and offer support."
    )
    document.add_heading("2. Lawful basis", level=1)
    document.add_paragraph(
        "Each party relies on Article 6(1)(e) and Article 9(2)(h) of the UK GDPR. The common "
        "law duty of confidentiality is met through consent, asked for at the first contact."
    )
    document.add_heading("3. Data to be shared", level=1)
    document.add_paragraph(
        "Name, date of birth, NHS number, address, number of attendances and the main reason "
        "for each. No other clinical detail is shared without the person's consent."
    )
    document.add_heading("4. Security, retention and breaches", level=1)
    document.add_paragraph(
        "Data moves only by NHSmail or the shared care record. Breaches are reported to the "
        "sending party within 24 hours."
    )
    document.add_heading("5. Term", level=1)
    document.add_paragraph(
        "Sharing starts on 1 June 2025 and the agreement is reviewed each year by the Jessamy "
        "Information Governance Group. The first review is due twelve months after 01/06/2025."
    )
    document.add_heading("Schedule 1: Parties to this agreement", level=1)
    _schedule(document)
    document.save(path)
