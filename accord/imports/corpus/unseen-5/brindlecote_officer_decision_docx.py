"""Brindlecote officer decision record, as a DOCX without heading styles.

What it tests: bold title lines; a facts table (Label | Value) with no title in it; bold
numbered headings, the first of which ("1. Title of decision") holds the title in the next
paragraph; an officer (an office) who agrees under authority delegated by Cabinet at an
earlier meeting; the Cabinet Member consulted (not a step); parties in a two-column table
(Organisation | Role in the Charter) with no category; no level named.
"""

from __future__ import annotations

from pathlib import Path

from _docx import bold_heading, grid_table, new_document

TITLE = "Brindlecote Homelessness Prevention Charter"

FACTS = [
    ("Decision reference", "ODR/HC/2025/014"),
    ("Decision maker", "Director of Housing and Communities"),
    ("Date of decision", "07/04/2025"),
    ("Authority for the decision", "Delegation by Cabinet, minute 87 of 12 March 2025"),
    ("Date published", "9 April 2025"),
]

PARTNERS = [
    ("Brindlecote District Council", "Lead partner; chairs the Charter group"),
    ("Brindlecote Housing Trust", "Largest social landlord"),
    ("Marlstone Vale Integrated Care Board", "Health partner"),
    ("Brindlecote Citizens Advice", "Advice and advocacy"),
    ("St Martin's Night Shelter", "Emergency accommodation"),
    ("Brindlecote Young People's Foyer", "Supported housing for 16 to 25 year olds"),
]

SECTIONS = [
    ("1. Title of decision", [TITLE]),
    (
        "2. Decision",
        [
            f"To agree the {TITLE} on behalf of Brindlecote District Council, so that the "
            "Council becomes one of its founding signatories."
        ],
    ),
    (
        "3. Background",
        [
            "The Charter sets out what each organisation will do to spot the risk of "
            "homelessness early and to refer households before they reach crisis. On "
            "12 March 2025 Cabinet delegated authority to the Director of Housing and "
            "Communities to agree the Charter once its final text was settled with the "
            "partners. The final text was settled on 31 March 2025.",
            "The organisations that have committed to the Charter are:",
        ],
    ),
    (
        "4. Reasons for the decision",
        [
            "Most households who become homeless in Brindlecote were known to at least one "
            "public service in the year before. The Charter gives every partner the same duty "
            "to refer, whether or not the law requires it.",
        ],
    ),
    (
        "5. Alternative options rejected",
        [
            "Relying on the statutory duty to refer alone. Rejected: it does not cover most of "
            "the partners."
        ],
    ),
    (
        "6. Consultation",
        [
            "The Cabinet Member for Housing was consulted on 2 April 2025 and supports the "
            "decision. The Charter will be launched at the Brindlecote Homelessness Forum on "
            "24 April 2025."
        ],
    ),
    ("7. Declarations of interest", ["None."]),
]


def write(path: Path) -> None:
    document = new_document()
    bold_heading(document, "BRINDLECOTE DISTRICT COUNCIL", size=14)
    bold_heading(document, "Record of an Officer Decision", size=13)
    table = document.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for label, value in FACTS:
        cells = table.add_row().cells
        cells[0].text = label
        cells[1].text = value
    for heading, paragraphs in SECTIONS:
        bold_heading(document, heading)
        for text in paragraphs:
            document.add_paragraph(text)
        if heading.startswith("3."):
            grid_table(document, ["Organisation", "Role in the Charter"], PARTNERS)
    document.save(path)
