"""Quaysmere cabinet report on a combating drugs partnership agreement, as a DOCX.

What it tests: a council cabinet report without heading styles (bold numbered headings); a
facts table; the recommendations as a Word table (No. | Recommendation | Reason) in the third
person ("Cabinet approves ...", "Cabinet delegates ...", "Cabinet notes that the ... Partnership
endorsed ..."); a partner table whose "Sector" column is the category; no agreement appended
(the title is the appendix as listed, "Draft" kept); "in May" and "next spring" (a season,
skipped).
"""

from __future__ import annotations

from pathlib import Path

from _docx import bold_heading, grid_table, new_document

AGREEMENT = "Draft Quaysmere Combating Drugs Partnership Agreement"

FACTS = [
    ("Report to", "Cabinet"),
    ("Date of meeting", "24 June 2025"),
    ("Report of", "Director of Public Health"),
    ("Portfolio", "Cabinet Member for Health and Adult Care"),
    ("Key decision", "No"),
]

RECOMMENDATIONS = [
    (
        "1",
        f"Cabinet approves the {AGREEMENT} at Appendix A.",
        "To put the partnership on a clear footing.",
    ),
    (
        "2",
        "Cabinet delegates authority to the Director of Public Health to make final changes "
        "to the Agreement and to sign it on behalf of the Council.",
        "To allow the Agreement to be signed without a further report.",
    ),
    (
        "3",
        "Cabinet notes that the Quaysmere Combating Drugs Partnership endorsed the draft "
        "Agreement on 3 June 2025.",
        "For information.",
    ),
]

PARTNERS = [
    ("Quaysmere Council", "Local government"),
    ("Harbourne and Quaysmere Integrated Care Board", "Health"),
    ("Quaysmere Community NHS Trust", "Health"),
    ("Harbourne Constabulary", "Criminal justice"),
    ("Probation Service", "Criminal justice"),
    ("Quaysmere Recovery Partnership", "Treatment provider"),
    ("Harbourne Jobcentre Plus", "Employment"),
]


def write(path: Path) -> None:
    document = new_document()
    bold_heading(document, "QUAYSMERE COUNCIL", size=14)
    bold_heading(document, "Cabinet report: Combating Drugs Partnership Agreement", size=13)
    table = document.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for label, value in FACTS:
        cells = table.add_row().cells
        cells[0].text = label
        cells[1].text = value

    bold_heading(document, "1. Recommendations")
    grid_table(document, ["No.", "Recommendation", "Reason"], RECOMMENDATIONS)

    bold_heading(document, "2. Background")
    document.add_paragraph(
        "Every area in England has a combating drugs partnership, following the national drug "
        "strategy. Quaysmere's partnership first met in May and has agreed a needs assessment "
        "and a plan. The Agreement at Appendix A sets out what each partner will do, how data "
        "will be shared and how the partnership will be held to account. Quaysmere is one "
        "place within the Harbourne and Quaysmere integrated care system."
    )
    document.add_paragraph("The partners to the Agreement are:")
    grid_table(document, ["Partner", "Sector"], PARTNERS)

    bold_heading(document, "3. Governance")
    document.add_paragraph(
        "The Quaysmere Combating Drugs Partnership reports to the Quaysmere Health and Wellbeing "
        "Board and to the Safer Quaysmere Board. A Treatment and Recovery Group and a Supply "
        "Reduction Group report to the Partnership."
    )

    bold_heading(document, "4. Options considered")
    document.add_paragraph(
        "Not to have a written agreement. Rejected: the partnership's first review, due next "
        "spring, will expect one."
    )

    bold_heading(document, "5. Implications")
    document.add_paragraph(
        "Financial: none beyond existing budgets. Legal: the Agreement is not legally binding. "
        "Equalities: an impact assessment is available on request."
    )

    bold_heading(document, "6. Appendices")
    document.add_paragraph(f"Appendix A \u2013 {AGREEMENT}")

    document.add_paragraph("Report author: Consultant in Public Health (Drugs and Alcohol)")
    document.save(path)
