"""Ottersby mental health section 75 partnership agreement (extract), as a DOCX.

What it tests: a deed-style cover page (an undated "DATED .......... 2025" line, the parties
as "(1) Ottersby Council" and "(2) ..." in bold, then a two-line title in capitals),
then a page break; numbered "Heading 1" clauses and "Schedule N - ..." "Heading 1"s; the
recitals' approvals by each partner's body, with a minute number in brackets; a "Heading 2"
inside a schedule (not a section); a joint board and a locality network; an execution table
at the end (day-first numeric dates); locality hubs (community level).
"""

from __future__ import annotations

from pathlib import Path

from _docx import grid_table, new_document


def centred(document, text: str, *, bold: bool = False, size: int | None = None) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    paragraph = document.add_paragraph()
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = paragraph.add_run(text)
    run.bold = bold
    if size:
        run.font.size = Pt(size)


def write(path: Path) -> None:
    from docx.enum.text import WD_BREAK

    document = new_document()
    centred(document, "DATED .......................... 2025")
    document.add_paragraph()
    centred(document, "(1) Ottersby Council", bold=True)
    centred(document, "(2) Ottersby and Brindlemoor Integrated Care Board", bold=True)
    document.add_paragraph()
    centred(document, "PARTNERSHIP AGREEMENT", bold=True, size=16)
    centred(document, "RELATING TO COMMUNITY MENTAL HEALTH SERVICES FOR ADULTS", bold=True, size=13)
    document.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)

    document.add_heading("1. Background", level=1)
    document.add_paragraph(
        "(A) The Partners wish to pool their budgets for community mental health services for "
        "adults under section 75 of the National Health Service Act 2006, and to have the ICB "
        "host the pool."
    )
    document.add_paragraph(
        "(B) The Cabinet of Ottersby Council approved the Council entering into this Agreement "
        "on 16 July 2025 (minute 42). The Board of Ottersby and Brindlemoor Integrated Care "
        "Board approved it on 24 July 2025."
    )
    document.add_heading("2. Commencement and duration", level=1)
    document.add_paragraph(
        "2.1 This Agreement starts on 1 October 2025 and ends on 30 September 2030 unless "
        "ended earlier."
    )
    document.add_heading("3. The pooled fund", level=1)
    document.add_paragraph(
        "3.1 The ICB hosts the pooled fund. The Partners' contributions for each financial "
        "year are set out in Schedule 2."
    )
    document.add_heading("4. Governance", level=1)
    document.add_paragraph(
        "4.1 The Ottersby Mental Health Joint Commissioning Board oversees this Agreement as set "
        "out in Schedule 3."
    )
    document.add_heading("Schedule 1 - Services", level=1)
    document.add_paragraph(
        "Community mental health teams, crisis cafes and the recovery college, delivered "
        "through the four locality mental health hubs."
    )
    document.add_heading("Schedule 2 - Contributions", level=1)
    grid_table(
        document,
        ["Partner", "2025/26 (half year)", "2026/27"],
        [("Ottersby Council", "£2,100,000", "£4,300,000"), ("ICB", "£6,800,000", "£13,900,000")],
    )
    document.add_heading("Schedule 3 - Governance", level=1)
    document.add_heading("Joint Commissioning Board", level=2)
    document.add_paragraph(
        "The Board has two members from each Partner and meets quarterly. It is supported by "
        "the Ottersby Mental Health Locality Network, which brings providers together."
    )
    document.add_heading("Execution", level=1)
    grid_table(
        document,
        ["Partner", "Signed by", "Date"],
        [
            ("Ottersby Council", "Director of Adult Social Care", "29/09/2025"),
            ("Ottersby and Brindlemoor Integrated Care Board", "Chief Executive", "29/09/2025"),
        ],
    )
    document.save(path)
