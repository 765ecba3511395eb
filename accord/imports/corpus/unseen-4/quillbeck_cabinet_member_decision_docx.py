"""Quillbeck record of a Cabinet Member decision, as a DOCX without heading styles.

What it tests: no heading styles (bold Normal paragraphs, numbered and in capitals, as
headings); form fields as plain "Label: value" paragraphs (not sections, not a table); an office
(a Cabinet Member) that agrees and delegates in upper-case "AGREED:"; parties inline after
"founding members ... are"; a future endorsement by the Health and Wellbeing Board; dates
"5th December 2025", `9.12.2025`, `17.12.2025` and "last month" resolved from the decision date.
"""

from __future__ import annotations

from pathlib import Path

from _docx import bold_heading, new_document

TITLE = "Quillbeck Dementia Friendly Communities Partnership Agreement"

FIELDS = [
    ("Decision title", TITLE),
    ("Decision maker", "Cabinet Member for Adult Social Care and Health"),
    ("Decision date", "5th December 2025"),
    ("Reference", "CMD/ASC/2025/21"),
    ("Date of publication", "9.12.2025"),
    ("Implementation date (if not called in)", "17.12.2025"),
]

SECTIONS = [
    (
        "1. DECISION",
        [
            "The Cabinet Member for Adult Social Care and Health AGREED:",
            "(a) that Quillbeck Metropolitan Council become a founding member of the Quillbeck "
            "Dementia Friendly Communities Partnership on the terms of the "
            f"{TITLE}; and",
            "(b) to delegate to the Head of Adult Commissioning authority to sign the Agreement "
            "on behalf of the Council.",
        ],
    ),
    (
        "2. BACKGROUND",
        [
            "The Quillbeck Dementia Friendly Communities Partnership was launched last month at "
            "the Quillbeck Memory Festival. The founding members of the Partnership are Quillbeck "
            "Metropolitan Council, Brantholme and Quillbeck Integrated Care Board, Quillbeck "
            "Alzheimer's Support, Quillbeck Libraries Trust and Brantholme Transport Company. "
            "Each will make its own services easier to use for people living with dementia.",
            "The Partnership sets priorities for Quillbeck as a place. Dementia Action Groups in "
            "each of Quillbeck's seven wards will lead the work in "
            "their own communities. The Agreement will be presented to the Quillbeck Health and "
            "Wellbeing Board for endorsement on 15 January 2026.",
        ],
    ),
    (
        "3. REASONS FOR THE DECISION",
        [
            "About 4,100 people in Quillbeck are living with dementia. The Agreement commits the "
            "Council to training its front-line staff and to making its buildings dementia "
            "friendly, at no extra cost.",
        ],
    ),
    (
        "4. ALTERNATIVE OPTIONS CONSIDERED",
        [
            "To support the Partnership without joining it. Rejected: it would give the "
            "Council no voice."
        ],
    ),
    ("5. CONFLICTS OF INTEREST", ["None declared by the Cabinet Member."]),
]


def write(path: Path) -> None:
    document = new_document()
    bold_heading(document, "QUILLBECK METROPOLITAN COUNCIL", size=14)
    bold_heading(document, "Record of a decision taken by a Cabinet Member", size=12)
    for label, value in FIELDS:
        document.add_paragraph(f"{label}: {value}")
    for heading, paragraphs in SECTIONS:
        bold_heading(document, heading)
        for text in paragraphs:
            document.add_paragraph(text)
    document.add_paragraph("Contact officer: Head of Adult Commissioning")
    document.save(path)
