"""Fellgarth joint archives committee constitution, as a DOCX with heading styles.

What it tests: a document-control table on the first page, before any heading, whose rows
give the approval history (Date / Version / Approved by / Minute), one row with two bodies
in one cell ("Cabinet of Lindmoor City Council; Executive of Tarrowby Borough Council"),
one body approving two versions, "(recommended)" in the cell; the
title in "Title" after the table; "Heading 1"s "Article N – ..." (en dash); the constituent
councils after "The constituent councils are:" typed with "(a)" in Normal paragraphs; an
associate member with no vote in a separate sentence (a party, category ""); a sub-committee
and an officer board; "each June" (skipped); "6/10/25" style dates in the table.
"""

from __future__ import annotations

from pathlib import Path

from _docx import grid_table, new_document


def write(path: Path) -> None:
    d = new_document()
    d.add_paragraph("Document control")
    grid_table(
        d,
        ["Date", "Version", "Approved by", "Minute"],
        [
            ("11/3/19", "1.0", "Full Council of Fellgarth County Council", "C/19/22"),
            ("24/9/25", "2.0", "Fellgarth Joint Archives Committee (recommended)", "JAC/25/9"),
            (
                "6/10/25",
                "2.0",
                "Cabinet of Lindmoor City Council; Executive of Tarrowby Borough Council",
                "CAB 51; EX 33",
            ),
            ("16/10/25", "2.0", "Full Council of Fellgarth County Council", "C/25/71"),
        ],
    )
    d.add_paragraph("Fellgarth Joint Archives Committee: Constitution", style="Title")
    d.add_heading("Article 1 – Name and purpose", level=1)
    d.add_paragraph(
        "The Fellgarth Joint Archives Committee is a joint committee under sections 101 and "
        "102 of the Local Government Act 1972. It runs the Fellgarth Archives Service, which "
        "keeps the records of the three councils and of the county's parishes, courts and "
        "families."
    )
    d.add_heading("Article 2 – Constituent councils", level=1)
    d.add_paragraph("The constituent councils are:")
    for item in [
        "(a) Fellgarth County Council, which hosts the Service;",
        "(b) Lindmoor City Council; and",
        "(c) Tarrowby Borough Council.",
    ]:
        d.add_paragraph(item)
    d.add_paragraph(
        "The University of Fellgarth is an associate member of the Committee with one "
        "non-voting seat."
    )
    d.add_heading("Article 3 – Membership and voting", level=1)
    d.add_paragraph(
        "Fellgarth County Council appoints three members and each other council two. Each "
        "member has one vote. The Chair is elected each June."
    )
    d.add_heading("Article 4 – Sub-committee and officers", level=1)
    d.add_paragraph(
        "The Committee has a Collections Sub-committee, which decides on acquisitions and "
        "loans. The Archives Officer Board, of one senior officer from each council, prepares "
        "the budget."
    )
    d.add_heading("Article 5 – Amendment", level=1)
    d.add_paragraph(
        "This Constitution may be changed only with the agreement of each constituent "
        "council, on the recommendation of the Committee."
    )
    d.save(path)
