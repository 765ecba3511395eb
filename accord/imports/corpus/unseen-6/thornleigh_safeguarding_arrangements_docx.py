"""Thornleigh safeguarding children arrangements, as a DOCX with small-capital headings.

What it tests: no heading styles; two bold title lines; headings as bold paragraphs set in small
capitals (Word's small caps run property: the text is stored in mixed case); the three
safeguarding partners named inline in one sentence after "The safeguarding partners for
Thornleigh are"; lead safeguarding partners who are posts; relevant agencies in a table with no
header row, three names to a row, one cell holding "All schools and early years settings" (not
a party) and one empty; agreement by the lead safeguarding partners (a class), noting by a
board, publication; "next autumn" (skipped).
"""

from __future__ import annotations

from pathlib import Path

from _docx import bold_heading, new_document

AGENCIES = [
    (
        "Thornleigh Teaching Hospitals NHS Foundation Trust",
        "Ribble Care NHS Foundation Trust",
        "Ribble Coast Ambulance Service NHS Trust",
    ),
    ("Probation Service", "Ribble Fire and Rescue Service", "Cafcass"),
    ("Thornleigh Sixth Form College", "Thornleigh Diocesan Board of Education", "Thornleigh Homes"),
    ("All schools and early years settings", "", ""),
]


def small_caps_heading(document, text: str) -> None:
    from docx.shared import Pt

    run = document.add_paragraph().add_run(text)
    run.bold = True
    run.font.small_caps = True
    run.font.size = Pt(13)


def write(path: Path) -> None:
    document = new_document()
    bold_heading(document, "Thornleigh Safeguarding Children Partnership", size=16)
    bold_heading(document, "Multi-agency safeguarding arrangements", size=13)
    document.add_paragraph("Published 12 December 2025")

    small_caps_heading(document, "Who we are")
    document.add_paragraph(
        "The safeguarding partners for Thornleigh are Thornleigh Metropolitan Borough Council, "
        "Thornleigh and Ribble Integrated Care Board and Ribble Police. Together they form the "
        "Thornleigh Safeguarding Children Partnership, which works across Thornleigh as a place "
        "and in each of its four localities."
    )
    document.add_paragraph(
        "The lead safeguarding partners are the Chief Executive of the Council, the Chief "
        "Executive of the Integrated Care Board and the Chief Constable. The Director of "
        "Children's Services is the delegated safeguarding partner for the Council."
    )

    small_caps_heading(document, "Our relevant agencies")
    document.add_paragraph(
        "The safeguarding partners have named the following relevant agencies, which must "
        "co-operate with these arrangements:"
    )
    table = document.add_table(rows=len(AGENCIES), cols=3)
    table.style = "Table Grid"
    for r, row in enumerate(AGENCIES):
        for c, name in enumerate(row):
            table.cell(r, c).text = name

    small_caps_heading(document, "How we work")
    document.add_paragraph(
        "The Executive Group of the three partners meets monthly and holds the budget. Four "
        "Locality Practice Groups bring practitioners together to learn from cases. The "
        "Partnership's annual report goes to the Thornleigh Health and Wellbeing Board."
    )

    small_caps_heading(document, "Independent scrutiny")
    document.add_paragraph(
        "Dr Helen Marsh is the independent scrutineer. She reports to the lead safeguarding "
        "partners twice a year."
    )

    small_caps_heading(document, "Agreement and publication")
    document.add_paragraph(
        "The lead safeguarding partners agreed these arrangements on 2 December 2025. The "
        "Thornleigh Health and Wellbeing Board noted them on 9 December 2025, and they were "
        "published on 12 December 2025. They will be reviewed next autumn."
    )
    document.save(path)
