"""Essendry Neighbourhood Partnership memorandum of understanding, as a DOCX.

What it tests: the party table the importer used to read as one party per row, with the
columns Category | Organisation | Represented by, a header row, category cells merged down
over each group and people (with posts) in the third column; "Heading 1" sections with a
"Heading 2" inside one; values in "List Bullet"; approval steps in "List Number", each with a
date, and "Saturday 1st February 2025".
"""

from __future__ import annotations

from pathlib import Path

from _docx import grid_table, merge_down, new_document

TITLE = "Essendry Neighbourhood Partnership: Memorandum of Understanding"

PARTNERS = [
    (
        "Statutory partners",
        [
            ("Hallowford City Council", "Neighbourhood Manager, Essendry"),
            ("Hallowford and Stenning Integrated Care Board", "Place Commissioning Manager"),
            ("Essendry Primary Care Network", "Dr Ruth Abernathy-Kaur, Clinical Director"),
            ("Hallowford Police", "Inspector, Essendry Neighbourhood Policing Team"),
        ],
    ),
    (
        "Housing",
        [
            ("Stenning Homes", "Tenancy Sustainment Lead"),
            ("Essendry Co-operative Housing", "Chair of the Board"),
        ],
    ),
    (
        "Community and voluntary",
        [
            ("Essendry Community Trust", "Chief Officer"),
            ("Friends of Essendry Park", "Secretary"),
            ("Essendry Mosque and Community Centre", "Community Liaison Officer"),
            ("Essendry Credit Union", "Manager and Treasurer"),
        ],
    ),
]

VALUES = [
    "Local people lead, professionals support",
    "Everyone is welcome",
    "We do what we say, or explain why not",
]

APPROVALS = [
    "The Essendry Neighbourhood Partnership Steering Group agreed this Memorandum on 9 April 2025.",
    "The Hallowford Place Board endorsed it on 24 April 2025.",
    "The Hallowford Health and Wellbeing Board noted it on 15 May 2025.",
]


def _partner_table(document) -> None:
    rows = [(category, org, rep) for category, group in PARTNERS for org, rep in group]
    table = grid_table(document, ["Category", "Organisation", "Represented by"], rows)
    first = 1
    for category, group in PARTNERS:
        merge_down(table, column=0, first_row=first, last_row=first + len(group) - 1, text=category)
        first += len(group)


def write(path: Path) -> None:
    document = new_document()
    document.add_paragraph(TITLE, style="Title")
    document.add_paragraph("Agreed version, May 2025")

    def heading(text: str, level: int = 1) -> None:
        document.add_heading(text, level=level)

    def para(text: str) -> None:
        document.add_paragraph(text)

    heading("1. Introduction")
    para(
        "Essendry is a neighbourhood of about 14,000 people on the eastern edge of Hallowford. "
        "The Essendry Neighbourhood Partnership was launched at a community event on Saturday "
        "1st February 2025, after residents asked for one place where local services and "
        "groups could plan together."
    )

    heading("2. The partners")
    para("The partners, and the people who represent them in the Partnership, are:")
    _partner_table(document)
    para("Residents take part through the Essendry Residents' Forum, which is open to all.")

    heading("3. What we want to achieve")
    para(
        "By 2027 we want fewer families in Essendry to run out of money before the end of the "
        "month, more older residents to feel part of their community, and more young people to "
        "have somewhere safe to go in the evenings."
    )

    heading("4. Our values")
    for value in VALUES:
        document.add_paragraph(value, style="List Bullet")

    heading("5. How we will work together")
    para(
        "The partners will share a weekly drop-in at the Essendry Community Trust building, "
        "refer residents to one another with their consent and pool small amounts of funding "
        "for projects that residents choose."
    )
    heading("Sharing information", level=2)
    para(
        "Personal information will be shared only with the resident's consent or where the law "
        "requires it."
    )

    heading("6. Governance")
    para(
        "The Essendry Neighbourhood Partnership Steering Group meets monthly. It is made up of "
        "one person from each partner and four residents chosen by the Essendry Residents' "
        "Forum. It reports to the Hallowford Place Board, which brings together health and "
        "care partners for the whole city at place level."
    )

    heading("7. Agreement and review")
    para("This Memorandum was agreed in three steps:")
    for step in APPROVALS:
        document.add_paragraph(step, style="List Number")
    para("The partners will review the Memorandum in April 2026.")
    document.save(path)
