"""Cullerton Better Care Fund plan narrative, as a DOCX with heading styles.

What it tests: a "Title" with a year range ("2025-26", kept as printed); numbered "Heading 1"
sections with "Heading 2" sub-headings inside them (not sections); the two pooling partners
in a table (Partner / Minimum contribution / Additional contribution) with money columns and
a totals row ("Total", not a party); a plan (not an agreement) signed off by a joint board's
recommendation, the chair of a health and wellbeing board acting under delegation (an
office), a submission to NHS England and ratification by the board; "by 15 September"
without a year (resolved from the plan's own dates); "place-level" (place); Q2 (not a date).
"""

from __future__ import annotations

from pathlib import Path

from _docx import grid_table, new_document


def write(path: Path) -> None:
    document = new_document()
    document.add_paragraph("Cullerton Better Care Fund Plan 2025-26", style="Title")
    document.add_heading("1. Introduction", level=1)
    document.add_paragraph(
        "This narrative explains how health and social care in Cullerton will use the Better "
        "Care Fund to keep people well at home and to get them home from hospital quickly. "
        "The Fund is managed at place-level through a pooled budget under section 75 of the "
        "National Health Service Act 2006."
    )
    document.add_heading("2. Pooling partners", level=1)
    grid_table(
        document,
        ["Partner", "Minimum contribution", "Additional contribution"],
        [
            ("Cullerton Borough Council", "£9,420,000", "£1,150,000"),
            ("Merrow Vale Integrated Care Board", "£21,306,000", "£600,000"),
            ("Total", "£30,726,000", "£1,750,000"),
        ],
    )
    document.add_heading("3. Governance", level=1)
    document.add_heading("Joint Partnership Board", level=2)
    document.add_paragraph(
        "The Cullerton BCF Joint Partnership Board, made up of the Director of Adult Social "
        "Care and the ICB's Director of Integrated Care, manages the pool and reports each quarter to "
        "the Cullerton Health and Wellbeing Board."
    )
    document.add_heading("Discharge Delivery Group", level=2)
    document.add_paragraph(
        "The Hospital Discharge Delivery Group runs the discharge schemes and reports to the "
        "Joint Partnership Board. The first review of discharge schemes is due in Q2."
    )
    document.add_heading("4. Sign-off", level=1)
    document.add_paragraph(
        "The Cullerton BCF Joint Partnership Board recommended this plan on 2 September 2025. "
        "Because the national deadline fell between meetings, the Chair of the Cullerton "
        "Health and Wellbeing Board approved the plan under delegated authority on 11 "
        "September 2025, and it was submitted to NHS England by 15 September. The Cullerton "
        "Health and Wellbeing Board ratified the plan at its meeting on 21 October 2025."
    )
    document.save(path)
