"""Tarnbeck voluntary sector compact, as a DOCX with heading styles.

What it tests: "Title" and unnumbered "Heading 1"s; values in a two-column Word table
(Value | What it means) under the "Our values" heading rather than in a list; commitments in
"List Number" (not values); adoption in prose by a partnership board, then signature at a
relaunch; the parties only in the signature table at the end, whose "Sector" column is merged
down over each sector's rows; dates "13th November 2025" and "27/11/2025"; "last year" and
"next April" resolved from the compact's date.
"""

from __future__ import annotations

from pathlib import Path

from _docx import bold_cell, mark_header_row, merge_down, new_document

VALUES = [
    ("Independence", "The voluntary sector's right to campaign and to challenge is respected."),
    ("Fairness", "Funding and commissioning are open, proportionate and paid on time."),
    ("Partnership", "Decisions that affect the sector are made with it, early."),
]

COMMITMENTS = [
    "Public bodies will give at least twelve weeks' notice of changes to funding.",
    "Grants will normally run for three years.",
    "The voluntary sector will share evidence of need and of what works.",
]

SIGNATORIES = [
    (
        "Public sector",
        [
            ("Tarnbeck Borough Council", "Leader of the Council", "27/11/2025"),
            ("Ellerby and Tarnbeck Integrated Care Board", "Place Director", "27/11/2025"),
            ("Ellerby Police", "Chief Superintendent", "27/11/2025"),
        ],
    ),
    (
        "Voluntary and community sector",
        [
            ("Tarnbeck Council for Voluntary Service", "Chair", "27/11/2025"),
            ("Tarnbeck Community Foundation", "Chief Executive", "27/11/2025"),
            ("Tarnbeck Black and Minority Ethnic Network", "Coordinator", "01/12/2025"),
        ],
    ),
]


def write(path: Path) -> None:
    document = new_document()
    document.add_paragraph("The Tarnbeck Compact", style="Title")
    document.add_paragraph("Refreshed November 2025")

    document.add_heading("About the Compact", level=1)
    document.add_paragraph(
        "The Compact is an agreement between public bodies and the voluntary and community "
        "sector in Tarnbeck. It was first signed in 2012. A review last year found that few "
        "staff knew about it, so the Tarnbeck Together Partnership Board asked for a shorter, "
        "refreshed Compact that covers Tarnbeck as a place and the work of the ward-based "
        "community networks."
    )

    document.add_heading("Our values", level=1)
    table = document.add_table(rows=1, cols=2)
    table.style = "Table Grid"
    bold_cell(table.cell(0, 0), "Value")
    bold_cell(table.cell(0, 1), "What it means")
    mark_header_row(table.rows[0])
    for value, meaning in VALUES:
        cells = table.add_row().cells
        cells[0].text = value
        cells[1].text = meaning

    document.add_heading("Our commitments", level=1)
    for commitment in COMMITMENTS:
        document.add_paragraph(commitment, style="List Number")

    document.add_heading("Keeping the Compact alive", level=1)
    document.add_paragraph(
        "The Compact Champions Group, with members from both sectors, checks how the Compact is "
        "working and publishes an annual report. The first report is due next April."
    )

    document.add_heading("Adoption", level=1)
    document.add_paragraph(
        "The Tarnbeck Together Partnership Board adopted the refreshed Compact at its meeting "
        "on 13th November 2025. It was signed at the Compact relaunch event and afterwards by "
        "the organisations below."
    )

    document.add_heading("Signatories", level=1)
    rows = sum(len(group) for _, group in SIGNATORIES)
    sign = document.add_table(rows=1 + rows, cols=4)
    sign.style = "Table Grid"
    for cell, label in zip(
        sign.rows[0].cells, ["Sector", "Organisation", "Signed by", "Date"], strict=True
    ):
        bold_cell(cell, label)
    mark_header_row(sign.rows[0])
    row = 1
    for sector, members in SIGNATORIES:
        for index, (org, post, date) in enumerate(members):
            sign.cell(row + index, 1).text = org
            sign.cell(row + index, 2).text = post
            sign.cell(row + index, 3).text = date
        merge_down(sign, column=0, first_row=row, last_row=row + len(members) - 1, text=sector)
        row += len(members)
    document.save(path)
