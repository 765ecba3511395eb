"""Nethermarrow Community Services Alliance Agreement, as a DOCX with its parties at the back.

What it tests: "Title" then a document-control table before the first heading ("Reviewed by",
"Approved by" with "20 May 2025" and `03.06.2025`); numbered "Heading 1" clauses; the parties
only in "Schedule 1" as a table (Category | Participant | Alliance lead) with the category
cells merged down; a "Heading 2" inside a clause; principles but no values; an execution
schedule as a table in which every participant signs on one day.
"""

from __future__ import annotations

from pathlib import Path

from _docx import grid_table, merge_down, new_document

CONTROL = [
    ("0.8", "20 May 2025", "Reviewed by Nethermarrow Alliance Shadow Board"),
    ("1.0", "03.06.2025", "Approved by Nethermarrow Place Committee"),
    ("1.0", "10.06.2025", "Approved by Cabinet of Nethermarrow Borough Council"),
]

PARTICIPANTS = [
    (
        "Commissioners",
        [
            ("Nethermarrow Borough Council", "Director of Adult Social Care"),
            ("Nethermarrow and Ferrowby Integrated Care Board", "Director of Place"),
        ],
    ),
    (
        "Providers",
        [
            ("Nethermarrow Community Healthcare NHS Trust", "Chief Operating Officer"),
            ("Ferrowby GP Alliance", "Clinical Chair"),
            ("Nethermarrow Home Care Collaborative", "Chair"),
            ("Carers First Nethermarrow", "Chief Executive"),
        ],
    ),
]

SIGNATURES = [
    (org, "Authorised signatory", "30 June 2025") for _, group in PARTICIPANTS for org, _ in group
]


def write(path: Path) -> None:
    document = new_document()
    document.add_paragraph("Nethermarrow Community Services Alliance Agreement", style="Title")
    document.add_paragraph("Document control")
    grid_table(document, ["Version", "Date", "Status"], CONTROL)

    document.add_heading("1. Introduction", level=1)
    document.add_paragraph(
        "This Agreement brings together the Participants listed in Schedule 1 as the "
        "Nethermarrow Community Services Alliance. It applies to community nursing, therapy, "
        "reablement, home care and carers' support for adults in Nethermarrow, and runs from "
        "1 July 2025 to 30 June 2030."
    )
    document.add_heading("2. Objectives", level=1)
    document.add_paragraph(
        "The Participants will help more people recover at home, reduce avoidable admissions to "
        "hospital and make sure carers are supported."
    )
    document.add_heading("3. Principles", level=1)
    for text in [
        "Best for the person, best for Nethermarrow",
        "Shared risk and shared reward",
        "No blame, no dispute",
    ]:
        document.add_paragraph(text, style="List Number")
    document.add_heading("4. Governance", level=1)
    document.add_paragraph(
        "The Nethermarrow Alliance Board, with one senior leader from each Participant, "
        "directs the Alliance and reports to the Nethermarrow Place Committee, which leads "
        "health and care in Nethermarrow as a place within the Nethermarrow and Ferrowby "
        "integrated care system."
    )
    document.add_heading("Neighbourhood teams", level=2)
    document.add_paragraph(
        "Services are delivered by five neighbourhood teams, each aligned to a primary care "
        "network."
    )
    document.add_heading("5. Finance", level=1)
    document.add_paragraph(
        "The commissioners keep their budgets but align them under an annual Alliance budget "
        "agreed by the Alliance Board."
    )
    document.add_heading("Schedule 1: Participants", level=1)
    rows = [(cat, org, lead) for cat, group in PARTICIPANTS for org, lead in group]
    table = grid_table(document, ["Category", "Participant", "Alliance lead"], rows)
    first = 1
    for cat, group in PARTICIPANTS:
        merge_down(table, column=0, first_row=first, last_row=first + len(group) - 1, text=cat)
        first += len(group)
    document.add_heading("Schedule 2: Execution", level=1)
    document.add_paragraph("Signed for and on behalf of each Participant:")
    grid_table(document, ["Participant", "Signed by", "Date"], SIGNATURES)
    document.save(path)
