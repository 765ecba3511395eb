"""Kellingmoor executive decision record on a school-ready partnership compact, as a DOCX.

What it tests: a ModernGov-style record exported to Word without heading styles: one-line
fields with a bold label and the value in the same paragraph ("Decision maker: Cabinet",
"Subject: ..." is the title, "Decision date: 08/10/2025") that are not sections; labels in
bold on their own line, with no colon, above their text (the sections); the decision as
"RESOLVED: That Cabinet (1) endorses ... (2) agrees ... (3) authorises ..."; the compact's
partners inline in one sentence after "The compact is between" with bracketed short names
to drop, one with a leading "the"; an early years forum that helped to draft it (not a
step); "in September" (2025-09 from the October decision); a call-in expiry; the record's
name ("Record of Executive Decision") in a large bold line (not the title).
"""

from __future__ import annotations

from pathlib import Path

from _docx import new_document
from docx.shared import Pt


def field(d, label: str, value: str) -> None:
    p = d.add_paragraph()
    p.add_run(f"{label}: ").bold = True
    p.add_run(value)


def label(d, text: str) -> None:
    d.add_paragraph().add_run(text).bold = True


def write(path: Path) -> None:
    d = new_document()
    title = d.add_paragraph().add_run("Record of Executive Decision")
    title.bold = True
    title.font.size = Pt(18)
    field(d, "Decision maker", "Cabinet")
    field(d, "Subject", "Kellingmoor School Ready Compact")
    field(d, "Decision date", "08/10/2025")
    field(d, "Date published", "09/10/2025")
    field(d, "Call-in expiry", "5pm on 16/10/2025")
    field(d, "Key decision", "Yes")
    label(d, "Purpose")
    d.add_paragraph(
        "To agree the Council's part in a compact to raise the share of Kellingmoor children "
        "who are ready for school at age five."
    )
    label(d, "Decision")
    d.add_paragraph("RESOLVED: That Cabinet")
    for item in [
        "(1) endorses the Kellingmoor School Ready Compact;",
        "(2) agrees that the Council will be a partner to the Compact; and",
        "(3) authorises the Director of Education and Early Help to sign the Compact on "
        "behalf of the Council.",
    ]:
        d.add_paragraph(item)
    label(d, "Reasons for the decision")
    d.add_paragraph(
        "The compact is between Kellingmoor Metropolitan Borough Council (the Council), "
        "Kellingmoor and Ashby Integrated Care Board (the ICB), Kellingmoor Community Health "
        "NHS Trust (KCHT), the Kellingmoor Early Years Alliance and Kellingmoor Libraries "
        "Trust. It commits them to shared targets for speech and language, to one "
        "two-year-old check, and to joint outreach through the family hubs. The Kellingmoor "
        "Early Years Forum helped to draft it in September."
    )
    label(d, "Alternative options considered and rejected")
    d.add_paragraph("To continue without a compact. Rejected: progress has stalled since 2019.")
    label(d, "Declarations of interest")
    d.add_paragraph("None.")
    d.save(path)
