"""Fernhallow domestic abuse safe accommodation partnership agreement, as a DOCX.

What it tests: no heading styles (bold lettered headings "A) ..."); a defined role in
brackets after the lead authority; approval in prose by a named board; the parties only in a
schedule at the back, as a Word table whose groups are full-width merged band rows with a
"Named lead" column of posts; then a signature table (Organisation | Signed by | Date) in a
different order, dates as "1st Aug 2025" and `05.08.2025`; no level named.
"""

from __future__ import annotations

from pathlib import Path

from _docx import bold_cell, bold_heading, grid_table, mark_header_row, merge_across, new_document

SCHEDULE = [
    ("Lead authority", [("Fernhallow County Council", "Head of Domestic Abuse Services")]),
    (
        "District councils",
        [
            ("Brackenford District Council", "Housing Options Manager"),
            ("Fernhallow Vale Borough Council", "Head of Housing"),
            ("Coldstone District Council", "Housing Options Manager"),
        ],
    ),
    (
        "Specialist providers",
        [
            ("Fernhallow Women's Aid", "Chief Executive"),
            ("Safe Haven Fernhallow", "Services Director"),
            ("Fernway Housing Association", "Director of Supported Housing"),
        ],
    ),
]

SIGNATURES = [
    ("Fernhallow County Council", "Director of Adult Social Care", "1st Aug 2025"),
    ("Fernhallow Women's Aid", "Chief Executive", "1st Aug 2025"),
    ("Safe Haven Fernhallow", "Services Director", "1st Aug 2025"),
    ("Brackenford District Council", "Chief Executive", "05.08.2025"),
    ("Fernhallow Vale Borough Council", "Chief Executive", "05.08.2025"),
    ("Coldstone District Council", "Chief Executive", "05.08.2025"),
    ("Fernway Housing Association", "Chief Executive", "12.08.2025"),
]

SECTIONS = [
    (
        "A) Background",
        [
            'Part 4 of the Domestic Abuse Act 2021 gives Fernhallow County Council (the "Lead '
            'Authority") a duty to assess the need for safe accommodation and to provide support '
            "within it. The district councils hold the housing duties. This Agreement sets out how "
            "they and the specialist providers will work together so that no survivor is turned "
            "away for want of a bed.",
        ],
    ),
    (
        "B) What the partners will do",
        [
            "The Lead Authority will commission support in refuges and dispersed accommodation. "
            "The district councils will make homes available for move-on. The providers will "
            "run the services and report monthly on occupancy and outcomes.",
        ],
    ),
    (
        "C) Governance",
        [
            "The Fernhallow Domestic Abuse Local Partnership Board oversees this Agreement. Its "
            "Safe Accommodation Working Group meets every month. The Board reports each year to "
            "the Fernhallow Safer Communities Partnership.",
        ],
    ),
    (
        "D) Money",
        [
            "Funding comes from the Ministry of Housing, Communities and Local Government's "
            "safe accommodation grant, passed to the providers by the Lead Authority.",
        ],
    ),
    (
        "E) Approval",
        [
            "The Fernhallow Domestic Abuse Local Partnership Board agreed this Agreement at its "
            "meeting on Thursday 17 July 2025. It takes effect when signed by every party.",
        ],
    ),
]


def write(path: Path) -> None:
    document = new_document()
    bold_heading(document, "Fernhallow Safe Accommodation Partnership Agreement", size=16)
    bold_heading(document, "2025 to 2028", size=12)
    for heading, paragraphs in SECTIONS:
        bold_heading(document, heading)
        for text in paragraphs:
            document.add_paragraph(text)
    bold_heading(document, "Schedule - The parties")
    rows = sum(len(group) for _, group in SCHEDULE) + len(SCHEDULE)
    table = document.add_table(rows=1 + rows, cols=2)
    table.style = "Table Grid"
    bold_cell(table.cell(0, 0), "Organisation")
    bold_cell(table.cell(0, 1), "Named lead")
    mark_header_row(table.rows[0])
    row = 1
    for group, members in SCHEDULE:
        merge_across(table, row=row, text=group, bold=True)
        row += 1
        for org, lead in members:
            table.cell(row, 0).text = org
            table.cell(row, 1).text = lead
            row += 1
    bold_heading(document, "Signatures")
    grid_table(document, ["Organisation", "Signed by", "Date"], SIGNATURES)
    document.save(path)
