"""Ulvington MASH information sharing memorandum of understanding, as a DOCX.

What it tests: "Title" style, then a version history table before the first heading (Version |
Date | Summary of changes | Approved by) whose change column quotes the name of a former body
(not a party) and whose approver cells carry bracketed status notes; unnumbered "Heading 1"s and
"Heading 2"s inside them; a party table whose first row under the header is a merged title row
("Parties to this Memorandum", not a category), then a "Category" column merged down over each
group and a "Role" column, with a page break inside the table; a sign-off table in a different
order with dates "29 Sep 2025", `30/09/2025` and "1 Oct 2025"; no level named.
"""

from __future__ import annotations

from pathlib import Path

from _docx import bold_cell, grid_table, mark_header_row, merge_across, merge_down, new_document

VERSIONS = [
    (
        "1.0",
        "14/05/2024",
        "First version",
        "Ulvington Information Governance Group (approved 14 May 2024)",
    ),
    (
        "1.1",
        "03/03/2025",
        'Section "The parties": "Ulvington Clinical Commissioning Group" replaced by '
        '"Ulvington and Skerne Integrated Care Board"',
        "-",
    ),
    (
        "2.0",
        "22.09.2025",
        "Ulvington Women's Aid added; retention periods shortened",
        "Ulvington MASH Strategic Board (agreed 22.09.2025)",
    ),
]

PARTIES = [
    (
        "Statutory partners",
        [
            ("Ulvington Borough Council", "Joint controller"),
            ("Ulvington and Skerne Integrated Care Board", "Joint controller"),
            ("Skerne Police", "Joint controller"),
        ],
    ),
    (
        "Other partners",
        [
            ("Ulvington Hospitals NHS Trust", "Controller"),
            ("Skerne Community and Mental Health NHS Trust", "Controller"),
            ("Ulvington Women's Aid", "Controller"),
        ],
    ),
]

SIGNED = [
    ("Skerne Police", "Detective Superintendent", "29 Sep 2025"),
    ("Ulvington Borough Council", "Director of Children's Services", "29 Sep 2025"),
    ("Ulvington and Skerne Integrated Care Board", "Chief Nurse", "30/09/2025"),
    ("Ulvington Hospitals NHS Trust", "Director of Nursing", "30/09/2025"),
    ("Skerne Community and Mental Health NHS Trust", "Director of Nursing", "1 Oct 2025"),
    ("Ulvington Women's Aid", "Chief Executive", "1 Oct 2025"),
]


def write(path: Path) -> None:
    document = new_document()
    document.add_paragraph(
        "Ulvington Multi-Agency Safeguarding Hub Information Sharing Memorandum of Understanding",
        style="Title",
    )
    grid_table(document, ["Version", "Date", "Summary of changes", "Approved by"], VERSIONS)
    document.add_paragraph("")

    document.add_heading("Purpose", level=1)
    document.add_paragraph(
        "The Multi-Agency Safeguarding Hub (MASH) brings together staff from the partners to "
        "decide quickly what help a child or adult at risk needs. This Memorandum sets out what "
        "information the partners share in the MASH, on what legal basis and how it is kept safe."
    )
    document.add_heading("The parties", level=1)
    total = sum(len(group) for _, group in PARTIES)
    table = document.add_table(rows=2 + total, cols=3)
    table.style = "Table Grid"
    for cell, label in zip(table.rows[0].cells, ["Category", "Organisation", "Role"], strict=True):
        bold_cell(cell, label)
    mark_header_row(table.rows[0])
    merge_across(table, row=1, text="Parties to this Memorandum", bold=True)
    row = 2
    for category, members in PARTIES:
        first = row
        for org, role in members:
            table.cell(row, 1).text = org
            table.cell(row, 2).text = role
            row += 1
        merge_down(table, column=0, first_row=first, last_row=row - 1, text=category)
        if category == "Statutory partners":
            page_row = row
    table.cell(page_row, 1).paragraphs[0].paragraph_format.page_break_before = True

    document.add_heading("Lawful basis", level=1)
    document.add_heading("Children", level=2)
    document.add_paragraph(
        "Sections 10, 11 and 47 of the Children Act 1989 and 2004, and Article 6(1)(e) of the UK "
        "GDPR."
    )
    document.add_heading("Adults", level=2)
    document.add_paragraph("Section 42 of the Care Act 2014 and Article 6(1)(e) of the UK GDPR.")
    document.add_heading("Governance", level=1)
    document.add_paragraph(
        "The Ulvington MASH Strategic Board oversees the hub and reports to the Ulvington "
        "Safeguarding Children Partnership and the Ulvington Safeguarding Adults Board. The "
        "Ulvington Information Governance Group audits information sharing each year."
    )
    document.add_heading("Sign-off", level=1)
    grid_table(document, ["Organisation", "Signed by", "Date"], SIGNED)
    document.save(path)
