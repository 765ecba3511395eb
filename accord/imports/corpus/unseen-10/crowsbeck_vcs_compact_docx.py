"""Crowsbeck voluntary and community sector compact, as a DOCX without heading styles.

What it tests: headings as bold Normal paragraphs in capitals with no numbers; the title as
one large bold line; values as a run-in list in one sentence ("Our values are
trust, fairness, independence and partnership."), not bullets; commitments in a table (The
public sector will / The voluntary sector will), not values; the signatories only in a
numbered signature table at the end (No. / Organisation / Signed by / Date signed), with a
"Sector" band merged across the table before each group (the categories); adoption in
prose by a council's Cabinet and the ICB's place committee and endorsement by the
voluntary sector assembly's steering group; "last month" resolved from the compact's date;
"6th day of November 2025".
"""

from __future__ import annotations

from pathlib import Path

from _docx import bold_heading, grid_table, merge_across, new_document


def write(path: Path) -> None:
    d = new_document()
    bold_heading(d, "CROWSBECK COMPACT", size=20)
    d.add_paragraph("This Compact is dated the 6th day of November 2025.")
    bold_heading(d, "ABOUT THIS COMPACT")
    d.add_paragraph(
        "The Crowsbeck Compact is an agreement between the public bodies that fund and "
        "commission services in Crowsbeck and the voluntary and community organisations that "
        "deliver them. It covers Crowsbeck as a place and each of its neighbourhoods. It "
        "replaces the 2019 Compact."
    )
    bold_heading(d, "OUR VALUES")
    d.add_paragraph("Our values are trust, fairness, independence and partnership.")
    bold_heading(d, "WHAT WE WILL DO")
    grid_table(
        d,
        ["The public sector will", "The voluntary sector will"],
        [
            ("Give 12 weeks' notice of changes to funding", "Be open about how money is spent"),
            ("Pay grants in advance where it can", "Involve service users in design"),
            ("Consult before a decision is made", "Represent the views of communities"),
        ],
    )
    bold_heading(d, "MAKING THE COMPACT WORK")
    d.add_paragraph(
        "The Crowsbeck Compact Group of officers and sector leaders meets each quarter and "
        "reports each year to the Crowsbeck Partnership Board. Complaints that the Compact "
        "has been broken go first to the Compact Group."
    )
    bold_heading(d, "HOW THE COMPACT WAS AGREED")
    d.add_paragraph(
        "The Steering Group of the Crowsbeck Voluntary Sector Assembly endorsed the Compact "
        "last month, on behalf of the sector's member organisations. The Cabinet of Crowsbeck "
        "Borough Council adopted it on 29 October 2025 and the Crowsbeck Place Committee of "
        "Brackenholt and Crowsbeck Integrated Care Board adopted it on 4 November 2025."
    )
    bold_heading(d, "SIGNATURES")
    rows = [
        ("Public sector", None),
        ("1", "Crowsbeck Borough Council", "Leader of the Council", "06/11/2025"),
        ("2", "Brackenholt and Crowsbeck Integrated Care Board", "Place Director", "06/11/2025"),
        ("3", "Crowsbeck Police", "Superintendent, Crowsbeck", "06/11/2025"),
        ("Voluntary and community sector", None),
        ("4", "Crowsbeck Council for Voluntary Service", "Chief Officer", "06/11/2025"),
        ("5", "Crowsbeck Citizens Advice", "Chair", "06/11/2025"),
        ("6", "Crowsbeck Community Transport", "Chair", "10/11/2025"),
    ]
    table = grid_table(d, ["No.", "Organisation", "Signed by", "Date signed"], [])
    for row in rows:
        cells = table.add_row().cells
        if row[1] is None:
            merge_across(table, row=len(table.rows) - 1, text=row[0], bold=True)
        else:
            for cell, value in zip(cells, row, strict=True):
                cell.text = value
    d.save(path)
