"""Abbotsfold health and care place partnership memorandum of understanding, as a DOCX.

What it tests: "Title" style; unnumbered "Heading 1"s with paragraphs numbered 1 to 14 in the
text straight through them; partners in "List Bullet" after two lead-ins ("The statutory
partners are:", "The wider partners are:") with trailing semicolons and "and"; an approval
paragraph in prose with "for note and endorsement" and a class of approvers; signature blocks
as a nested table (an outer table of two columns whose cells each hold a small Name / Position
/ Organisation / Date table), read row by row, with numeric dates without leading zeros
(`3/11/2025`); a future noting and endorsement on a named date; system, place and
neighbourhoods.
"""

from __future__ import annotations

from pathlib import Path

from _docx import bold_cell, new_document

STATUTORY = [
    "Abbotsfold Borough Council;",
    "Harlow Vale and Abbotsfold Integrated Care Board; and",
    "Abbotsfold Community Health NHS Trust.",
]
WIDER = [
    "Abbotsfold General Hospital NHS Foundation Trust;",
    "Abbotsfold Primary Care Network Alliance;",
    "Abbotsfold Voluntary Action; and",
    "Healthwatch Abbotsfold.",
]
SIGNED = [
    ("Chief Executive", "Abbotsfold Borough Council", "3/11/2025"),
    ("Place Director", "Harlow Vale and Abbotsfold Integrated Care Board", "3/11/2025"),
    ("Chief Executive", "Abbotsfold Community Health NHS Trust", "4/11/2025"),
    ("Chief Executive", "Abbotsfold General Hospital NHS Foundation Trust", "4/11/2025"),
    ("Chair", "Abbotsfold Primary Care Network Alliance", "6/11/2025"),
    ("Chief Executive", "Abbotsfold Voluntary Action", "6/11/2025"),
    ("Manager", "Healthwatch Abbotsfold", "6/11/2025"),
]


def write(path: Path) -> None:
    document = new_document()
    document.add_paragraph(
        "Abbotsfold Health and Care Partnership: Memorandum of Understanding", style="Title"
    )
    number = 1

    def para(text: str) -> None:
        nonlocal number
        document.add_paragraph(f"{number}. {text}")
        number += 1

    document.add_heading("Introduction", level=1)
    para(
        "The Abbotsfold Health and Care Partnership is the place partnership for Abbotsfold "
        "within the Harlow Vale integrated care system."
    )
    para("This Memorandum records how the partners will work together. It is not legally binding.")
    document.add_heading("The partners", level=1)
    para("The statutory partners are:")
    for item in STATUTORY:
        document.add_paragraph(item, style="List Bullet")
    para("The wider partners are:")
    for item in WIDER:
        document.add_paragraph(item, style="List Bullet")
    document.add_heading("How we work", level=1)
    para("The Abbotsfold Place Board leads the Partnership and meets every month.")
    para("Five Neighbourhood Partnership Teams plan services with residents in each neighbourhood.")
    para("The Place Board reports to the Harlow Vale Integrated Care Partnership twice a year.")
    document.add_heading("Money", level=1)
    para("Partners keep their own budgets. The Place Board may recommend how they are aligned.")
    para("Any pooling of budgets needs a separate agreement under section 75.")
    document.add_heading("Approval", level=1)
    para("The Abbotsfold Place Board agreed this Memorandum on 21 October 2025.")
    para("The board or cabinet of each partner then approved it, and it was signed as shown below.")
    para(
        "It will be presented to the Abbotsfold Health and Wellbeing Board on 27 November 2025 "
        "for note and endorsement."
    )
    document.add_heading("Signatures", level=1)
    rows = (len(SIGNED) + 1) // 2
    outer = document.add_table(rows=rows, cols=2)
    outer.style = "Table Grid"
    for index, (post, org, date) in enumerate(SIGNED):
        cell = outer.cell(index // 2, index % 2)
        cell.text = f"Signed for {org}"
        inner = cell.add_table(rows=4, cols=2)
        inner.style = "Table Grid"
        for r, (label, value) in enumerate(
            [("Name", ""), ("Position", post), ("Organisation", org), ("Date", date)]
        ):
            bold_cell(inner.cell(r, 0), label)
            inner.cell(r, 1).text = value
    document.save(path)
