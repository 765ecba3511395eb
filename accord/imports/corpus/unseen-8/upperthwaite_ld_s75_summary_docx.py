"""Upperthwaite learning disability section 75 summary, as a DOCX without heading styles.

What it tests: two bold title lines; unnumbered bold headings in Normal paragraphs; the two
partners inline after "between" with defined names; a contributions table by financial year
(not dates); the approval route drawn as a "Governance route" diagram: a one-row table of
boxes (body, what it did, date) with arrow cells ("→") between them, read left to right; a
prose line after it with the signature "for both partners" (two sign steps); the term's start
and end dates after the route.
"""

from __future__ import annotations

from pathlib import Path

from _docx import bold_heading, grid_table, new_document

ROUTE = [
    ("Upperthwaite Joint Commissioning Group", "reviewed", "2 Sept 2025"),
    ("Upperthwaite Learning Disability Partnership Board", "endorsed", "17 Sept 2025"),
    ("ICB Board", "approved", "30 Sept 2025"),
    ("Cabinet", "approved", "7 Oct 2025"),
]


def write(path: Path) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    document = new_document()
    bold_heading(document, "Upperthwaite Learning Disability Services", size=16)
    bold_heading(document, "Section 75 Partnership Agreement: Summary of Key Terms", size=13)

    bold_heading(document, "The partners")
    document.add_paragraph(
        'The agreement is between Upperthwaite County Council ("the Council") and Upperthwaite '
        'and Dales Integrated Care Board ("the ICB"). The Council is the host partner.'
    )
    bold_heading(document, "What the agreement covers")
    document.add_paragraph(
        "Supported living, day opportunities, short breaks and community learning disability "
        "nursing for adults with a learning disability who live in Upperthwaite."
    )
    bold_heading(document, "Money")
    grid_table(
        document,
        ["Partner", "2026/27", "2027/28"],
        [("Council", "£41.2m", "£42.0m"), ("ICB", "£18.6m", "£19.1m")],
    )
    bold_heading(document, "Governance")
    document.add_paragraph(
        "The Upperthwaite Learning Disability Partnership Board oversees the pooled fund and "
        "receives a quarterly finance report from the Pooled Fund Manager. The Upperthwaite "
        "Joint Commissioning Group manages the fund day to day."
    )
    bold_heading(document, "Governance route")
    table = document.add_table(rows=1, cols=2 * len(ROUTE) - 1)
    table.style = "Table Grid"
    cells = table.rows[0].cells
    for i, (body, action, date) in enumerate(ROUTE):
        cell = cells[2 * i]
        cell.text = ""
        cell.paragraphs[0].add_run(body).bold = True
        cell.add_paragraph(action)
        cell.add_paragraph(date)
        if i < len(ROUTE) - 1:
            arrow = cells[2 * i + 1]
            arrow.text = "→"
            arrow.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    document.add_paragraph("The agreement was then signed for both partners on 20 October 2025.")
    bold_heading(document, "Term and review")
    document.add_paragraph(
        "The agreement starts on 1 April 2026 and ends on 31 March 2031. The partners will "
        "review it in its third year."
    )
    document.save(path)
