"""Trevally cabinet report proposing a joint committee, as a DOCX without heading styles.

What it tests: a council cover report whose headings are bold Normal paragraphs without
numbers; a two-column facts table; "That Cabinet:" with upper-case verbs AGREES / RECOMMENDS /
NOTES, the recommendation leading to a later Full Council decision on a stated date; an earlier
"considered ... and supported" by a scrutiny panel (consider); parties inline between dashes
after "the three coastal councils"; no agreement appended, so the title is the appendix as
listed; "last December" and "in March" resolved from the meeting date (January 2026).
"""

from __future__ import annotations

from pathlib import Path

from _docx import bold_cell, bold_heading, new_document

FACTS = [
    ("Meeting", "Cabinet"),
    ("Date", "Wednesday 21 January 2026"),
    ("Report title", "Proposed Trevally Coast Joint Economic Prosperity Committee"),
    ("Portfolio holder", "Cabinet Member for Economy and Regeneration"),
    ("Report author", "Head of Economic Development"),
    ("Key decision", "Yes"),
]

SECTIONS = [
    (
        "Summary",
        [
            "The leaders of the three coastal councils - Trevally District Council, Brayholm "
            "Borough Council and Kirkwold District Council - agreed last December to explore a "
            "joint committee for economic development along the Trevally coast. This report "
            "sets out the proposal and the draft constitution of the committee.",
        ],
    ),
    (
        "Recommendations",
        [
            "That Cabinet:",
            "1. AGREES in principle to establish the Trevally Coast Joint Economic Prosperity "
            "Committee with Brayholm Borough Council and Kirkwold District Council, on the "
            "terms of the draft constitution at Appendix A;",
            "2. RECOMMENDS Full Council to approve the constitution and the delegation of the "
            "Council's economic development functions to the joint committee, at its meeting on "
            "26 February 2026; and",
            "3. NOTES that the joint committee is expected to meet for the first time in March.",
        ],
    ),
    (
        "Background",
        [
            "The three councils share a coastline, a labour market and a single visitor economy, "
            "but each has its own economic strategy. A joint committee would let them bid for "
            "funding together and agree one investment plan. The Economy Scrutiny Panel "
            "considered the proposal on 8 January 2026 and supported it.",
        ],
    ),
    (
        "Options considered",
        [
            "Informal joint working was considered and rejected because it cannot take binding "
            "decisions on joint funding bids.",
        ],
    ),
    (
        "Financial implications",
        ["Each council will contribute 25,000 pounds a year to a shared officer team."],
    ),
    (
        "Legal implications",
        [
            "Sections 101 and 102 of the Local Government Act 1972 allow councils to discharge "
            "functions through a joint committee. The delegation of functions needs a decision "
            "of Full Council.",
        ],
    ),
    (
        "Appendices",
        [
            "Appendix A - Draft Constitution of the Trevally Coast Joint Economic Prosperity "
            "Committee"
        ],
    ),
]


def write(path: Path) -> None:
    document = new_document()
    bold_heading(document, "TREVALLY DISTRICT COUNCIL", size=16)
    table = document.add_table(rows=len(FACTS), cols=2)
    table.style = "Table Grid"
    for row, (label, value) in zip(table.rows, FACTS, strict=True):
        bold_cell(row.cells[0], label)
        row.cells[1].text = value
    for heading, paragraphs in SECTIONS:
        bold_heading(document, heading)
        for text in paragraphs:
            document.add_paragraph(text)
    document.save(path)
