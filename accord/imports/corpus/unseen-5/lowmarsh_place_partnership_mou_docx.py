"""Lowmarsh place partnership memorandum of understanding, as a DOCX.

What it tests: "Title" then upper-case unnumbered "Heading 1"s; a party table with two
organisations to a row under full-width merged band rows (the categories) and no header
row; values in "List Number"; an approval route in "List Bullet" items laid out as
"body - step - date" (agreed final draft, approval by class, "for noting"), with "9 October
2025", "by December 2025" and "January 2026"; signature by a class; a version line without a date.
"""

from __future__ import annotations

from pathlib import Path

from _docx import merge_across, new_document

GROUPS = [
    (
        "Statutory organisations",
        [
            ("Lowmarsh Council", "Tarnwick and Lowmarsh Integrated Care Board"),
            ("Lowmarsh Community Health NHS Trust", "Tarnwick Hospitals NHS Foundation Trust"),
            ("Tarnwick Mental Health NHS Trust", ""),
        ],
    ),
    (
        "Primary care",
        [("Lowmarsh North Primary Care Network", "Lowmarsh South Primary Care Network")],
    ),
    (
        "Community, voluntary and faith sector",
        [("Lowmarsh CVS", "Lowmarsh Faith Forum"), ("Lowmarsh Carers Centre", "")],
    ),
]

VALUES = [
    "Collaboration over competition",
    "Decisions made with local people, not for them",
    "Shared accountability for outcomes",
]

ROUTE = [
    "Lowmarsh Place Partnership Board \u2013 agreed the final draft \u2013 9 October 2025",
    "The board or cabinet of each partner \u2013 approval \u2013 by December 2025",
    "Lowmarsh Health and Wellbeing Board \u2013 for noting \u2013 January 2026",
    "The nominated signatory of each partner \u2013 signature \u2013 once approved",
]


def write(path: Path) -> None:
    document = new_document()
    document.add_paragraph("Lowmarsh Place Partnership Memorandum of Understanding", style="Title")
    document.add_paragraph("Version 1.0 (final draft)")
    document.add_heading("PARTNERS", level=1)
    document.add_paragraph("This Memorandum is agreed between:")
    rows = sum(len(r) for _, r in GROUPS) + len(GROUPS)
    table = document.add_table(rows=rows, cols=2)
    table.style = "Table Grid"
    row = 0
    for group, pairs in GROUPS:
        merge_across(table, row=row, text=group, bold=True)
        row += 1
        for left, right in pairs:
            table.cell(row, 0).text = left
            table.cell(row, 1).text = right
            row += 1
    document.add_heading("WHY WE ARE WORKING TOGETHER", level=1)
    document.add_paragraph(
        "Lowmarsh is a place of 160,000 people within the Tarnwick and Lowmarsh integrated care "
        "system. Its two primary care networks each serve a neighbourhood with its own needs: "
        "the coalfield villages in the north and the town and coast in the south. The partners "
        "want one plan for Lowmarsh as a place, delivered through teams in each neighbourhood, "
        "and will work together as the Lowmarsh Place Partnership."
    )
    document.add_heading("OUR VALUES", level=1)
    for value in VALUES:
        document.add_paragraph(value, style="List Number")
    document.add_heading("HOW WE WILL BE GOVERNED", level=1)
    document.add_paragraph(
        "The Lowmarsh Place Partnership Board leads the partnership and meets every two months. "
        "Two Neighbourhood Delivery Groups, north and south, turn the plan into action. The "
        "Board reports to the Lowmarsh Health and Wellbeing Board and to the Tarnwick and "
        "Lowmarsh Integrated Care Partnership."
    )
    document.add_heading("HOW THIS MEMORANDUM WILL BE APPROVED", level=1)
    for step in ROUTE:
        document.add_paragraph(step, style="List Bullet")
    document.add_heading("STATUS", level=1)
    document.add_paragraph("This Memorandum is not legally binding.")
    document.save(path)
