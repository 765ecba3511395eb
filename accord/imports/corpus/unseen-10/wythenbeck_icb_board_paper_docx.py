"""Wythenbeck ICB board paper on a community diagnostics partnership, as a DOCX.

What it tests: an NHS board paper with a cover table (Meeting / Date / Agenda item / Report
title / Executive lead / Purpose with "Approval" ticked as "X"), then "Heading 1"s without
numbers; the recommendation with upper-case verbs in bullets ("The Board is asked to:
APPROVE ... NOTE ... DELEGATE ..."); the agreement not appended: its name is in the
"Appendices" list (the title); the partners in a plain table without header category
(Partner / Role); a committee that "considered ... and endorsed" it earlier; a place
partnership briefed (not a step); the "Board" of the recommendation named by the cover's
"Meeting" row; "Q4" and "2026/27" (skipped).
"""

from __future__ import annotations

from pathlib import Path

from _docx import bold_cell, grid_table, new_document


def write(path: Path) -> None:
    d = new_document()
    cover = [
        ("Meeting", "Board of Tarrowby and Wythenbeck Integrated Care Board (meeting in public)"),
        ("Date", "Thursday 13 November 2025"),
        ("Agenda item", "9"),
        ("Report title", "Community diagnostics in Wythenbeck"),
        ("Executive lead", "Chief Delivery Officer"),
        ("Purpose", "Approval  X     Assurance        Information"),
    ]
    table = d.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for label, value in cover:
        cells = table.add_row().cells
        bold_cell(cells[0], label)
        cells[1].text = value
    d.add_heading("Executive summary", level=1)
    d.add_paragraph(
        "Wythenbeck has the longest waits for diagnostic tests in the system. The proposed "
        "Wythenbeck Community Diagnostics Partnership Agreement would let four partners run "
        "the new community diagnostic centre in Wythenbeck town centre as one service from "
        "1 April 2026, serving Wythenbeck as a place."
    )
    d.add_heading("Recommendations", level=1)
    d.add_paragraph("The Board is asked to:")
    for item in [
        "APPROVE the Wythenbeck Community Diagnostics Partnership Agreement;",
        "NOTE the risks set out below; and",
        "DELEGATE to the Chief Executive authority to sign the Agreement on behalf of the ICB.",
    ]:
        d.add_paragraph(item, style="List Bullet")
    d.add_heading("The partners", level=1)
    grid_table(
        d,
        ["Partner", "Role"],
        [
            ("Tarrowby and Wythenbeck Integrated Care Board", "Commissioner"),
            ("Wythenbeck Hospitals NHS Foundation Trust", "Host and clinical lead"),
            ("Tarrowby Imaging Services LLP", "Scanning provider"),
            ("Wythenbeck Borough Council", "Landlord of the centre"),
        ],
    )
    d.add_heading("Previous consideration", level=1)
    d.add_paragraph(
        "The ICB's Strategy and Planning Committee considered the draft Agreement on 21 "
        "October 2025 and endorsed it. The Wythenbeck Place Partnership was briefed at its "
        "meeting in October."
    )
    d.add_heading("Risks", level=1)
    d.add_paragraph(
        "Recruitment of radiographers is the main risk. Activity will be reviewed in Q4 of 2026/27."
    )
    d.add_heading("Appendices", level=1)
    d.add_paragraph("Appendix 1: Wythenbeck Community Diagnostics Partnership Agreement")
    d.save(path)
