"""Hexworth Children and Families Partnership terms of reference, as a DOCX.

What it tests: "Title" and lettered "Heading 1" sections ("A. Purpose"), a "Heading 2" inside
one; a membership table (Category | Organisation | Representative) with category cells merged
down over each group, a full-width merged band "Non-voting advisers" over rows of posts of
organisations already listed, and a page break inside the table (a row starting on a new
page); values in "List Bullet"; the approval route in a version-history table at the end
("Commented on by", "Agreed by", "Noted by") with dates in three forms ("14 January 2025",
`30/01/2025`, "Feb 2025").
"""

from __future__ import annotations

from pathlib import Path

from _docx import bold_cell, grid_table, mark_header_row, merge_across, merge_down, new_document

MEMBERS = [
    ("Local authority", [("Hexworth Council", "Director of Children's Services (Chair)")]),
    (
        "Health",
        [
            ("Dalsworth and Hexworth Integrated Care Board", "Associate Director, Children"),
            ("Hexworth General Hospital NHS Trust", "Head of Paediatrics"),
            ("Dalsworth Community Health NHS Trust", "Head of 0-19 Services"),
        ],
    ),
    (
        "Education",
        [
            ("Hexworth Primary Headteachers' Forum", "Chair"),
            ("Hexworth Secondary Heads Association", "Chair"),
            ("Dalsworth College", "Vice Principal"),
        ],
    ),
    (
        "Justice",
        [
            ("Dalsworth Police", "Superintendent, Hexworth"),
            ("Hexworth Youth Justice Service", "Head of Service"),
        ],
    ),
    (
        "Voluntary sector",
        [("Hexworth Family Action", "Chief Executive"), ("Young Hexworth", "Director")],
    ),
]

ADVISERS = [
    ("Hexworth Council", "Director of Public Health"),
    ("Dalsworth and Hexworth Integrated Care Board", "Designated Nurse for Safeguarding"),
]

VALUES = [
    "Think family",
    "Listen to children and act on what they say",
    "Early help before crisis",
]

VERSIONS = [
    ("0.5", "14 January 2025", "Commented on by Hexworth Youth Voice Panel"),
    ("1.0", "30/01/2025", "Agreed by Hexworth Children and Families Partnership"),
    ("1.0", "Feb 2025", "Noted by Hexworth Health and Wellbeing Board"),
]


def _membership(document) -> None:
    rows = sum(len(group) for _, group in MEMBERS) + 1 + len(ADVISERS)
    table = document.add_table(rows=1 + rows, cols=3)
    table.style = "Table Grid"
    for cell, label in zip(
        table.rows[0].cells, ["Category", "Organisation", "Representative"], strict=True
    ):
        bold_cell(cell, label)
    mark_header_row(table.rows[0])
    row = 1
    for category, group in MEMBERS:
        for index, (org, rep) in enumerate(group):
            table.cell(row + index, 1).text = org
            table.cell(row + index, 2).text = rep
        merge_down(table, column=0, first_row=row, last_row=row + len(group) - 1, text=category)
        if category == "Education":
            # the Education rows start on a new page
            table.cell(row, 1).paragraphs[0].paragraph_format.page_break_before = True
        row += len(group)
    merge_across(table, row=row, text="Non-voting advisers", bold=True)
    row += 1
    for org, rep in ADVISERS:
        table.cell(row, 1).text = org
        table.cell(row, 2).text = rep
        row += 1


def write(path: Path) -> None:
    document = new_document()
    document.add_paragraph(
        "Hexworth Children and Families Partnership: Terms of Reference", style="Title"
    )
    document.add_heading("A. Purpose", level=1)
    document.add_paragraph(
        "The Hexworth Children and Families Partnership is the partnership of organisations "
        "that plan and provide services for children, young people and families in Hexworth. "
        "It owns the Children and Young People's Plan and reports to the Hexworth Health and "
        "Wellbeing Board."
    )
    document.add_heading("B. Membership", level=1)
    document.add_paragraph("The Partnership has the following members:")
    _membership(document)
    document.add_heading("C. Chairing and quorum", level=1)
    document.add_paragraph(
        "The Director of Children's Services chairs the Partnership. A meeting is quorate when "
        "members from at least four of the five categories are present."
    )
    document.add_heading("D. Structure", level=1)
    document.add_paragraph(
        "The Partnership sets priorities for Hexworth as a place. The Early Help Board and the "
        "SEND Partnership Board report to it."
    )
    document.add_heading("Locality partnerships", level=2)
    document.add_paragraph(
        "Three locality partnerships (North, South and Town) bring schools, family hubs and "
        "health visitors together in each community and report to the Early Help Board."
    )
    document.add_heading("E. Values", level=1)
    for value in VALUES:
        document.add_paragraph(value, style="List Bullet")
    document.add_heading("F. Version history", level=1)
    grid_table(document, ["Version", "Date", "Approval"], VERSIONS)
    document.add_paragraph("Next review: January 2026.")
    document.save(path)
