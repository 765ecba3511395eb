"""Wendmoor carer friendly community charter, as a DOCX with heading styles.

What it tests: "Title" and a "Launched on Carers Rights Day, 20 November 2025" line (not
title); unnumbered "Heading 1"s; values in "List Bullet" under "Our values", pledges in "List
Number" (not values); the signatories in a table (Organisation / Sector / Date signed) sorted
alphabetically, so the "Sector" categories interleave rather than group, with a page break
inside the table; a board's agreement, eight signatures on three days (the first the launch
day) and a future endorsement "in January".
"""

from __future__ import annotations

from pathlib import Path

from _docx import grid_table, new_document

SIGNATORIES = [
    ("Age UK Wendmoor", "Voluntary sector", "20/11/2025"),
    ("Brightwater Care Homes Ltd", "Independent care providers", "20/11/2025"),
    ("Carers Centre Wendmoor", "Voluntary sector", "20/11/2025"),
    ("Wendmoor and Rye Integrated Care Board", "NHS", "20/11/2025"),
    ("Wendmoor Chamber of Trade", "Business", "27/11/2025"),
    ("Wendmoor City Council", "Local authority", "20/11/2025"),
    ("Wendmoor College", "Education", "24/11/2025"),
    ("Wendmoor Teaching Hospitals NHS Trust", "NHS", "24/11/2025"),
]


def write(path: Path) -> None:
    document = new_document()
    document.add_paragraph("Wendmoor Carer Friendly Community Charter", style="Title")
    document.add_paragraph("Launched on Carers Rights Day, 20 November 2025")
    document.add_paragraph("Why a charter", style="Heading 1")
    document.add_paragraph(
        "One in eight adults in Wendmoor looks after a relative or friend without pay. This "
        "charter asks employers, services and community groups to recognise carers and make "
        "small changes that help them."
    )
    document.add_paragraph("Our values", style="Heading 1")
    for v in ["Recognition", "Respect", "Flexibility"]:
        document.add_paragraph(v, style="List Bullet")
    document.add_paragraph("Our pledges", style="Heading 1")
    for p in [
        "Ask people whether they are a carer.",
        "Offer carers flexible appointments and working hours.",
        "Tell carers about the Carers Centre and their right to an assessment.",
    ]:
        document.add_paragraph(p, style="List Number")
    document.add_paragraph("Who has signed", style="Heading 1")
    table = grid_table(document, ["Organisation", "Sector", "Date signed"], SIGNATORIES)
    table.cell(5, 0).paragraphs[0].paragraph_format.page_break_before = True
    document.add_paragraph("Keeping the charter alive", style="Heading 1")
    document.add_paragraph(
        "The Wendmoor Carers Partnership Board agreed this charter on 6 November 2025 and owns "
        "it. The Wendmoor Young Carers Forum will check each year that signatories keep their "
        "pledges. The Wendmoor Health and Wellbeing Board will be asked to endorse the charter "
        "in January."
    )
    document.save(path)
