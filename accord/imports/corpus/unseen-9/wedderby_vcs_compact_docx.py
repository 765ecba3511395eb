"""Wedderby voluntary sector compact, as a DOCX with heading styles.

What it tests: "Title" only; unnumbered "Heading 1"s; values in "List Bullet" under "Our
values" and commitments in "List Number" (not values); the parties only in "Schedule of
Parties" at the back, as two Word-numbered lists each under a bold Normal label ending in a
colon ("Public bodies:", "Voluntary and community sector:"), the labels being the
categories; adoption in prose by a council's Cabinet named "of" the council and by a charity's
board of trustees, then a launch event (not a step); "Signed for and on behalf of ..." blocks
at the very end for two of the scheduled parties (two sign steps); no level.
"""

from __future__ import annotations

from pathlib import Path

from _docx import new_document, numbered_list


def write(path: Path) -> None:
    document = new_document()
    document.add_paragraph("The Wedderby Compact", style="Title")
    document.add_heading("Introduction", level=1)
    document.add_paragraph(
        "The Wedderby Compact is an agreement between public bodies and the voluntary and "
        "community sector in Wedderby about how they work together, fund each other fairly "
        "and settle disagreements."
    )
    document.add_heading("Our values", level=1)
    for value in ["Respect for independence", "Honesty about money", "Early conversations"]:
        document.add_paragraph(value, style="List Bullet")
    document.add_heading("Our commitments", level=1)
    for item in [
        "Public bodies will give at least twelve weeks for consultations.",
        "Grants will run for at least two years where possible.",
        "The sector will share what it hears from communities.",
    ]:
        document.add_paragraph(item, style="List Number")
    document.add_heading("Making the Compact work", level=1)
    document.add_paragraph(
        "The Wedderby Compact Group, with members from both sectors, meets twice a year to "
        "hear any disputes and to check how the Compact is kept."
    )
    document.add_heading("Adoption", level=1)
    document.add_paragraph(
        "The Cabinet of Wedderby Council adopted this Compact on 10 September 2025 and the "
        "Board of Trustees of Wedderby Association of Voluntary Services adopted it on 23 "
        "September 2025 on behalf of the sector. The Compact was launched at the Wedderby "
        "Compact Assembly on 2 October 2025."
    )
    document.add_heading("Schedule of Parties", level=1)
    label = document.add_paragraph()
    label.add_run("Public bodies:").bold = True
    numbered_list(
        document,
        [
            "Wedderby Council",
            "Wedderby and Hale Integrated Care Board",
            "Wedderby Police",
            "Wedderby Fire and Rescue Service",
        ],
        key="public",
    )
    label = document.add_paragraph()
    label.add_run("Voluntary and community sector:").bold = True
    numbered_list(
        document,
        [
            "Wedderby Association of Voluntary Services",
            "Wedderby Credit Union",
            "Hale Valley Community Transport",
        ],
        key="vcs",
    )
    document.add_paragraph()
    for org, name, post in [
        ("Wedderby Council", "Cllr Maureen Adeyemi", "Leader of the Council"),
        ("Wedderby Association of Voluntary Services", "Owen Priddy", "Chair of Trustees"),
    ]:
        block = document.add_paragraph()
        block.add_run(f"Signed for and on behalf of {org}").bold = True
        document.add_paragraph(f"Name: {name}")
        document.add_paragraph(f"Position: {post}")
        document.add_paragraph("Date: 2 October 2025")
    document.save(path)
