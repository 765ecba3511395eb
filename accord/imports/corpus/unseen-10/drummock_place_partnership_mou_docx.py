"""Drummock place partnership MOU, as a DOCX with heading styles.

What it tests: "Title" and "Subtitle" (joined); "Heading 1"s lettered "A. ..." ; a long
partners table (Sector / Partner / Lead) placed after two pages of text so that it runs over
a page break (header row marked to repeat), whose "Sector" column is merged down over each
group (the categories); leads are posts; the place partnership board agrees and a future
endorsement by the health and wellbeing board "next month" (2025-11 from "Agreed: 2 October
2025"); a sub-group; system, place and neighbourhoods.
"""

from __future__ import annotations

from pathlib import Path

from _docx import grid_table, merge_down, new_document

FILL = (
    "The partners will plan services for Drummock's 180,000 residents together, starting with "
    "frailty, children's mental health and the prevention of long-term conditions, and will "
    "share workforce and estates plans so that neighbourhood teams can work from the same "
    "buildings. "
)

GROUPS = [
    (
        "Local government",
        [
            ("Drummock Metropolitan Borough Council", "Chief Executive"),
            ("Fellgarth Combined Authority", "Director of Public Service Reform"),
        ],
    ),
    (
        "NHS",
        [
            ("Fellgarth and Drummock Integrated Care Board", "Place Director"),
            ("Drummock Royal Hospital NHS Foundation Trust", "Chief Executive"),
            ("Fellgarth Partnership NHS Foundation Trust", "Director of Operations"),
            ("Drummock GP Federation", "Clinical Director"),
        ],
    ),
    (
        "Community and voluntary",
        [
            ("Drummock Council for Voluntary Service", "Chief Officer"),
            ("Healthwatch Drummock", "Manager"),
            ("Drummock Hospice", "Chief Executive"),
            ("Drummock Carers Centre", "Director"),
        ],
    ),
]


def write(path: Path) -> None:
    d = new_document()
    d.add_paragraph("Drummock Health and Care Partnership", style="Title")
    d.add_paragraph("Memorandum of Understanding", style="Subtitle")
    d.add_paragraph("Agreed: 2 October 2025")
    d.add_heading("A. Introduction", level=1)
    for _ in range(3):
        d.add_paragraph(FILL * 2)
    d.add_heading("B. Our place", level=1)
    d.add_paragraph(
        "Drummock is one of four places in the Fellgarth and Drummock integrated care "
        "system. The partners agree that most decisions about services for Drummock people "
        "should be made in Drummock, close to the neighbourhoods they serve. " + FILL
    )
    for _ in range(3):
        d.add_paragraph(FILL * 2)
    d.add_heading("C. Partners", level=1)
    d.add_paragraph("The partners to this Memorandum are set out below.")
    rows = []
    spans = []
    for sector, members in GROUPS:
        start = len(rows) + 1
        for name, lead in members:
            rows.append((sector, name, lead))
        spans.append((start, len(rows), sector))
    table = grid_table(d, ["Sector", "Partner", "Lead"], rows)
    for first, last, sector in spans:
        merge_down(table, column=0, first_row=first, last_row=last, text=sector)
    d.add_heading("D. Governance", level=1)
    d.add_paragraph(
        "The Drummock Place Partnership Board is the partners' joint forum. It is supported "
        "by a Place Delivery Group and by the Neighbourhood Leadership Forum. " + FILL
    )
    d.add_heading("E. Agreement", level=1)
    d.add_paragraph(
        "The Drummock Place Partnership Board agreed this Memorandum on 2 October 2025. It "
        "will be presented to the Drummock Health and Wellbeing Board for endorsement next "
        "month."
    )
    d.save(path)
