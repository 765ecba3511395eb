"""Zelworth community safety partnership agreement, as a DOCX with a schedule of parties.

What it tests: "Title" style; "Heading 1"s numbered without a dot ("1 Introduction"); the body
names no party ("the organisations listed in the Schedule"); the parties only in the
"Schedule - The parties" at the back, under two "Heading 2"s ("Responsible authorities",
"Co-operating bodies"), each with its own table (Organisation | Nominated representative);
agreement by the partnership board with a minute number, endorsement by a Police and Crime
Commissioner (an office, not a party); "This Agreement is dated 24 March 2025 and takes effect
next month"; a review month; district and county councils, no level named.
"""

from __future__ import annotations

from pathlib import Path

from _docx import grid_table, new_document

RESPONSIBLE = [
    ("Zelworth District Council", "Head of Community Services"),
    ("Orme County Council", "Assistant Director, Communities"),
    ("Orme Police", "District Commander, Zelworth"),
    ("Orme Fire and Rescue Service", "Station Manager, Zelworth"),
    ("Probation Service", "Head of Orme Probation Delivery Unit"),
    ("Orme and Wyre Integrated Care Board", "Head of Safeguarding"),
]
COOPERATING = [
    ("Zelworth Homes", "Director of Neighbourhoods"),
    ("Orme Youth Justice Service", "Service Manager"),
    ("Zelworth Business Improvement District", "Manager"),
]


def write(path: Path) -> None:
    document = new_document()
    document.add_paragraph("Safer Zelworth Community Safety Partnership Agreement", style="Title")
    document.add_paragraph("This Agreement is dated 24 March 2025 and takes effect next month.")

    document.add_heading("1 Introduction", level=1)
    document.add_paragraph(
        "The Safer Zelworth Partnership is the community safety partnership for Zelworth district "
        "under section 5 of the Crime and Disorder Act 1998. This Agreement is between the "
        "organisations listed in the Schedule."
    )
    document.add_heading("2 Priorities", level=1)
    document.add_paragraph(
        "The priorities for the period of this Agreement are anti-social behaviour in town "
        "centres, domestic abuse and rural crime."
    )
    document.add_heading("3 Governance", level=1)
    document.add_paragraph(
        "The Safer Zelworth Partnership Board sets the strategy and meets each quarter. The "
        "Joint Action Group meets monthly to deal with problem places and people. The Board "
        "reports each year to the Orme Community Safety Agreement Group."
    )
    document.add_heading("4 Agreement and review", level=1)
    document.add_paragraph(
        "The Safer Zelworth Partnership Board agreed this Agreement on 5 March 2025 (minute "
        "14/25). The Police and Crime Commissioner for Orme endorsed it on 19 March 2025. The "
        "Board will review it in March 2026."
    )
    document.add_heading("Schedule - The parties", level=1)
    document.add_heading("Responsible authorities", level=2)
    grid_table(document, ["Organisation", "Nominated representative"], RESPONSIBLE)
    document.add_heading("Co-operating bodies", level=2)
    grid_table(document, ["Organisation", "Nominated representative"], COOPERATING)
    document.save(path)
