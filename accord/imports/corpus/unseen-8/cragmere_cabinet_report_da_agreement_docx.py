"""Cragmere Cabinet report with a domestic abuse partnership agreement appended, as a DOCX.

What it tests: a council committee report ("Title" is the council's name) with a cover-facts
table without header row (the "Subject" row is not the title); numbered "Heading 1"s for the
report; recommendations "That Cabinet: (a) approves ... (b) recommends ... to Full Council
for adoption on 22 January 2026"; the agreement appended after an "Appendix 1: ..." Heading 1,
with its own numbered "Heading 1"s restarting at 1 (sections too) and its members in "List
Bullet" under two "Heading 2"s (the categories, not sections); the board's earlier agreement
told in both the report and the appendix (one step); a needs assessment "in August".
"""

from __future__ import annotations

from pathlib import Path

from _docx import new_document

FACTS = [
    ("Meeting", "Cabinet, 9 December 2025"),
    ("Report of", "Director of Communities"),
    ("Cabinet Member", "Cabinet Member for Safer Communities"),
    ("Subject", "Domestic abuse partnership arrangements"),
    ("Key decision", "Yes"),
    ("Wards affected", "All"),
]


def write(path: Path) -> None:
    document = new_document()
    document.add_paragraph("Cragmere Borough Council", style="Title")
    table = document.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for label, value in FACTS:
        cells = table.add_row().cells
        cells[0].paragraphs[0].add_run(label).bold = True
        cells[1].text = value

    document.add_paragraph("1. Recommendations", style="Heading 1")
    document.add_paragraph("That Cabinet:")
    document.add_paragraph(
        "(a) approves the Cragmere Domestic Abuse Partnership Agreement at Appendix 1; and"
    )
    document.add_paragraph(
        "(b) recommends the Agreement to Full Council for adoption at its meeting on 22 January "
        "2026."
    )
    document.add_paragraph("2. Background", style="Heading 1")
    document.add_paragraph(
        "2.1 The council must have a domestic abuse local partnership board. The Cragmere Domestic "
        "Abuse Local Partnership Board completed a needs assessment in August and agreed the "
        "Agreement on 18 November 2025."
    )
    document.add_paragraph("3. Financial implications", style="Heading 1")
    document.add_paragraph("3.1 None beyond existing budgets.")
    document.add_paragraph("4. Legal implications", style="Heading 1")
    document.add_paragraph(
        "4.1 The Agreement supports the council's duties under Part 4 of the Domestic Abuse Act "
        "2021."
    )
    document.add_paragraph("5. Appendices", style="Heading 1")
    document.add_paragraph("Appendix 1: Cragmere Domestic Abuse Partnership Agreement")

    document.add_page_break()
    document.add_paragraph(
        "Appendix 1: Cragmere Domestic Abuse Partnership Agreement", style="Heading 1"
    )
    document.add_paragraph("1. Purpose", style="Heading 1")
    document.add_paragraph(
        "1.1 This Agreement sets out how the members of the Cragmere Domestic Abuse Local "
        "Partnership Board will commission and deliver safe accommodation and community support "
        "for victims of domestic abuse and their children."
    )
    document.add_paragraph("2. Members", style="Heading 1")
    document.add_paragraph("Statutory members", style="Heading 2")
    for org in [
        "Cragmere Borough Council",
        "Cragmere and Fell Integrated Care Board",
        "Fell Valley Police",
    ]:
        document.add_paragraph(org, style="List Bullet")
    document.add_paragraph("Other members", style="Heading 2")
    for org in [
        "Cragmere Women's Aid",
        "Fellside Housing Association",
        "Cragmere Children's Centre Trust",
    ]:
        document.add_paragraph(org, style="List Bullet")
    document.add_paragraph("3. Approval", style="Heading 1")
    document.add_paragraph(
        "3.1 The Cragmere Domestic Abuse Local Partnership Board agreed this Agreement on "
        "18 November 2025. It takes effect once adopted by Full Council."
    )
    document.save(path)
