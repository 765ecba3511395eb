"""Sandrigg Cabinet Member key decision record on a refreshed voluntary sector compact, DOCX.

What it tests: no heading styles; two bold title lines; "Part A" to "Part C" bold headings; the
key facts in a two-column form table (label | value) whose "Decision title" row is the title,
and whose "Parties to the Compact" row holds a nested table (Sector | Organisation) in its
value cell, the sector printed once per group; a Cabinet Member (an office) as decision maker;
a group's earlier endorsement; the Leader consulted (not a step); call-in date; "in January"
resolved from the decision date; no level named.
"""

from __future__ import annotations

from pathlib import Path

from _docx import bold_cell, bold_heading, new_document

PARTIES = [
    ("Public sector", "Sandrigg District Council"),
    ("", "Sandrigg and Cawdmoor Integrated Care Board"),
    ("", "Cawdmoor Police"),
    ("Voluntary and community sector", "Sandrigg Council for Voluntary Service"),
    ("", "Sandrigg Rural Action"),
    ("", "Cawdmoor Valley Citizens Advice"),
    ("", "Sandrigg Older People's Forum"),
]


def write(path: Path) -> None:
    document = new_document()
    bold_heading(document, "SANDRIGG DISTRICT COUNCIL", size=14)
    bold_heading(document, "Record of a Key Decision by a Cabinet Member", size=13)
    bold_heading(document, "Part A – The decision")
    rows = [
        ("Decision reference", "KD/2025/39"),
        ("Decision title", "Sandrigg Voluntary and Community Sector Compact 2025"),
        ("Decision maker", "Cabinet Member for Stronger Communities"),
        ("Date of decision", "23/10/2025"),
        (
            "Decision",
            "To approve the refreshed Sandrigg Voluntary and Community Sector Compact 2025 "
            "on behalf of Sandrigg District Council.",
        ),
        ("Parties to the Compact", None),
        ("Date published", "27/10/2025"),
        ("Call-in deadline", "5pm, 3 November 2025"),
    ]
    table = document.add_table(rows=len(rows), cols=2)
    table.style = "Table Grid"
    for index, (label, value) in enumerate(rows):
        bold_cell(table.cell(index, 0), label)
        cell = table.cell(index, 1)
        if value is not None:
            cell.text = value
            continue
        cell.text = "The Compact is between:"
        inner = cell.add_table(rows=1 + len(PARTIES), cols=2)
        inner.style = "Table Grid"
        bold_cell(inner.cell(0, 0), "Sector")
        bold_cell(inner.cell(0, 1), "Organisation")
        for row, (sector, org) in enumerate(PARTIES, start=1):
            inner.cell(row, 0).text = sector
            inner.cell(row, 1).text = org
    document.add_paragraph("")
    bold_heading(document, "Part B – Reasons and background")
    document.add_paragraph(
        "The first Sandrigg Compact dates from 2011. The refreshed Compact keeps its five "
        "commitments on funding, consultation and volunteering, and adds a commitment to pay "
        "grants on time. The Sandrigg Compact Partnership Group, which brings the parties "
        "together, endorsed the refreshed Compact on 9 October 2025."
    )
    document.add_paragraph(
        "The Leader of the Council was consulted and supports the decision. The refreshed Compact "
        "will be launched at a voluntary sector conference in January."
    )
    bold_heading(document, "Part C – Alternatives considered")
    document.add_paragraph(
        "To let the Compact lapse. Rejected: the voluntary sector asked for it to be renewed."
    )
    document.add_paragraph("Contact: Policy and Partnerships Team, Sandrigg District Council")
    document.save(path)
