"""Caldmoor Health and Care Partnership memorandum of understanding, as a DOCX.

What it tests: parties on a title page as centred Normal paragraphs after "between", with no
category, then a page break; numbered "Heading 1" sections; values in "List Bullet"; an
approval section in "List Number" mixing a past step and three future ones (approve, approve,
ratify) with their dates; "Final draft, March 2026" and "18 March 2026" (one event, printed at
the month and again at the day); system, place and neighbourhoods.
"""

from __future__ import annotations

from pathlib import Path

from _docx import new_document
from docx.enum.text import WD_ALIGN_PARAGRAPH

PARTIES = [
    "Caldmoor Borough Council",
    "Thistledale and Caldmoor Integrated Care Board",
    "Caldmoor and District Hospitals NHS Foundation Trust",
    "Thistledale Partnership NHS Foundation Trust",
    "Caldmoor Primary Care Alliance",
    "Caldmoor Voluntary Action",
]

VALUES = [
    "We are one workforce serving one community",
    "We make decisions with residents, not for them",
    "We are honest when we get things wrong",
]

STEPS = [
    "The Caldmoor Health and Care Partnership Board agreed the final draft on 18 March 2026.",
    "The Cabinet of Caldmoor Borough Council will be asked to approve it on 14 April 2026.",
    "The Board of Thistledale and Caldmoor Integrated Care Board will be asked to approve it on "
    "23 April 2026.",
    "The Caldmoor Health and Wellbeing Board will be asked to ratify it on 7 May 2026.",
]


def _centred(document, text: str, size: int | None = None) -> None:
    from docx.shared import Pt

    paragraph = document.add_paragraph()
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = paragraph.add_run(text)
    if size:
        run.font.size = Pt(size)


def write(path: Path) -> None:
    document = new_document()
    document.add_paragraph("Caldmoor Health and Care Partnership", style="Title")
    _centred(document, "Memorandum of Understanding", 16)
    _centred(document, "between")
    for name in PARTIES:
        _centred(document, name, 12)
    _centred(document, "Final draft, March 2026")
    document.add_page_break()

    document.add_heading("1. Introduction", level=1)
    document.add_paragraph(
        "Caldmoor is one of four places in the Thistledale and Caldmoor integrated care system. "
        "The partners have worked together informally since the integrated care board was "
        "formed. This Memorandum sets out how they will plan and deliver health and care for "
        "Caldmoor as a place, and support integrated neighbourhood teams in each of its six "
        "neighbourhoods."
    )
    document.add_heading("2. Our values", level=1)
    for value in VALUES:
        document.add_paragraph(value, style="List Bullet")
    document.add_heading("3. Governance", level=1)
    document.add_paragraph(
        "The Caldmoor Health and Care Partnership Board leads the partnership and reports to the "
        "Caldmoor Health and Wellbeing Board. The Caldmoor Neighbourhood Delivery Board oversees "
        "the neighbourhood teams."
    )
    document.add_heading("4. Status", level=1)
    document.add_paragraph(
        "This Memorandum is not legally binding and does not change any partner's statutory duties."
    )
    document.add_heading("5. Agreement of this Memorandum", level=1)
    for step in STEPS:
        document.add_paragraph(step, style="List Number")
    document.add_paragraph(
        "Once ratified, the Memorandum will be signed by the chief executive of each partner."
    )
    document.save(path)
