"""Hollowdene intermediate care section 75 agreement summary, as a DOCX.

What it tests: a "Title" paragraph; a key-facts table (two columns, no header row) whose
"Parties" cell holds two paragraphs "(1) ..." and "(2) ...", whose "Term" cell is a range of two
full dates with an en dash, and whose "Approved by" cell holds two approvals with `18/03/2025`
and "20 Mar 2025"; numbered "Heading 1"s; a financial year and a table of contributions that
repeats the parties; "every quarter" (skipped).
"""

from __future__ import annotations

from pathlib import Path

from _docx import bold_cell, grid_table, new_document

FACTS = [
    ("Agreement", "Partnership agreement under section 75 of the National Health Service Act 2006"),
    ("Parties", ["(1) Hollowdene Borough Council", "(2) Sedgevale Integrated Care Board"]),
    ("Host partner", "Hollowdene Borough Council"),
    ("Term", "1 April 2025 \u2013 31 March 2028"),
    (
        "Approved by",
        [
            "Cabinet of Hollowdene Borough Council, 18/03/2025",
            "Finance Committee of Sedgevale Integrated Care Board, 20 Mar 2025",
        ],
    ),
]

CONTRIBUTIONS = [
    ("Hollowdene Borough Council", "\u00a34.2m", "Reablement; care home step-down beds"),
    ("Sedgevale Integrated Care Board", "\u00a36.9m", "Community hospital beds; therapy"),
]


def write(path: Path) -> None:
    document = new_document()
    document.add_paragraph("Hollowdene Intermediate Care Pooled Budget", style="Title")
    document.add_paragraph("Summary of the section 75 agreement, published for transparency")
    table = document.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for label, value in FACTS:
        cells = table.add_row().cells
        bold_cell(cells[0], label)
        if isinstance(value, list):
            cells[1].text = value[0]
            for extra in value[1:]:
                cells[1].add_paragraph(extra)
        else:
            cells[1].text = value
    document.add_heading("1. What the agreement does", level=1)
    document.add_paragraph(
        "The agreement pools the two partners' budgets for intermediate care, so that people "
        "leaving hospital, or at risk of going in, get one assessment and one package of "
        "short-term care. It covers Hollowdene as a place and the three localities within it."
    )
    document.add_heading("2. Services included", level=1)
    for service in [
        "Home-based reablement",
        "Step-down beds in care homes",
        "Community hospital beds",
        "Therapy and rehabilitation",
    ]:
        document.add_paragraph(service, style="List Bullet")
    document.add_heading("3. Money", level=1)
    document.add_paragraph("Contributions for 2025/26 are:")
    grid_table(document, ["Partner", "Contribution", "Services funded"], CONTRIBUTIONS)
    document.add_paragraph(
        "Overspends are shared in proportion to contributions. The Pooled Fund Manager reports "
        "every quarter."
    )
    document.add_heading("4. Governance", level=1)
    document.add_paragraph(
        "The Intermediate Care Partnership Board, with three members from each partner, manages "
        "the pooled budget. It reports to the Hollowdene Health and Wellbeing Board and to the "
        "Hollowdene Place Committee of Sedgevale Integrated Care Board."
    )
    document.add_heading("5. Ending the agreement", level=1)
    document.add_paragraph(
        "Either partner may end the agreement on twelve months' notice, to expire at the end of "
        "a financial year."
    )
    document.save(path)
