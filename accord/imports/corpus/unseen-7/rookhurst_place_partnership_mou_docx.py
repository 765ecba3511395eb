"""Rookhurst place partnership memorandum of understanding, as a DOCX without heading styles.

What it tests: bold Normal paragraphs as headings, lettered "A. ..." to "G. ..."; a bold
two-line title; a version table before the first heading (Version | Date | Approved by) with
two-digit-year numeric dates (02/10/25); the partners in a table (Partner | Represented by)
whose groups are full-width merged band rows ("NHS partners", "Local authority partners",
"Community partners"), with a page break inside the table; posts in the second column; the
ICB's place committee and the council's cabinet as approvers; neighbourhood teams; "from next
April" resolved from the version date.
"""

from __future__ import annotations

from pathlib import Path

from _docx import bold_cell, bold_heading, grid_table, mark_header_row, merge_across, new_document

GROUPS = [
    (
        "NHS partners",
        [
            ("Rookhurst and Vane Integrated Care Board", "Director of Place, Rookhurst"),
            ("Rookhurst General Hospital NHS Trust", "Chief Operating Officer"),
            ("Vane Valley Community Health NHS Trust", "Director of Operations"),
            ("Rookhurst Primary Care Alliance", "Clinical Chair"),
        ],
    ),
    (
        "Local authority partners",
        [
            ("Rookhurst Metropolitan Borough Council", "Director of Adult Care and Health"),
        ],
    ),
    (
        "Community partners",
        [
            ("Rookhurst Community Voluntary Service", "Chief Executive"),
            ("Healthwatch Rookhurst", "Manager"),
            ("Rookhurst Carers Hub", "Chief Officer"),
        ],
    ),
]


def write(path: Path) -> None:
    document = new_document()
    bold_heading(document, "ROOKHURST HEALTH AND CARE PARTNERSHIP", size=15)
    bold_heading(document, "Memorandum of Understanding", size=13)

    grid_table(
        document,
        ["Version", "Date", "Approved by"],
        [
            (
                "1.0",
                "18/09/25",
                "Rookhurst Place Committee of Rookhurst and Vane Integrated Care Board",
            ),
            ("1.0", "02/10/25", "Cabinet of Rookhurst Metropolitan Borough Council"),
        ],
    )

    bold_heading(document, "A. Introduction")
    document.add_paragraph(
        "This Memorandum sets out how the partners below will work together as the Rookhurst "
        "Health and Care Partnership, the place-based partnership for Rookhurst within the "
        "Rookhurst and Vane integrated care system. It comes into effect from next April, when "
        "the place budget is first delegated."
    )

    bold_heading(document, "B. The partners")
    rows = sum(len(m) + 1 for _, m in GROUPS)
    table = document.add_table(rows=1 + rows, cols=2)
    table.style = "Table Grid"
    bold_cell(table.rows[0].cells[0], "Partner")
    bold_cell(table.rows[0].cells[1], "Represented by")
    mark_header_row(table.rows[0])
    r = 1
    for group, members in GROUPS:
        merge_across(table, row=r, text=group, bold=True)
        if group == "Community partners":
            table.cell(r, 0).paragraphs[0].paragraph_format.page_break_before = True
        r += 1
        for org, rep in members:
            table.cell(r, 0).text = org
            table.cell(r, 1).text = rep
            r += 1

    bold_heading(document, "C. Principles")
    document.add_paragraph(
        "The partners will decide things as close to residents as they can, share information "
        "by default and hold one another to account openly."
    )

    bold_heading(document, "D. Governance")
    document.add_paragraph(
        "The Rookhurst Health and Care Partnership Board is made up of the representatives in "
        "section B. It makes recommendations to the Rookhurst Place Committee, which holds the "
        "delegated budget, and to the council's Cabinet. Six Neighbourhood Teams, one for each "
        "primary care network, carry out the Partnership's work locally."
    )

    bold_heading(document, "E. Finance")
    document.add_paragraph("This Memorandum does not pool or transfer money.")

    bold_heading(document, "F. Review")
    document.add_paragraph("The Partnership Board will review this Memorandum in its first year.")

    bold_heading(document, "G. Approval")
    document.add_paragraph(
        "The Partnership Board recommended this Memorandum on 04/09/25. It was then approved by "
        "the bodies shown in the version table at the front of this document."
    )
    document.save(path)
