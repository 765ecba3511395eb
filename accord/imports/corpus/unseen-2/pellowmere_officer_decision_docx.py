"""Pellowmere District Council record of an officer decision, as a DOCX.

What it tests: no heading styles at all (headings are bold Normal paragraphs); the decision's
facts in a two-column table whose first row is merged across both columns as a title; a
delegation from Cabinet quoted in that table; the officer's own decision to agree and sign;
"Monday 8th January 2024", "08/01/2024" (the same day, one event) and "last November".
"""

from __future__ import annotations

from pathlib import Path

from _docx import bold_cell, bold_heading, merge_across, new_document

TITLE = "Pellowmere Community Safety Partnership Memorandum of Understanding 2024\u20132027"

FACTS = [
    ("Decision title", TITLE),
    ("Decision reference", "ODR/2024/003"),
    ("Decision maker", "Director of Communities"),
    ("Date of decision", "Monday 8th January 2024"),
    (
        "Source of delegated authority",
        "Cabinet, 12 December 2023, minute 87(2): Cabinet delegated authority to the Director "
        "of Communities, in consultation with the Portfolio Holder for Communities, to agree "
        "the final text of the Memorandum and to sign it on behalf of the Council.",
    ),
    ("Key decision", "No"),
    ("Wards affected", "All wards"),
]

SECTIONS = [
    (
        "Decision",
        [
            f"To agree the final text of the {TITLE}, and to sign it on behalf of Pellowmere "
            "District Council.",
        ],
    ),
    (
        "Background",
        [
            "The Memorandum is between Pellowmere District Council, Orlestone County Council, "
            "Orlestone Police, Orlestone Fire and Rescue Service, the Probation Service and "
            "Orlestone and Pellowmere Integrated Care Board. It sets out how the Pellowmere "
            "Community Safety Partnership will work from 1 April 2024 to 31 March 2027.",
            "The Partnership works across the whole district and, through neighbourhood action "
            "groups in the three towns of Pellowmere, Great Stoding and Ashmarket, with local "
            "residents on the problems that matter most to each community.",
        ],
    ),
    (
        "Reasons for the decision",
        [
            "The Partnership's strategic assessment, published last November, showed a rise in "
            "shoplifting and in anti-social behaviour around the three town centres. The "
            "Memorandum sets three shared priorities in response and makes each partner's "
            "contribution clear. The final text differs from the draft seen by Cabinet only in "
            "the wording of the information-sharing clause.",
        ],
    ),
    (
        "Alternative options considered and rejected",
        [
            "To return the final text to Cabinet. Rejected because the changes are minor and "
            "Cabinet has already delegated the decision.",
        ],
    ),
    (
        "Consultation",
        [
            "The Portfolio Holder for Communities was consulted on 4 January 2024 and supports "
            "the decision. The decision is not subject to call-in by the Overview and Scrutiny "
            "Committee because it gives effect to a decision of Cabinet.",
        ],
    ),
    ("Conflicts of interest", ["None declared."]),
    ("Background documents", ["Report to Cabinet, 12 December 2023: item 9."]),
]


def write(path: Path) -> None:
    document = new_document()
    bold_heading(document, "Pellowmere District Council", size=14)

    facts = document.add_table(rows=len(FACTS) + 1, cols=2)
    facts.style = "Table Grid"
    merge_across(
        facts, row=0, text="RECORD OF AN OFFICER DECISION TAKEN UNDER DELEGATED POWERS", bold=True
    )
    for index, (label, value) in enumerate(FACTS, start=1):
        bold_cell(facts.cell(index, 0), label)
        facts.cell(index, 1).text = value
    document.add_paragraph()

    for heading, paragraphs in SECTIONS:
        bold_heading(document, heading)
        for text in paragraphs:
            document.add_paragraph(text)

    document.add_paragraph()
    signature = document.add_table(rows=2, cols=4)
    signature.style = "Table Grid"
    for (row, column), text in {
        (0, 0): "Signed",
        (0, 2): "Date",
        (1, 0): "Name",
        (1, 2): "Post",
    }.items():
        bold_cell(signature.cell(row, column), text)
    signature.cell(0, 3).text = "08/01/2024"
    signature.cell(1, 1).text = "Harriet Okoro-Lindqvist"
    signature.cell(1, 3).text = "Director of Communities"
    document.add_paragraph("Date of publication: 10/01/2024")
    document.save(path)
