"""Dawsmere palliative and end of life care alliance terms of reference, as a DOCX.

What it tests: no heading styles; a bold title and headings in bold CAPITALS without
numbers; the members in a table (Organisation / Represented by / Status) whose last column
holds the category ("Core member", "Associate member") in each row, rows not grouped (the two
categories interleave); posts in "Represented by"; a hospice and a charity among the members;
agreement by the alliance board and noting by a place partnership board, ordinal dates
("3rd September 2025"); the next review "in March" (2026-03, from the September agreement).
"""

from __future__ import annotations

from pathlib import Path

from _docx import bold_heading, grid_table, new_document

MEMBERS = [
    ("Dawsmere City Council", "Head of Adult Social Care Commissioning", "Core member"),
    ("St Brannoc's Hospice", "Director of Clinical Services", "Core member"),
    ("Dawsmere Carers Network", "Chief Officer", "Associate member"),
    ("Dawsmere and Fenn Integrated Care Board", "Head of Community Commissioning", "Core member"),
    ("Dawsmere Community Health NHS Trust", "Lead Nurse, Palliative Care", "Core member"),
    ("Marie Hollins Bereavement Support", "Service Manager", "Associate member"),
]


def write(path: Path) -> None:
    document = new_document()
    bold_heading(
        document, "Dawsmere Palliative and End of Life Care Alliance: Terms of Reference", size=15
    )
    bold_heading(document, "PURPOSE")
    document.add_paragraph(
        "The Alliance brings together the organisations that care for people in the last year "
        "of life in Dawsmere, so that every person has a personalised care plan and can die in "
        "the place they choose."
    )
    bold_heading(document, "MEMBERSHIP")
    grid_table(document, ["Organisation", "Represented by", "Status"], MEMBERS)
    document.add_paragraph(
        "Core members each have one vote. Associate members take part in discussion but do "
        "not vote."
    )
    bold_heading(document, "MEETINGS")
    document.add_paragraph(
        "The Alliance Board meets every six weeks. The End of Life Care Clinical Reference "
        "Group advises it on clinical standards."
    )
    bold_heading(document, "ACCOUNTABILITY")
    document.add_paragraph(
        "The Alliance Board reports to the Dawsmere Place Partnership Board, which brings "
        "health and care together for Dawsmere as a place."
    )
    bold_heading(document, "AGREEMENT AND REVIEW")
    document.add_paragraph(
        "These terms of reference were agreed by the Alliance Board on 3rd September 2025 and "
        "noted by the Dawsmere Place Partnership Board on 25th September 2025. They will be "
        "reviewed in March."
    )
    document.save(path)
