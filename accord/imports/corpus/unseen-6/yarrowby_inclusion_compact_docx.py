"""Yarrowby inclusion compact for schools and academy trusts, as a DOCX.

What it tests: "Title" style and a descriptive Normal line below it (not the title); a title
page whose parties sit under bold group lines in centred Normal paragraphs ("The local
authority", "Multi-academy trusts", "Other partners"), then a page break; unnumbered
"Heading 1"s; values in "List Number" under "Our shared values" beside commitments in "List
Bullet" (not values); the approval route as a Word table (Body | Decision | Date) with an
office among the bodies and "15 Oct 2025", "22 October 2025", `30/10/2025`; "from January".
"""

from __future__ import annotations

from pathlib import Path

from _docx import grid_table, new_document

GROUPS = [
    ("The local authority", ["Yarrowby County Council"]),
    (
        "Multi-academy trusts",
        [
            "Yarrowby Learning Trust",
            "Fellside Academies Trust",
            "St Cuthbert's Catholic Academy Trust",
        ],
    ),
    (
        "Other partners",
        ["Yarrowby and Linthorpe Integrated Care Board", "Yarrowby Parent Carer Forum"],
    ),
]

ROUTE = [
    ("Yarrowby Schools Forum", "Endorsed", "15 Oct 2025"),
    ("Yarrowby Education Partnership Board", "Agreed", "22 October 2025"),
    ("Cabinet Member for Education and Skills", "Approved (key decision ED/25/11)", "30/10/2025"),
]


def centred(document, text: str, *, bold: bool = False):
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    paragraph = document.add_paragraph()
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    paragraph.add_run(text).bold = bold
    return paragraph


def write(path: Path) -> None:
    from docx.enum.text import WD_BREAK

    document = new_document()
    document.add_paragraph("Yarrowby Inclusion Compact", style="Title")
    document.add_paragraph("A compact for schools and academy trusts in Yarrowby")
    centred(document, "between")
    for group, members in GROUPS:
        centred(document, group, bold=True)
        for member in members:
            centred(document, member)
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    document.add_heading("Why we need a compact", level=1)
    document.add_paragraph(
        "Exclusions from Yarrowby schools have risen for three years running. The parties agree "
        "that every child belongs in a school community and that no school can do this alone. "
        "The Compact takes effect from January."
    )
    document.add_heading("Our shared values", level=1)
    for value in ["Belonging", "Fairness", "Shared responsibility"]:
        document.add_paragraph(value, style="List Number")
    document.add_heading("What we commit to", level=1)
    for text in [
        "Every school takes part in the Fair Access Panel for its cluster.",
        "No pupil is removed from roll without a review by the cluster.",
        "The local authority publishes exclusion data each term.",
    ]:
        document.add_paragraph(text, style="List Bullet")
    document.add_heading("How the Compact works", level=1)
    document.add_paragraph(
        "Schools work in four clusters. Each cluster's Fair Access Panel meets monthly, and the "
        "Inclusion Compact Steering Group reports each term to the Yarrowby Education Partnership "
        "Board."
    )
    document.add_heading("How the Compact was agreed", level=1)
    grid_table(document, ["Body", "Decision", "Date"], ROUTE)
    document.save(path)
