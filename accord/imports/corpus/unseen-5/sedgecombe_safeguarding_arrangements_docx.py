"""Sedgecombe safeguarding children arrangements, as a DOCX with heading styles.

What it tests: "Title" then numbered "Heading 1"s and a "Heading 2"; the three safeguarding
partners after "The safeguarding partners for Sedgecombe are:" in "List Bullet"; relevant
agencies in a two-column table (Relevant agency | Why it is named) after a lead-in; lead and
delegated safeguarding partners who are posts; approval in a signature table (Organisation |
Lead safeguarding partner | Date signed) with "Monday 2nd December 2024"-style dates on two
days, then publication on another day; "every school" (not a party).
"""

from __future__ import annotations

from pathlib import Path

from _docx import grid_table, new_document

PARTNERS = [
    "Sedgecombe Metropolitan Borough Council",
    "Carnford and Sedgecombe Integrated Care Board",
    "Carnford Police",
]

AGENCIES = [
    (
        "Sedgecombe Teaching Hospitals NHS Foundation Trust",
        "Emergency department, maternity and paediatrics",
    ),
    ("Carnford Community Care NHS Trust", "Health visiting and school nursing"),
    ("Carnford Fire and Rescue Service", "Home safety visits"),
    ("Sedgecombe Youth Justice Service", "Children in the justice system"),
    ("Sedgecombe Academies Partnership", "Largest academy trust in the borough"),
]

SIGNATURES = [
    ("Sedgecombe Metropolitan Borough Council", "Chief Executive", "Monday 2nd December 2024"),
    ("Carnford Police", "Chief Constable", "Monday 2nd December 2024"),
    (
        "Carnford and Sedgecombe Integrated Care Board",
        "Chief Executive",
        "Wednesday 4th December 2024",
    ),
]


def write(path: Path) -> None:
    document = new_document()
    document.add_paragraph(
        "Sedgecombe Children's Safeguarding Partnership Arrangements", style="Title"
    )
    document.add_paragraph("Published 16 December 2024")

    document.add_heading("1. Introduction", level=1)
    document.add_paragraph(
        "These arrangements set out how the safeguarding partners, with the relevant agencies, "
        "will work together to safeguard and promote the welfare of children across Sedgecombe "
        "as a place, as required by Working Together to Safeguard Children 2023. Together they "
        "form the Sedgecombe Children's Safeguarding Partnership."
    )

    document.add_heading("2. Safeguarding partners", level=1)
    document.add_paragraph("The safeguarding partners for Sedgecombe are:")
    for partner in PARTNERS:
        document.add_paragraph(partner, style="List Bullet")
    document.add_paragraph(
        "The lead safeguarding partners are the Chief Executive of the Council, the Chief "
        "Executive of the integrated care board and the Chief Constable. Each has delegated "
        "day-to-day leadership to a delegated safeguarding partner."
    )
    document.add_heading("Partnership Chair", level=2)
    document.add_paragraph(
        "The delegated safeguarding partners appoint a Partnership Chair from among themselves "
        "for two years at a time."
    )

    document.add_heading("3. Relevant agencies", level=1)
    document.add_paragraph("The safeguarding partners have named these relevant agencies:")
    grid_table(document, ["Relevant agency", "Why it is named"], AGENCIES)
    document.add_paragraph(
        "Every school and early years setting in Sedgecombe is expected to take part through "
        "the Education Safeguarding Forum."
    )

    document.add_heading("4. Structure", level=1)
    document.add_paragraph(
        "The Safeguarding Partnership Executive sets priorities and holds partners to account. "
        "The Quality Assurance Group, the Rapid Review Group and the Learning and Development "
        "Group report to it. Three Locality Safeguarding Forums bring practitioners together in "
        "the north, centre and south of the borough."
    )

    document.add_heading("5. Independent scrutiny", level=1)
    document.add_paragraph(
        "An independent scrutineer reviews the arrangements each year and reports to the "
        "Safeguarding Partnership Executive and to the Sedgecombe Health and Wellbeing Board."
    )

    document.add_heading("6. Sign-off", level=1)
    document.add_paragraph("These arrangements were signed by the lead safeguarding partners:")
    grid_table(document, ["Organisation", "Lead safeguarding partner", "Date signed"], SIGNATURES)
    document.save(path)
