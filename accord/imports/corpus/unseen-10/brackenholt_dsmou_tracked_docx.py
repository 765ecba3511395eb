"""Brackenholt falls prevention data-sharing MOU (revision with change markers), as a DOCX.

What it tests: a refreshed data-sharing memorandum circulated with its changes shown as
typed markers, as officers do when track changes will not survive e-mail: "[deleted: ...]"
and "[inserted: ...]" in the text, including a party replaced in the list of parties (the
deleted clinical commissioning group is no longer a party, the inserted ICB is) and a
deleted approval date replaced by a new one; "Title" style; numbered "Heading 1"s; parties
in "List Bullet"; a document history table (Version / Date / Change / Approved by) whose
rows give two approvals; a "Heading 2" inside a section (not a section); no level.
"""

from __future__ import annotations

from pathlib import Path

from _docx import grid_table, new_document


def write(path: Path) -> None:
    d = new_document()
    d.add_paragraph(
        "Brackenholt Falls Prevention Data Sharing Memorandum of Understanding", style="Title"
    )
    d.add_paragraph(
        "Version 2.0 - revision with changes marked. Text removed is shown "
        "[deleted: like this]; text added is shown [inserted: like this]."
    )
    d.add_heading("1. Purpose", level=1)
    d.add_paragraph(
        "This Memorandum allows the parties to share information about people who have "
        "fallen, or who are at high risk of falling, so that they can be offered a strength "
        "and balance programme [deleted: within six weeks] [inserted: within four weeks]."
    )
    d.add_heading("2. Parties", level=1)
    d.add_paragraph("The parties to this Memorandum are:")
    for item in [
        "Brackenholt City Council",
        "[deleted: Brackenholt Clinical Commissioning Group]",
        "[inserted: Brackenholt and Crowsbeck Integrated Care Board]",
        "Brackenholt Teaching Hospitals NHS Foundation Trust",
        "Northfell Ambulance Service NHS Trust",
        "[inserted: Brackenholt Fire and Rescue Service]",
    ]:
        d.add_paragraph(item, style="List Bullet")
    d.add_heading("3. Information shared", level=1)
    d.add_heading("3.1 Referrals", level=2)
    d.add_paragraph(
        "Name, date of birth, NHS number, address and the circumstances of the fall. "
        "[inserted: The Fire and Rescue Service may also receive referrals for a Safe and "
        "Well visit.]"
    )
    d.add_heading("4. Legal basis", level=1)
    d.add_paragraph(
        "UK GDPR Article 6(1)(e) and Article 9(2)(h). The Council's Information Governance "
        "Board reviewed the legal basis for version 2.0."
    )
    d.add_heading("5. Governance", level=1)
    d.add_paragraph(
        "The Brackenholt Falls Steering Group monitors the sharing and reports to the "
        "Brackenholt Ageing Well Board. [deleted: The Memorandum will be reviewed by "
        "31 March 2025.] [inserted: The Memorandum will be reviewed by 31 March 2027.]"
    )
    d.add_heading("6. Document history", level=1)
    grid_table(
        d,
        ["Version", "Date", "Change", "Approved by"],
        [
            ("1.0", "14/02/2023", "First issue", "Brackenholt Ageing Well Board"),
            (
                "2.0",
                "[deleted: 02/10/2025] [inserted: 20/11/2025]",
                "ICB replaces CCG; fire service added",
                "Brackenholt Falls Steering Group",
            ),
        ],
    )
    d.save(path)
