"""Upwater Cabinet report proposing an anchor network charter (not appended), as a DOCX.

What it tests: a cover-facts table with no header row (Report to | Date of meeting | Report of
| Key decision | Wards affected); numbered "Heading 1"s; the recommendations as a list numbered
by Word numbering (w:numPr) after "That Cabinet:"; an earlier endorsement by a partnership
board and a delegation to sign (the officer's signature is not a further step); the founding members inline after "The founding
members of the Network would be ..."; an appendix listed as "Appendix A – Final draft Upwater
Anchor Network Charter" (the title); "Tuesday 11 November 2025".
"""

from __future__ import annotations

from pathlib import Path

from _docx import new_document, numbered_list


def write(path: Path) -> None:
    document = new_document()
    document.add_paragraph("Upwater City Council", style="Title")
    table = document.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for label, value in [
        ("Report to", "Cabinet"),
        ("Date of meeting", "Tuesday 11 November 2025"),
        ("Report of", "Director of Strategy and Partnerships"),
        ("Subject", "Joining the Upwater Anchor Network"),
        ("Key decision", "No"),
        ("Wards affected", "All"),
    ]:
        cells = table.add_row().cells
        cells[0].text = label
        cells[1].text = value

    document.add_heading("1. Recommendations", level=1)
    document.add_paragraph("That Cabinet:")
    numbered_list(
        document,
        [
            "approves the Council becoming a founding member of the Upwater Anchor Network and "
            "signing the Upwater Anchor Network Charter at Appendix A;",
            "notes that the Upwater Partnership Board endorsed the Charter on 16 October 2025; and",
            "delegates authority to the Chief Executive to sign the Charter on behalf of the "
            "Council at the Network's launch in January 2026.",
        ],
        key="recs",
    )

    document.add_heading("2. Background", level=1)
    document.add_paragraph(
        "Anchor institutions are large organisations rooted in a place, whose spending, hiring "
        "and land can do much for local people. The founding members of the Network would be "
        "Upwater City Council, Upwater University Hospitals NHS Trust, the University of "
        "Upwater, Upwater College, Upwater and Brent Integrated Care Board and Upwater Housing "
        "Trust."
    )
    document.add_paragraph(
        "The Charter commits members to pay the real Living Wage, to buy locally where they can "
        "and to open their jobs to residents of the city's most deprived neighbourhoods."
    )

    document.add_heading("3. Governance of the Network", level=1)
    document.add_paragraph(
        "The Anchor Network Steering Group of one director from each member will meet every two "
        "months and report to the Upwater Partnership Board, the city's place partnership."
    )

    document.add_heading("4. Financial implications", level=1)
    document.add_paragraph("There is no direct cost. Officer time is met from existing budgets.")

    document.add_heading("5. Legal implications", level=1)
    document.add_paragraph("The Charter is not legally binding.")

    document.add_heading("6. Appendices", level=1)
    document.add_paragraph("Appendix A – Final draft Upwater Anchor Network Charter")
    document.save(path)
