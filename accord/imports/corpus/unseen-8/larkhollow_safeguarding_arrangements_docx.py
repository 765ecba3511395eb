"""Larkhollow safeguarding children arrangements, as a DOCX without heading styles.

What it tests: two bold title lines and "Published: 28/11/2025"; bold upper-case unnumbered
headings; "The safeguarding partners for Larkhollow are:" followed by "List Number" items
with trailing semicolons and "and"; lead safeguarding partners who are posts; the relevant
agencies only in an appendix table whose sector bands are rows merged across the table (the
categories) over an Agency / Safeguarding lead header; an independent scrutineer (a person);
agreement by "the lead safeguarding partners" (a class), noting by a board, publication; a
future annual report "in September"; neighbourhood forums.
"""

from __future__ import annotations

from pathlib import Path

from _docx import bold_cell, bold_heading, mark_header_row, merge_across, new_document

AGENCIES = [
    (
        "Education",
        [
            ("Larkhollow Schools Partnership", "Designated Safeguarding Lead Network Chair"),
            ("Cragmere Academies Trust", "Director of Safeguarding"),
            ("Larkhollow College", "Head of Student Welfare"),
        ],
    ),
    (
        "Health",
        [
            ("Larkhollow Hospitals NHS Foundation Trust", "Named Nurse for Safeguarding Children"),
            ("Sallowby Community and Mental Health NHS Trust", "Head of Safeguarding"),
        ],
    ),
    (
        "Voluntary sector",
        [
            ("Larkhollow Youth Trust", "Chief Executive"),
            ("Sallowby Family Support", "Service Manager"),
        ],
    ),
]


def write(path: Path) -> None:
    document = new_document()
    bold_heading(document, "LARKHOLLOW SAFEGUARDING CHILDREN PARTNERSHIP", size=15)
    bold_heading(document, "Multi-agency safeguarding arrangements", size=13)
    document.add_paragraph("Published: 28/11/2025")

    bold_heading(document, "OUR ARRANGEMENTS")
    document.add_paragraph(
        "These arrangements describe how agencies in Larkhollow work together to safeguard and "
        "promote the welfare of children, as Working Together to Safeguard Children 2023 requires."
    )
    bold_heading(document, "THE SAFEGUARDING PARTNERS")
    document.add_paragraph("The safeguarding partners for Larkhollow are:")
    for item in [
        "Larkhollow City Council;",
        "Larkhollow and Sallowby Integrated Care Board; and",
        "Sallowby Constabulary.",
    ]:
        document.add_paragraph(item, style="List Number")
    document.add_paragraph(
        "The lead safeguarding partners are the council's Chief Executive, the ICB's Chief "
        "Executive and the Chief Constable. The Larkhollow Safeguarding Children Partnership "
        "Executive, chaired in turn by their delegates, meets every two months. Three "
        "Neighbourhood Safeguarding Forums bring practitioners together locally."
    )
    bold_heading(document, "RELEVANT AGENCIES")
    document.add_paragraph(
        "The relevant agencies named by the safeguarding partners are listed in Appendix A."
    )
    bold_heading(document, "INDEPENDENT SCRUTINY")
    document.add_paragraph(
        "Dr Fiona Kerr is the independent scrutineer. Her findings will be included in the "
        "Partnership's next annual report, to be published in September."
    )
    bold_heading(document, "HOW WE AGREED THESE ARRANGEMENTS")
    document.add_paragraph(
        "The lead safeguarding partners agreed these arrangements on 14/11/2025. The Larkhollow "
        "Health and Wellbeing Board noted them on 26/11/2025, and they were published on "
        "28/11/2025."
    )
    bold_heading(document, "APPENDIX A – RELEVANT AGENCIES")
    rows = 1 + sum(1 + len(a) for _, a in AGENCIES)
    table = document.add_table(rows=rows, cols=2)
    table.style = "Table Grid"
    bold_cell(table.cell(0, 0), "Agency")
    bold_cell(table.cell(0, 1), "Safeguarding lead")
    mark_header_row(table.rows[0])
    r = 1
    for sector, agencies in AGENCIES:
        merge_across(table, row=r, text=sector, bold=True)
        r += 1
        for agency, lead in agencies:
            table.cell(r, 0).text = agency
            table.cell(r, 1).text = lead
            r += 1
    document.save(path)
