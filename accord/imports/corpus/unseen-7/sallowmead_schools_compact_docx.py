"""Sallowmead school and academy trust compact, as a DOCX with heading styles.

What it tests: "Title" then a descriptive Normal line (not title); unnumbered "Heading 1"s;
values under a "Heading 2" ("Our values") in "List Bullet"; the signatories only in the
schedule, listed by Word numbering (w:numPr, numbers not typed) under three "Heading 2"s that
are their categories; the local authority as one category; a two-column signature table
without header row, "Signed ... for and on behalf of X" twice per row, read row by row, left
then right; adoption at the Sallowmead Education Partnership Board "on Thursday, 9th October
2025".
"""

from __future__ import annotations

from pathlib import Path

from _docx import new_document, numbered_list

GROUPS = [
    ("The local authority", ["Sallowmead Borough Council"]),
    (
        "Multi-academy trusts",
        [
            "Sallowmead Learning Trust",
            "Brook and Weald Academies Trust",
            "St Aidan's Catholic Academy Trust",
        ],
    ),
    (
        "Other signatories",
        [
            "Sallowmead Diocesan Board of Education",
            "Weald Park Maintained Nursery School",
        ],
    ),
]


def write(path: Path) -> None:
    document = new_document()
    document.add_paragraph("Sallowmead Schools Compact", style="Title")
    document.add_paragraph(
        "How Sallowmead's schools, trusts and the council work together for every child"
    )

    document.add_heading("Why we have a compact", level=1)
    document.add_paragraph(
        "Most of Sallowmead's schools are now academies in three trusts. The Compact keeps a shared "
        "responsibility for every child in the borough, including those who are not on the roll "
        "of any school. It was first drafted by headteachers at their conference in June 2025."
    )
    document.add_heading("Our values", level=2)
    for value in ["Every child belongs", "Openness between schools", "Collective responsibility"]:
        document.add_paragraph(value, style="List Bullet")

    document.add_heading("What we agree to do", level=1)
    document.add_paragraph(
        "Each signatory takes part in the Fair Access Protocol, shares attendance and exclusion "
        "data each half-term, and sends a senior leader to its Locality Inclusion Panel. The three "
        "Locality Inclusion Panels cover the north, east and west of the borough."
    )

    document.add_heading("Governance", level=1)
    document.add_paragraph(
        "The Sallowmead Education Partnership Board oversees the Compact and reports each year to "
        "the Sallowmead Children and Young People's Partnership."
    )

    document.add_heading("Adoption", level=1)
    document.add_paragraph(
        "The Sallowmead Education Partnership Board adopted this Compact at its meeting on "
        "Thursday, 9th October 2025 and asked each signatory to sign it. The Compact applies from "
        "the start of the spring term in January 2026."
    )

    document.add_heading("Schedule: The signatories", level=1)
    for group, names in GROUPS:
        document.add_heading(group, level=2)
        numbered_list(document, names, key=group)

    document.add_heading("Signatures", level=1)
    names = [n for _, g in GROUPS for n in g]
    table = document.add_table(rows=(len(names) + 1) // 2, cols=2)
    for index, name in enumerate(names):
        cell = table.cell(index // 2, index % 2)
        cell.text = (
            "Signed ..........................................\n"
            f"for and on behalf of {name}\n"
            "Date ......................"
        )
    document.save(path)
