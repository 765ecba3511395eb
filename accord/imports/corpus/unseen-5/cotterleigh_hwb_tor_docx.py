"""Cotterleigh Health and Wellbeing Board terms of reference, as a DOCX.

What it tests: a document-control table before the first heading (Version | Date | Action |
By) whose rows give comment, recommend and approve, with `03/02/2025`, `11.02.2025` and
"26 February 2025"; numbered "Heading 1"s and a "Heading 2" ("Our values") inside one of them
holding the values; a membership table (Category | Organisation | Represented by) whose
category cells are merged down and whose organisation cells are merged down too where one
organisation sends several post-holders; a page break inside the table; "Next review" month.
"""

from __future__ import annotations

from pathlib import Path

from _docx import bold_cell, grid_table, mark_header_row, merge_down, new_document

CONTROL = [
    ("0.4", "03/02/2025", "Commented on", "Cotterleigh Health Scrutiny Committee"),
    ("0.9", "11.02.2025", "Recommended for approval", "Cotterleigh Health and Wellbeing Board"),
    ("1.0", "26 February 2025", "Approved", "Full Council"),
]

MEMBERS = [
    (
        "Statutory members",
        [
            (
                "Cotterleigh City Council",
                [
                    "Leader of the Council (Chair)",
                    "Director of Adult Social Services",
                    "Director of Children's Services",
                    "Director of Public Health",
                ],
            ),
            ("Wrenfield and Cotterleigh Integrated Care Board", ["Place Director"]),
            ("Healthwatch Cotterleigh", ["Chair"]),
        ],
    ),
    (
        "Other members",
        [
            ("Cotterleigh Teaching Hospitals NHS Trust", ["Chief Executive"]),
            ("Wrenfield Partnership NHS Foundation Trust", ["Director of Operations"]),
            ("Wrenfield Police", ["Superintendent, Cotterleigh"]),
            ("Cotterleigh Voluntary Sector Alliance", ["Chief Executive"]),
            ("Cotterleigh Homes", ["Director of Housing Services"]),
        ],
    ),
]

VALUES = ["Equity", "Prevention before cure", "Listening to residents"]


def _membership(document) -> None:
    total = sum(len(posts) for _, orgs in MEMBERS for _, posts in orgs)
    table = document.add_table(rows=1 + total, cols=3)
    table.style = "Table Grid"
    for cell, label in zip(
        table.rows[0].cells, ["Category", "Organisation", "Represented by"], strict=True
    ):
        bold_cell(cell, label)
    mark_header_row(table.rows[0])
    row = 1
    for category, orgs in MEMBERS:
        first = row
        for org, posts in orgs:
            for index, post in enumerate(posts):
                table.cell(row + index, 2).text = post
            merge_down(table, column=1, first_row=row, last_row=row + len(posts) - 1, text=org)
            row += len(posts)
        merge_down(table, column=0, first_row=first, last_row=row - 1, text=category)
        if category == "Statutory members":
            next_row = row  # the "Other members" rows start on a new page
    table.cell(next_row, 1).paragraphs[0].paragraph_format.page_break_before = True


def write(path: Path) -> None:
    document = new_document()
    document.add_paragraph(
        "Cotterleigh Health and Wellbeing Board: Terms of Reference", style="Title"
    )
    grid_table(document, ["Version", "Date", "Action", "By"], CONTROL)
    document.add_paragraph("")
    document.add_heading("1. Status", level=1)
    document.add_paragraph(
        "The Cotterleigh Health and Wellbeing Board is a committee of Cotterleigh City Council "
        "established under section 194 of the Health and Social Care Act 2012. These terms of "
        "reference form part of the Council's constitution."
    )
    document.add_heading("2. Purpose", level=1)
    document.add_paragraph(
        "The Board leads the work to improve health and reduce inequalities in Cotterleigh as a "
        "place. It prepares the joint strategic needs assessment and the joint local health and "
        "wellbeing strategy, and it works with the Wrenfield and Cotterleigh Integrated Care "
        "Partnership so that the strategy of the Wrenfield and Cotterleigh integrated care "
        "system reflects Cotterleigh's priorities."
    )
    document.add_heading("Our values", level=2)
    for value in VALUES:
        document.add_paragraph(value, style="List Bullet")
    document.add_heading("3. Membership", level=1)
    document.add_paragraph("The members of the Board are:")
    _membership(document)
    document.add_heading("4. Quorum and voting", level=1)
    document.add_paragraph(
        "The quorum is five members, including at least one elected member of the Council and "
        "one representative of the integrated care board. Decisions are normally reached by "
        "consensus; where a vote is needed, each member has one vote."
    )
    document.add_heading("5. Sub-groups", level=1)
    document.add_paragraph(
        "The Better Care Fund Executive and the Joint Strategic Needs Assessment Steering Group "
        "report to the Board."
    )
    document.add_heading("6. Review", level=1)
    document.add_paragraph("Next review: February 2026.")
    document.save(path)
