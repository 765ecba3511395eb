"""Vexley household support data-sharing MOU, as a DOCX with heading styles.

What it tests: "Title"; "This Memorandum is dated the 6th of October, 2025 and takes effect
next month."; numbered "Heading 1"s and "Heading 2"s inside a section (not sections); a party
table (Organisation / Contact / Role under UK GDPR) whose last column, the category, is merged
down over each group; a national department among the parties; review by a class of officers
("the data protection officer of each party") before the partnership's agreement; a signature
table; localities.
"""

from __future__ import annotations

from pathlib import Path

from _docx import bold_cell, grid_table, mark_header_row, merge_down, new_document

GROUPS = [
    (
        "Joint controller",
        [
            ("Vexley Borough Council", "Head of Revenues and Benefits"),
            ("Vexley Citizens Advice", "Advice Services Manager"),
            ("Vexley Food Bank Network", "Co-ordinator"),
        ],
    ),
    (
        "Independent controller",
        [
            ("Department for Work and Pensions", "Partnership Manager, Vexley Jobcentre"),
            ("Vexley Community Housing", "Income Manager"),
        ],
    ),
]

SIGNED = [
    ("Vexley Borough Council", "S. Ahmed", "13/10/2025"),
    ("Vexley Citizens Advice", "L. Grey", "13/10/2025"),
    ("Vexley Food Bank Network", "J. Wood", "15/10/2025"),
    ("Department for Work and Pensions", "P. Owusu", "20/10/2025"),
    ("Vexley Community Housing", "K. Marsh", "20/10/2025"),
]


def write(path: Path) -> None:
    document = new_document()
    document.add_paragraph(
        "Vexley Household Support Data-Sharing Memorandum of Understanding", style="Title"
    )
    document.add_paragraph(
        "This Memorandum is dated the 6th of October, 2025 and takes effect next month."
    )
    document.add_paragraph("1. Purpose", style="Heading 1")
    document.add_paragraph(
        "1.1 The parties share information so that households in financial difficulty are "
        "offered help from every service they are entitled to, through the Household Support "
        "Hubs in each of Vexley's four localities."
    )
    document.add_paragraph("2. Parties", style="Heading 1")
    total = sum(len(m) for _, m in GROUPS)
    table = document.add_table(rows=1 + total, cols=3)
    table.style = "Table Grid"
    for cell, label in zip(
        table.rows[0].cells, ["Organisation", "Contact", "Role under UK GDPR"], strict=True
    ):
        bold_cell(cell, label)
    mark_header_row(table.rows[0])
    row = 1
    for role, members in GROUPS:
        first = row
        for org, contact in members:
            table.cell(row, 0).text = org
            table.cell(row, 1).text = contact
            row += 1
        merge_down(table, column=2, first_row=first, last_row=row - 1, text=role)
    document.add_paragraph("3. Information shared", style="Heading 1")
    document.add_paragraph("Data items", style="Heading 2")
    document.add_paragraph(
        "3.1 Name, address, household composition, benefits in payment and arrears."
    )
    document.add_paragraph("Lawful basis", style="Heading 2")
    document.add_paragraph(
        "3.2 Public task for the council and the department; legitimate interests or consent for "
        "the other parties."
    )
    document.add_paragraph("4. Security and retention", style="Heading 1")
    document.add_paragraph(
        "4.1 Information is sent only by secure email and kept no longer than twelve months."
    )
    document.add_paragraph("5. Approval and signature", style="Heading 1")
    document.add_paragraph(
        "5.1 The data protection officer of each party reviewed this Memorandum. The Vexley "
        "Financial Inclusion Partnership then agreed it at its meeting on 24 September 2025."
    )
    document.add_paragraph("5.2 Signed for each party:")
    grid_table(document, ["Organisation", "Name", "Date"], SIGNED)
    document.save(path)
