"""Wistowe council constitution extract: scheme of delegation to a joint committee, as a DOCX.

What it tests: a constitution extract (kind `other`) with a "Title" and a descriptive second
line; "Heading 1"s "Part 3F – ..." and a "Heading 2" inside (not a section); the two councils
named once inline ("a joint committee of A and B"); a delegation table (Function | Delegated to
| Limits) whose cells name bodies and an office; the approval path in a "Record of adoption"
table (Date | Body | Decision) with ISO dates (2025-07-22): review and recommendation by a
working group, Cabinet approval, adoption by Full Council; "last updated" line; a recurring
"31 March" (not a date).
"""

from __future__ import annotations

from pathlib import Path

from _docx import grid_table, new_document


def write(path: Path) -> None:
    document = new_document()
    document.add_paragraph("Wistowe Borough Council Constitution", style="Title")
    document.add_paragraph(
        "Extract: Scheme of delegation to the Wistowe and Orde Joint Waste and Street Scene Committee"
    )
    document.add_paragraph("This extract was last updated on 2025-07-30.")

    document.add_heading("Part 3F – Joint arrangements", level=1)
    document.add_paragraph(
        "The Wistowe and Orde Joint Waste and Street Scene Committee is a joint committee of "
        "Wistowe Borough Council and Orde District Council, set up under sections 101 and 102 of "
        "the Local Government Act 1972 and the Local Government Act 2000. Each council appoints three members of its Cabinet to "
        "the Committee."
    )
    document.add_heading("Functions delegated to the Joint Committee", level=2)
    grid_table(
        document,
        ["Function", "Delegated to", "Limits"],
        [
            (
                "Setting the joint waste collection policy",
                "Joint Committee",
                "Within the budget set by both councils",
            ),
            (
                "Awarding the street cleansing contract",
                "Joint Committee",
                "Key decision; forward plan notice required",
            ),
            (
                "Day-to-day management of the shared service",
                "Head of Shared Environmental Services",
                "Within the approved service plan",
            ),
            (
                "Responding to national consultations",
                "Joint Officer Board",
                "Reported to the next meeting of the Joint Committee",
            ),
        ],
    )

    document.add_heading("Part 3G – Functions reserved to each council", level=1)
    document.add_paragraph(
        "Each council keeps the setting of its own budget and council tax, and the decision to "
        "leave the joint arrangements, which needs twelve months' notice to end on 31 March."
    )

    document.add_heading("Record of adoption", level=1)
    grid_table(
        document,
        ["Date", "Body", "Decision"],
        [
            ("2025-06-17", "Constitution Working Group", "Reviewed and recommended"),
            ("2025-07-08", "Cabinet", "Approved the delegations"),
            ("2025-07-22", "Full Council", "Adopted into the Constitution"),
        ],
    )
    document.save(path)
