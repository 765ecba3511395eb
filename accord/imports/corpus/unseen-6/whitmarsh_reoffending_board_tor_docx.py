"""Whitmarsh reducing reoffending board terms of reference, as a DOCX without heading styles.

What it tests: two bold upper-case title lines; bold upper-case numbered headings in Normal
paragraphs ("1. PURPOSE"); a membership table (Category | Organisation | Representative) whose
category cells are merged down, with a page break inside the table before the second group; a
national department and a prison among the members; a vote on the terms of reference (9 for,
one abstention) and a later ratification by another body; "first met in January 2024";
"Next review: June 2026"; no level named.
"""

from __future__ import annotations

from pathlib import Path

from _docx import bold_cell, bold_heading, mark_header_row, merge_down, new_document

MEMBERS = [
    (
        "Core members",
        [
            ("Whitmarsh City Council", "Head of Community Safety (Chair)"),
            ("Probation Service", "Head of Whitmarsh Probation Delivery Unit"),
            ("Whitmarsh Police", "Chief Inspector, Integrated Offender Management"),
            (
                "Whitmarsh and Tarn Integrated Care Board",
                "Head of Health and Justice Commissioning",
            ),
            ("HMP Whitmarsh", "Head of Reducing Reoffending"),
        ],
    ),
    (
        "Associate members",
        [
            ("Department for Work and Pensions", "Prison Employment Lead"),
            ("Tarn Housing Association", "Head of Supported Housing"),
            ("Second Chances Whitmarsh", "Chief Executive"),
            ("Whitmarsh Recovery Trust", "Service Manager"),
        ],
    ),
]


def write(path: Path) -> None:
    document = new_document()
    bold_heading(document, "WHITMARSH REDUCING REOFFENDING BOARD", size=15)
    bold_heading(document, "TERMS OF REFERENCE", size=13)

    bold_heading(document, "1. PURPOSE")
    document.add_paragraph(
        "The Whitmarsh Reducing Reoffending Board leads the partnership work to reduce "
        "reoffending by adults in Whitmarsh. It first met in January 2024 and is a sub-group of "
        "the Whitmarsh Community Safety Partnership."
    )
    bold_heading(document, "2. MEMBERSHIP")
    document.add_paragraph(
        "The Board has core members, who vote, and associate members, who do not."
    )
    total = sum(len(m) for _, m in MEMBERS)
    table = document.add_table(rows=1 + total, cols=3)
    table.style = "Table Grid"
    for cell, label in zip(
        table.rows[0].cells, ["Category", "Organisation", "Representative"], strict=True
    ):
        bold_cell(cell, label)
    mark_header_row(table.rows[0])
    row = 1
    for category, members in MEMBERS:
        first = row
        for org, rep in members:
            table.cell(row, 1).text = org
            table.cell(row, 2).text = rep
            row += 1
        merge_down(table, column=0, first_row=first, last_row=row - 1, text=category)
        if category == "Core members":
            page_row = row
    table.cell(page_row, 1).paragraphs[0].paragraph_format.page_break_before = True

    bold_heading(document, "3. PATHWAY GROUPS")
    document.add_paragraph(
        "The Accommodation Pathway Group and the Employment Pathway Group report to the Board at "
        "each meeting."
    )
    bold_heading(document, "4. MEETINGS AND QUORUM")
    document.add_paragraph(
        "The Board meets every two months. Three core members, including the Chair, make a quorum."
    )
    bold_heading(document, "5. AGREEMENT OF THESE TERMS OF REFERENCE")
    document.add_paragraph(
        "At its meeting on 24 June 2025 the Board voted on these terms of reference: nine members "
        "voted in favour and one abstained. They were then ratified by the Whitmarsh Community "
        "Safety Partnership on 8 July 2025."
    )
    document.add_paragraph("Next review: June 2026.")
    document.save(path)
