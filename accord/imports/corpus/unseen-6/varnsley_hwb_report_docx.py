"""Varnsley Health and Wellbeing Board report on a healthy places MOU (not appended), as a DOCX.

What it tests: a committee report in heading styles ("Title" is the Board's name, numbered
"Heading 1"s); cover facts as Normal paragraphs with bold labels; the recommendations as a Word
table whose first row is merged across ("Recommendations") above a No. | "The Board is asked
to:" header, with verbs in capitals (APPROVE, NOTE, RECOMMEND), the NOTE reporting an earlier
endorsement by a committee named with "of", the RECOMMEND naming a later Cabinet date; partners
in "List Bullet" after "between:" with trailing semicolons and "and"; the title from "7.
Appendices" ("Draft" kept); "since March"; a financial year.
"""

from __future__ import annotations

from pathlib import Path

from _docx import bold_cell, new_document

PARTNERS = [
    "Varnsley Metropolitan Borough Council;",
    "Dunholm and Varnsley Integrated Care Board;",
    "Varnsley Hospitals NHS Foundation Trust;",
    "Varnsley Leisure Trust;",
    "Groundwork Varnsley; and",
    "Varnsley Housing Partnership.",
]

RECS = [
    (
        "1",
        "APPROVE the Varnsley Healthy Places Partnership Memorandum of Understanding at "
        "Appendix 1;",
    ),
    (
        "2",
        "NOTE that the Varnsley Place Committee of Dunholm and Varnsley Integrated Care Board "
        "endorsed the Memorandum on 13 November 2025; and",
    ),
    (
        "3",
        "RECOMMEND the Memorandum to the Cabinet of Varnsley Metropolitan Borough Council for "
        "adoption at its meeting on 14 January 2026.",
    ),
]


def labelled(document, label: str, value: str) -> None:
    paragraph = document.add_paragraph()
    paragraph.add_run(f"{label}: ").bold = True
    paragraph.add_run(value)


def write(path: Path) -> None:
    document = new_document()
    document.add_paragraph("Varnsley Health and Wellbeing Board", style="Title")
    labelled(document, "Date of meeting", "Thursday 4 December 2025")
    labelled(document, "Report of", "Director of Public Health")
    labelled(document, "Subject", "Healthy places partnership")
    labelled(document, "Status", "For decision")

    document.add_heading("1. Purpose of the report", level=1)
    document.add_paragraph(
        "To seek the Board's approval of a memorandum of understanding for the Varnsley Healthy "
        "Places Partnership, which has met in shadow form since March."
    )
    document.add_heading("2. Recommendations", level=1)
    table = document.add_table(rows=2 + len(RECS), cols=2)
    table.style = "Table Grid"
    merged = table.cell(0, 0).merge(table.cell(0, 1))
    bold_cell(merged, "Recommendations")
    bold_cell(table.cell(1, 0), "No.")
    bold_cell(table.cell(1, 1), "The Board is asked to:")
    for row, (number, text) in enumerate(RECS, start=2):
        table.cell(row, 0).text = number
        table.cell(row, 1).text = text

    document.add_heading("3. Background", level=1)
    document.add_paragraph(
        "Where people live, work and play shapes their health. The Healthy Places Partnership "
        "brings together the organisations that plan and run Varnsley's housing, green spaces "
        "and leisure, so that they can improve health across Varnsley as a place. The Healthy "
        "Places Steering Group has done the detailed work and will report to the Board."
    )
    document.add_heading("4. The partners", level=1)
    document.add_paragraph("The Memorandum is between:")
    for partner in PARTNERS:
        document.add_paragraph(partner, style="List Bullet")
    document.add_heading("5. Financial implications", level=1)
    document.add_paragraph(
        "There is no new money. Partners will align existing budgets for 2026/27 where they can."
    )
    document.add_heading("6. Legal implications", level=1)
    document.add_paragraph("The Memorandum is not legally binding.")
    document.add_heading("7. Appendices", level=1)
    document.add_paragraph(
        "Appendix 1 – Draft Varnsley Healthy Places Partnership Memorandum of Understanding"
    )
    document.add_paragraph("Report author: Public Health Principal, Healthy Places")
    document.save(path)
