"""Yoxley mental health section 75 agreement summary, as a DOCX with heading styles.

What it tests: "Title" and a descriptive Normal line; a key-facts table with no header row
whose "Partners" cell holds both parties inline as "(1) ... and (2) ...", with defined roles in
brackets; a "Term" row with start and end dates ("1 January 2026 to 31 December 2030"); a
contributions table by financial year (no dates); unnumbered "Heading 1"s; the approval route
as a "List Number" list (style numbering) naming a board, a cabinet, an ICB committee and the
signatures; a hosted provider (not a party); place level.
"""

from __future__ import annotations

from pathlib import Path

from _docx import grid_table, new_document


def write(path: Path) -> None:
    document = new_document()
    document.add_paragraph("Yoxley Community Mental Health Partnership Agreement", style="Title")
    document.add_paragraph("Summary of the section 75 agreement, published for transparency")

    table = document.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for label, value in [
        (
            "Partners",
            '(1) Yoxley City Council (the "Council") and (2) Yoxley and Dene Integrated '
            'Care Board (the "ICB")',
        ),
        ("Legal basis", "Section 75 of the National Health Service Act 2006"),
        ("Term", "1 January 2026 to 31 December 2030"),
        ("Lead partner", "Council (lead commissioning and integrated provision)"),
        (
            "Services",
            "Community mental health teams for adults; approved mental health "
            "professional service; supported housing for people with mental illness",
        ),
    ]:
        cells = table.add_row().cells
        cells[0].text = label
        cells[1].text = value

    document.add_heading("Purpose", level=1)
    document.add_paragraph(
        "The agreement brings the Council's mental health social work staff and the mental health "
        "services the ICB commissions into one integrated service for Yoxley as a place. The "
        "staff are managed day to day by Dene Valley Mental Health NHS Foundation Trust, which "
        "provides services under contract and is not a partner to the agreement."
    )

    document.add_heading("Pooled fund", level=1)
    grid_table(
        document,
        ["Financial year", "Council", "ICB", "Total"],
        [
            ("2025/26 (three months)", "£1.1m", "£2.4m", "£3.5m"),
            ("2026/27", "£4.5m", "£9.8m", "£14.3m"),
        ],
    )

    document.add_heading("Governance", level=1)
    document.add_paragraph(
        "The Yoxley Mental Health Partnership Board manages the agreement and reports to the "
        "Yoxley Place Committee of Yoxley and Dene Integrated Care Board and to the Yoxley "
        "Health and Wellbeing Board. Three Locality Mental Health Forums bring service users "
        "and staff together."
    )

    document.add_heading("How the agreement was approved", level=1)
    for step in [
        "Endorsed by the Yoxley Health and Wellbeing Board on 23 September 2025.",
        "Approved by the Council's Cabinet on 14 October 2025.",
        "Approved by the Yoxley Place Committee of Yoxley and Dene Integrated Care Board on "
        "21 October 2025.",
        "Signed for both partners on 12 December 2025.",
    ]:
        document.add_paragraph(step, style="List Number")
    document.save(path)
