"""Iverley cabinet report with an appended MOU, as a DOCX.

What it tests: a cover report with a facts table (Report of, Portfolio, Date of meeting, Key
decision); "Heading 1" sections; recommendations in "List Number" (approve, delegate, note);
an appendix heading followed by the MOU's own "Title" and "Heading 1" sections; parties named
in one sentence of the MOU with defined roles; values in "List Bullet"; no approval section in
the MOU, so the recommendations are the route; "Wednesday 11 June 2025" and "in April".
"""

from __future__ import annotations

from pathlib import Path

from _docx import bold_cell, new_document

FACTS = [
    ("Report of", "Director of Adult Services"),
    ("Portfolio", "Cabinet Member for Health and Adult Care"),
    ("Date of meeting", "Wednesday 11 June 2025"),
    ("Key decision", "No"),
    ("Wards affected", "All wards"),
]

RECOMMENDATIONS = [
    "approve the Iverley Hoarding and Self-Neglect Memorandum of Understanding at Appendix 1;",
    "delegate authority to the Director of Adult Services to sign the Memorandum on behalf of "
    "the Council and to agree minor changes with the other partners; and",
    "note that the Iverley Safeguarding Adults Board will monitor how the Memorandum works.",
]

VALUES = [
    "Respect for the person's own choices",
    "Patience: change takes time",
    "Honesty about risk",
]


def write(path: Path) -> None:
    document = new_document()
    document.add_paragraph("Iverley Borough Council", style="Title")
    document.add_paragraph("Report to Cabinet")
    table = document.add_table(rows=len(FACTS), cols=2)
    table.style = "Table Grid"
    for row, (label, value) in zip(table.rows, FACTS, strict=True):
        bold_cell(row.cells[0], label)
        row.cells[1].text = value
    document.add_paragraph("Joint working on hoarding and self-neglect")

    document.add_heading("1. Purpose of the report", level=1)
    document.add_paragraph(
        "To ask Cabinet to approve a memorandum of understanding between the Council and "
        "its partners on how they will support adults who hoard or neglect their own care."
    )
    document.add_heading("2. Recommendations", level=1)
    document.add_paragraph("Cabinet is recommended to:")
    for text in RECOMMENDATIONS:
        document.add_paragraph(text, style="List Number")
    document.add_heading("3. Background", level=1)
    document.add_paragraph(
        "A safeguarding adults review published in April found that five agencies knew of "
        "the risk to the person and none took the lead. The partners drafted the memorandum "
        "together over the following weeks."
    )
    document.add_heading("4. Financial and legal implications", level=1)
    document.add_paragraph(
        "There are no direct costs. The memorandum is not legally binding and does not "
        "change any partner's duties under the Care Act 2014."
    )
    document.add_heading("5. Appendices", level=1)
    document.add_paragraph(
        "Appendix 1: Iverley Hoarding and Self-Neglect Memorandum of Understanding"
    )

    document.add_page_break()
    document.add_heading(
        "Appendix 1: Iverley Hoarding and Self-Neglect Memorandum of Understanding", level=1
    )
    document.add_paragraph(
        "Iverley Hoarding and Self-Neglect Memorandum of Understanding", style="Title"
    )
    document.add_heading("Parties", level=1)
    document.add_paragraph(
        "This memorandum is made between Iverley Borough Council (\u201cthe Council\u201d), "
        "Iverley and Dunholt NHS Foundation Trust (\u201cthe Trust\u201d), Dunholt Fire and "
        "Rescue Service (\u201cthe Fire Service\u201d) and Iverley Housing Partnership "
        "(\u201cthe Landlord\u201d)."
    )
    document.add_heading("How we will work", level=1)
    document.add_paragraph(
        "A named lead agency will be agreed for each person within ten working days of a "
        "concern being raised. Cases that are stuck go to the monthly Complex Risk Panel, "
        "which meets in each of Iverley's four neighbourhoods."
    )
    document.add_heading("Our values", level=1)
    for value in VALUES:
        document.add_paragraph(value, style="List Bullet")
    document.add_heading("Oversight", level=1)
    document.add_paragraph(
        "The Iverley Safeguarding Adults Board oversees the memorandum across the borough and "
        "will review it a year after it is signed."
    )
    document.save(path)
