"""Yarlstone primary care networks collaboration agreement, as a DOCX with heading styles.

What it tests: the title inside a one-cell shaded table at the top (like a text box), with a
Normal line under it giving the date ("Dated 3rd November 2025"); numbered "Heading 1"
sections; the member practices in a table (Network / Practice / ODS code) whose "Network"
column is merged down over each network's practices (the category), with the header row
marked to repeat; the federation that hosts the staff named as a party in prose after the
table; agreement by a collaborative board and endorsement by an ICB place committee named
"of" its ICB; a signature table with one row per practice and one for the federation, all on
the Agreement's date; "Yarlstone as a place" and primary care networks (place, community).
"""

from __future__ import annotations

from pathlib import Path

from _docx import bold_cell, grid_table, merge_down, new_document

PRACTICES = [
    ("Yarlstone North PCN", "Abbotsgate Medical Practice", "Y81001"),
    ("Yarlstone North PCN", "Harefield Road Surgery", "Y81004"),
    ("Yarlstone North PCN", "Millstream Health Centre", "Y81009"),
    ("Yarlstone South PCN", "Southgate Family Practice", "Y81012"),
    ("Yarlstone South PCN", "Brook Lane Surgery", "Y81015"),
]


def shade(cell, fill: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(shading)


def write(path: Path) -> None:
    from docx.shared import Pt

    document = new_document()
    box = document.add_table(rows=1, cols=1)
    box.style = "Table Grid"
    cell = box.rows[0].cells[0]
    cell.text = ""
    run = cell.paragraphs[0].add_run("Yarlstone Primary Care Networks Collaboration Agreement")
    run.bold = True
    run.font.size = Pt(18)
    shade(cell, "DCE6F1")
    document.add_paragraph("Dated 3rd November 2025")

    document.add_heading("1. Background", level=1)
    document.add_paragraph(
        "The two primary care networks in Yarlstone agree to share their additional roles "
        "staff, their extended access hours and a single care home service, so that patients "
        "in either network get the same offer. It supports the health and care plan for "
        "Yarlstone as a place."
    )
    document.add_heading("2. Members", level=1)
    document.add_paragraph("The member practices of each network are:")
    table = grid_table(document, ["Network", "Practice", "ODS code"], PRACTICES)
    merge_down(table, column=0, first_row=1, last_row=3, text="Yarlstone North PCN")
    merge_down(table, column=0, first_row=4, last_row=5, text="Yarlstone South PCN")
    document.add_paragraph(
        "Yarlstone GP Federation Limited is also a party to this Agreement: it employs the "
        "shared staff on behalf of both networks."
    )
    document.add_heading("3. Shared services", level=1)
    document.add_paragraph(
        "The shared care home service starts on 1 December 2025. Extended access appointments "
        "will be offered from one hub in each network."
    )
    document.add_heading("4. Governance", level=1)
    document.add_paragraph(
        "The Yarlstone PCN Collaborative Board, made up of the two clinical directors, a "
        "practice manager from each network and the Federation's chief executive, oversees "
        "this Agreement and meets monthly."
    )
    document.add_heading("5. Agreement and endorsement", level=1)
    document.add_paragraph(
        "The Yarlstone PCN Collaborative Board agreed this Agreement on 14 October 2025. The "
        "Yarlstone Place Committee of Dales and Yarl Integrated Care Board endorsed it on "
        "28 October 2025."
    )
    document.add_heading("6. Signatures", level=1)
    signatures = document.add_table(rows=1, cols=3)
    signatures.style = "Table Grid"
    for c, label in zip(signatures.rows[0].cells, ["Signed for", "Name", "Date"], strict=True):
        bold_cell(c, label)
    for values in [
        ("Abbotsgate Medical Practice", "Dr Helen Oduya, Senior Partner", "3 November 2025"),
        ("Harefield Road Surgery", "Dr Amir Saleh, Partner", "3 November 2025"),
        ("Millstream Health Centre", "Dr Clare Finney, Partner", "3 November 2025"),
        ("Southgate Family Practice", "Dr Simon Kettle, Senior Partner", "3 November 2025"),
        ("Brook Lane Surgery", "Dr Nia Roberts, Partner", "3 November 2025"),
        ("Yarlstone GP Federation Limited", "Ruth Bamber, Chief Executive", "3 November 2025"),
    ]:
        cells = signatures.add_row().cells
        for c, v in zip(cells, values, strict=True):
            c.text = v
    document.save(path)
