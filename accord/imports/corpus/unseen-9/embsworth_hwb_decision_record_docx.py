"""Embsworth health and wellbeing board record of decision, as a DOCX.

What it tests: "Title" holding the record's name ("Record of Decision"), then a form table
without header row (label / value: "Decision maker", "Date of meeting", "Agenda item",
"Subject" as the title, "Lead officer"); unnumbered labelled "Heading 1"s; the parties
inline after "The Memorandum of Understanding before the Board is between"; "The Board: a) agreed ... b) recommended ... to the Cabinet of
... for adoption at its meeting in December" (a future adoption, 2025-12 from the November
meeting); a declaration of interest (not a step); "Wednesday, 19 November 2025"; wards.
"""

from __future__ import annotations

from pathlib import Path

from _docx import bold_cell, new_document


def write(path: Path) -> None:
    document = new_document()
    document.add_paragraph("Record of Decision", style="Title")
    form = [
        ("Decision maker", "Embsworth Health and Wellbeing Board"),
        ("Date of meeting", "Wednesday, 19 November 2025"),
        ("Agenda item", "7"),
        ("Subject", "Embsworth Healthy Ageing Partnership Memorandum of Understanding"),
        ("Lead officer", "Director of Public Health"),
    ]
    table = document.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for label, value in form:
        cells = table.add_row().cells
        bold_cell(cells[0], label)
        cells[1].text = value
    document.add_heading("Summary", level=1)
    document.add_paragraph(
        "The Memorandum of Understanding before the Board is between Embsworth Borough "
        "Council, Tarrow Moor Integrated Care Board, Embsworth Age Concern and Embsworth Leisure "
        "Trust, to make Embsworth a better town to grow old in. The Memorandum sets up the "
        "Healthy Ageing Steering Group and ward-based ageing well networks."
    )
    document.add_heading("Decision", level=1)
    document.add_paragraph("The Board:")
    document.add_paragraph(
        "a) agreed the Embsworth Healthy Ageing Partnership Memorandum of Understanding; and"
    )
    document.add_paragraph(
        "b) recommended it to the Cabinet of Embsworth Borough Council for adoption at its "
        "meeting in December."
    )
    document.add_heading("Reasons for the decision", level=1)
    document.add_paragraph(
        "Embsworth has the oldest population in the county. Partners agreed at a workshop on "
        "2 October 2025 that a shared memorandum would let them pool their falls and "
        "loneliness work."
    )
    document.add_heading("Declarations of interest", level=1)
    document.add_paragraph(
        "Cllr R. Dunne declared that she is a trustee of Embsworth Age Concern and did not "
        "take part in the decision."
    )
    document.save(path)
