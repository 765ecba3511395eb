"""Tennerby community safety partnership agreement, as a DOCX without heading styles.

What it tests: bold upper-case unnumbered headings in Normal paragraphs; the responsible
authorities inline after "The responsible authorities for Tennerby are ..." (one sentence, with
a leading "the" on one of them); other partners in "List Bullet" after "The other partners
are:"; the Police and Crime Commissioner as a funder (not a party); a document-control table
whose "Approved by" cells hold a dash for a draft row; "9th Oct 2025" dates; "last month"
resolved from the document's own date; ward panels.
"""

from __future__ import annotations

from pathlib import Path

from _docx import bold_heading, grid_table, new_document


def write(path: Path) -> None:
    document = new_document()
    bold_heading(document, "SAFER TENNERBY PARTNERSHIP AGREEMENT", size=15)
    document.add_paragraph("Dated 20th Oct 2025")

    grid_table(
        document,
        ["Version", "Date", "Author", "Approved by"],
        [
            ("0.3", "12th Sep 2025", "Community Safety Manager", "—"),
            ("1.0", "9th Oct 2025", "Community Safety Manager", "Safer Tennerby Partnership Board"),
        ],
    )

    bold_heading(document, "INTRODUCTION")
    document.add_paragraph(
        "Section 5 of the Crime and Disorder Act 1998 requires the responsible authorities in "
        "each district to work together to reduce crime and disorder. The responsible "
        "authorities for Tennerby are Tennerby District Council, Hallshire County Council, "
        "Hallshire Police, Hallshire Fire and Rescue Service, the Probation Service and Hallshire "
        "and Tennerby Integrated Care Board. Together they form the Safer Tennerby Partnership."
    )

    bold_heading(document, "OTHER PARTNERS")
    document.add_paragraph("The other partners are:")
    for name in [
        "Tennerby Homes",
        "Tennerby Business Improvement District",
        "Hallshire Victim Support Service",
        "Tennerby Youth Action",
    ]:
        document.add_paragraph(name, style="List Bullet")
    document.add_paragraph(
        "The Police and Crime Commissioner for Hallshire funds part of the Partnership's work "
        "but is not a party to this Agreement."
    )

    bold_heading(document, "HOW THE PARTNERSHIP WORKS")
    document.add_paragraph(
        "The Safer Tennerby Partnership Board sets the priorities in the strategic assessment "
        "and meets every quarter. The Joint Action Group deals with places and people causing "
        "most harm, and four Ward Action Panels bring residents and officers together in each "
        "ward. The Partnership's work is scrutinised by the council's Overview and Scrutiny "
        "Committee once a year."
    )

    bold_heading(document, "PRIORITIES")
    document.add_paragraph(
        "Anti-social behaviour, violence against women and girls, and drug-related harm. The "
        "strategic assessment completed last month sets these out in detail."
    )

    bold_heading(document, "APPROVAL")
    document.add_paragraph(
        "The Safer Tennerby Partnership Board approved this Agreement on 9th Oct 2025."
    )
    document.save(path)
