"""Yelvercombe joint public health committee constitution, as a DOCX without heading styles.

What it tests: two bold title lines; a document-control table before the first heading
(Version / Date / Status / Approved by) with three councils' adoptions (each "of" its council)
and a later amendment agreed by the committee itself, dates as "02 Jul 2025"; bold headings
"Rule N – ..."; the members in a two-column table whose column headers ("Constituent
councils", "Co-opted members") are the categories, one organisation per cell,
with an empty cell at the foot of the shorter column; no level.
"""

from __future__ import annotations

from pathlib import Path

from _docx import bold_cell, bold_heading, grid_table, mark_header_row, new_document

CONTROL = [
    ("1.0", "02 Jul 2025", "Adopted", "Cabinet of Yelvercombe County Council"),
    ("1.0", "09 Jul 2025", "Adopted", "Executive of Brockhallow District Council"),
    ("1.0", "16 Jul 2025", "Adopted", "Full Council of Nantwell Borough Council"),
    (
        "1.1",
        "22 Oct 2025",
        "Amendment agreed (Rule 5, quorum)",
        "Yelvercombe Joint Public Health Committee",
    ),
]

COUNCILS = [
    "Yelvercombe County Council",
    "Brockhallow District Council",
    "Nantwell Borough Council",
]
COOPTED = ["Yelvercombe and Brock Integrated Care Board", "Healthwatch Yelvercombe"]


def write(path: Path) -> None:
    document = new_document()
    bold_heading(document, "Yelvercombe Joint Public Health Committee", size=16)
    bold_heading(document, "Constitution", size=14)
    grid_table(document, ["Version", "Date", "Status", "Approved by"], CONTROL)

    bold_heading(document, "Rule 1 – Establishment")
    document.add_paragraph(
        "The Committee is a joint committee of the three constituent councils under sections "
        "101 and 102 of the Local Government Act 1972. It exercises the public health functions "
        "the councils delegate to it for the Yelvercombe area."
    )
    bold_heading(document, "Rule 2 – Membership")
    document.add_paragraph(
        "Each constituent council appoints two elected members. The co-opted members each "
        "appoint one representative, who may speak but not vote."
    )
    table = document.add_table(rows=1, cols=2)
    table.style = "Table Grid"
    bold_cell(table.rows[0].cells[0], "Constituent councils")
    bold_cell(table.rows[0].cells[1], "Co-opted members")
    mark_header_row(table.rows[0])
    for i in range(max(len(COUNCILS), len(COOPTED))):
        cells = table.add_row().cells
        cells[0].text = COUNCILS[i] if i < len(COUNCILS) else ""
        cells[1].text = COOPTED[i] if i < len(COOPTED) else ""
    bold_heading(document, "Rule 3 – Functions")
    document.add_paragraph(
        "The Committee commissions sexual health, substance misuse and healthy child services "
        "for the three council areas and agrees the joint public health budget. The Public "
        "Health Officers Group prepares its business."
    )
    bold_heading(document, "Rule 4 – Chair")
    document.add_paragraph("The chair rotates between the constituent councils each year.")
    bold_heading(document, "Rule 5 – Quorum and voting")
    document.add_paragraph(
        "The quorum is three voting members, including at least one from each constituent "
        "council. Decisions are taken by a simple majority of voting members present."
    )
    bold_heading(document, "Rule 6 – Changes to this constitution")
    document.add_paragraph(
        "Changes to Rules 2 to 6 may be agreed by the Committee. Any change to Rule 1 must be "
        "adopted by each constituent council."
    )
    document.save(path)
