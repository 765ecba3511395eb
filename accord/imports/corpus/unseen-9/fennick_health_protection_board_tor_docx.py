"""Fennick health protection board terms of reference, as a DOCX with heading styles.

What it tests: "Title" and a "Subtitle" style line ("Terms of Reference"; joined to the
title); "Heading 1"s numbered "Section N – ..." with an en dash; a long membership table
(Member / Nominated representative) placed low on page 1 so that it is likely to run onto
page 2 in Word's layout, its header row marked to repeat, with sector bands as rows merged
across the table (the categories); posts in the second column; approval in the passive ("were approved by ... on 2 Oct 2025") and a future
ratification ("will be submitted to ... for ratification on 4 Dec 2025"); a sub-group;
"each quarter" (not a date); no level.
"""

from __future__ import annotations

from pathlib import Path

from _docx import bold_cell, mark_header_row, merge_across, new_document

BANDS = [
    (
        "Local government",
        [
            ("Fennick County Council", "Director of Public Health (Chair)"),
            ("Fennick City Council", "Head of Environmental Health"),
            ("Tillbrook District Council", "Environmental Health Manager"),
        ],
    ),
    (
        "NHS",
        [
            ("Fennick and Tillingmoor Integrated Care Board", "Director of Nursing"),
            (
                "Fennick Royal Infirmary NHS Foundation Trust",
                "Director of Infection Prevention and Control",
            ),
            ("Fennick Community and Mental Health NHS Trust", "Head of Infection Prevention"),
        ],
    ),
    (
        "National and other bodies",
        [
            ("UK Health Security Agency", "Consultant in Health Protection"),
            ("NHS England", "Screening and Immunisation Lead"),
            ("Fennick Care Providers Association", "Chief Executive"),
        ],
    ),
]

FILL = (
    "The Board gives assurance that plans are in place to protect the population from "
    "infectious diseases and environmental hazards, and that screening and immunisation "
    "programmes reach everyone who is eligible. "
)


def write(path: Path) -> None:
    document = new_document()
    document.add_paragraph("Fennick Health Protection Board", style="Title")
    document.add_paragraph("Terms of Reference", style="Subtitle")
    document.add_heading("Section 1 – Purpose", level=1)
    for _ in range(3):
        document.add_paragraph(FILL * 3)
    document.add_heading("Section 2 – Membership", level=1)
    document.add_paragraph(FILL * 2)
    table = document.add_table(rows=1, cols=2)
    table.style = "Table Grid"
    bold_cell(table.rows[0].cells[0], "Member")
    bold_cell(table.rows[0].cells[1], "Nominated representative")
    mark_header_row(table.rows[0])
    for band, members in BANDS:
        table.add_row()
        merge_across(table, row=len(table.rows) - 1, text=band, bold=True)
        for org, post in members:
            cells = table.add_row().cells
            cells[0].text = org
            cells[1].text = post
    document.add_heading("Section 3 – Meetings", level=1)
    document.add_paragraph(
        "The Board meets each quarter. The Fennick Immunisation Sub-group reports to every meeting."
    )
    document.add_heading("Section 4 – Reporting", level=1)
    document.add_paragraph(
        "The Board reports once a year to the Fennick Health and Wellbeing Board."
    )
    document.add_heading("Section 5 – Approval", level=1)
    document.add_paragraph(
        "These terms of reference were approved by the Fennick Health Protection Board on "
        "2 Oct 2025. They will be submitted to the Fennick Health and Wellbeing Board for "
        "ratification on 4 Dec 2025."
    )
    document.save(path)
