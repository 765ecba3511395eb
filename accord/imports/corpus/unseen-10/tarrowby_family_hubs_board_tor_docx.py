"""Tarrowby family hubs partnership board terms of reference, as a DOCX with heading styles.

What it tests: "Title" only; upper-case numbered "Heading 1"s ("1. PURPOSE"); a membership
table with two header rows (a merged "Membership of the Board" row across the table above
a Sector / Organisation / Member header), the "Sector" value repeated in each row (the
category), two rows for one organisation (two posts: one party); values in "List Bullet"
under "5. OUR VALUES"; principles in a numbered list under another heading (not values);
the approval route as a lettered list "(a) ... (d)" typed in Normal paragraphs: agreed,
noted, ratified, and a drafting step by a working group (not an approval); "Tuesday 7th
October 2025"; family hubs in neighbourhoods.
"""

from __future__ import annotations

from pathlib import Path

from _docx import bold_cell, mark_header_row, new_document

MEMBERS = [
    ("Local authority", "Tarrowby Borough Council", "Director of Children's Services (Chair)"),
    ("Local authority", "Tarrowby Borough Council", "Director of Public Health"),
    ("Health", "Tarrowby and Wythenbeck Integrated Care Board", "Associate Director, Children"),
    ("Health", "Tarrowby Community Health NHS Trust", "Head of Health Visiting"),
    ("Health", "Wythenbeck Hospitals NHS Foundation Trust", "Head of Midwifery"),
    ("Education", "Tarrowby Nursery Schools Federation", "Executive Headteacher"),
    ("Voluntary sector", "Tarrowby Parents' Forum", "Chair"),
    ("Voluntary sector", "Home-Start Tarrowby", "Scheme Manager"),
]


def write(path: Path) -> None:
    d = new_document()
    d.add_paragraph("Tarrowby Family Hubs Partnership Board Terms of Reference", style="Title")
    d.add_heading("1. PURPOSE", level=1)
    d.add_paragraph(
        "The Board leads the Family Hubs and Start for Life programme in Tarrowby, so that "
        "every family with children aged 0 to 19 can get help from one place in their "
        "neighbourhood."
    )
    d.add_heading("2. MEMBERSHIP", level=1)
    table = d.add_table(rows=2, cols=3)
    table.style = "Table Grid"
    merged = table.rows[0].cells[0].merge(table.rows[0].cells[2])
    bold_cell(merged, "Membership of the Board")
    for cell, label in zip(table.rows[1].cells, ["Sector", "Organisation", "Member"], strict=True):
        bold_cell(cell, label)
    mark_header_row(table.rows[0])
    mark_header_row(table.rows[1])
    for row in MEMBERS:
        cells = table.add_row().cells
        for cell, value in zip(cells, row, strict=True):
            cell.text = value
    d.add_heading("3. MEETINGS", level=1)
    d.add_paragraph(
        "Six times a year. The Hub Managers Group and the Parent Carer Panel report to each "
        "meeting. The Board reports to the Tarrowby Children and Young People's Partnership."
    )
    d.add_heading("4. PRINCIPLES", level=1)
    for item in [
        "Families tell their story once.",
        "Help is offered early.",
        "Services go to where families are.",
    ]:
        d.add_paragraph(item, style="List Number")
    d.add_heading("5. OUR VALUES", level=1)
    for item in ["Kindness", "Respect", "Curiosity", "Ambition for every child"]:
        d.add_paragraph(item, style="List Bullet")
    d.add_heading("6. APPROVAL ROUTE", level=1)
    for item in [
        "(a) Drafted by the Family Hubs Working Group, September 2025.",
        "(b) Agreed by the Family Hubs Partnership Board, Tuesday 7th October 2025.",
        "(c) Noted by the Tarrowby Children and Young People's Partnership, Thursday 23rd "
        "October 2025.",
        "(d) Ratified by the Tarrowby Health and Wellbeing Board, Wednesday 12th November 2025.",
    ]:
        d.add_paragraph(item)
    d.save(path)
