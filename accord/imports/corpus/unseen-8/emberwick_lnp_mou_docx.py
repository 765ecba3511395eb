"""Emberwick local nature partnership memorandum, as a DOCX with heading styles.

What it tests: "Title" and a Normal "Memorandum of Understanding" line; numbered "Heading 1"s;
the partners in "List Number" paragraphs straight under the "2. Partners" heading, each an
organisation followed by its role after a spaced hyphen ("Emberwick Council - lead authority
for ..."), with no lead-in; a national body among them; agreement by the partnership board on
"Monday 6 October 2025"; signature blocks laid out two to a row in a table (organisation in
bold, then Signed / Position / Date lines), read row by row, left then right, with "9 Oct 2025"
style dates.
"""

from __future__ import annotations

from pathlib import Path

from _docx import new_document

PARTNERS = [
    ("Emberwick Council", "lead authority for the Local Nature Recovery Strategy"),
    ("Emberwick Rivers Trust", "catchment host"),
    ("Emberwick Water plc", "water company partner"),
    ("Natural England", "statutory adviser"),
    ("Emberwick Wildlife Trust", "biodiversity records"),
    ("Emberwick Farming and Wildlife Group", "landowner engagement"),
]

SIGNED = [
    ("Emberwick Council", "Chief Executive", "9 Oct 2025"),
    ("Emberwick Rivers Trust", "Director", "9 Oct 2025"),
    ("Emberwick Water plc", "Head of Environment", "14 Oct 2025"),
    ("Natural England", "Area Manager", "14 Oct 2025"),
    ("Emberwick Wildlife Trust", "Chief Executive", "16 Oct 2025"),
    ("Emberwick Farming and Wildlife Group", "Chair", "21 Oct 2025"),
]


def write(path: Path) -> None:
    document = new_document()
    document.add_paragraph("Emberwick Local Nature Partnership", style="Title")
    document.add_paragraph("Memorandum of Understanding")
    document.add_paragraph("1. Purpose", style="Heading 1")
    document.add_paragraph(
        "This Memorandum records how the partners will work together through the Emberwick "
        "Local Nature Partnership to restore habitats and improve water quality in the Ember "
        "and Wick catchments."
    )
    document.add_paragraph("2. Partners", style="Heading 1")
    for org, role in PARTNERS:
        document.add_paragraph(f"{org} - {role}", style="List Number")
    document.add_paragraph("3. Governance", style="Heading 1")
    document.add_paragraph(
        "The Emberwick Local Nature Partnership Board meets four times a year. The Data and "
        "Evidence Group and the Farmer Cluster Network report to it."
    )
    document.add_paragraph("4. Agreement", style="Heading 1")
    document.add_paragraph(
        "The Emberwick Local Nature Partnership Board agreed this Memorandum on Monday 6 October "
        "2025. It is signed for each partner below."
    )
    table = document.add_table(rows=3, cols=2)
    table.style = "Table Grid"
    for i, (org, post, date) in enumerate(SIGNED):
        cell = table.cell(i // 2, i % 2)
        cell.text = ""
        cell.paragraphs[0].add_run(org).bold = True
        cell.add_paragraph("Signed: ........................")
        cell.add_paragraph(f"Position: {post}")
        cell.add_paragraph(f"Date: {date}")
    document.save(path)
