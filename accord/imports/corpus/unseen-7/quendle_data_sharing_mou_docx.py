"""Quendle population health data-sharing memorandum of understanding, as a DOCX.

What it tests: "Title" then a Normal subtitle; numbered "Heading 1"s and a "Heading 2" inside a
section (not a section); the parties in a Word table with a "Ref" column (P1 to P7) before
the organisation, a "Sector" column (the category) and an ICO registration column; the approval
route as a list numbered by Word numbering (w:numPr, numbers not typed), each step naming its
body; a second numPr list of data flows that is not an approval route; "the 9th day of October
2025" and "2025-10-09" for one event; a data protection officers' group and a programme
board.
"""

from __future__ import annotations

from pathlib import Path

from _docx import grid_table, new_document, numbered_list

PARTIES = [
    ("P1", "Quendle City Council", "Local government", "Z5512093"),
    ("P2", "Quendle and Arne Integrated Care Board", "NHS commissioner", "ZB344102"),
    ("P3", "Quendle Royal Hospitals NHS Trust", "NHS provider", "Z6631775"),
    ("P4", "Arne Partnership NHS Foundation Trust", "NHS provider", "Z7021846"),
    ("P5", "Quendle GP Federation Ltd", "Primary care", "ZA190244"),
    ("P6", "Quendle Hospice", "Voluntary sector", "Z8833510"),
    ("P7", "Arne District Council", "Local government", "Z5520187"),
]


def write(path: Path) -> None:
    document = new_document()
    document.add_paragraph("Quendle Population Health Data Sharing", style="Title")
    document.add_paragraph("Memorandum of Understanding")
    document.add_paragraph(
        "This Memorandum is made on the 9th day of October 2025 between the parties listed in "
        "section 2."
    )

    document.add_heading("1. Purpose", level=1)
    document.add_paragraph(
        "The parties share pseudonymised health and care data in the Quendle Population Health "
        "Platform so that they can plan services for groups of residents with similar needs, "
        "both across the Quendle and Arne integrated care system and in each of the city's primary care networks."
    )

    document.add_heading("2. The parties", level=1)
    grid_table(document, ["Ref", "Organisation", "Sector", "ICO registration"], PARTIES)
    document.add_paragraph(
        "Parties P1 to P5 are joint controllers of the platform; parties P6 and P7 supply and "
        "receive data under this Memorandum but are not joint controllers."
    )

    document.add_heading("3. Data flows", level=1)
    document.add_paragraph("The following flows are covered:")
    numbered_list(
        document,
        [
            "GP records, pseudonymised at source, to the platform;",
            "hospital activity data from P3 and P4 to the platform;",
            "adult social care records from P1 and P7 to the platform.",
        ],
        key="flows",
    )

    document.add_heading("4. Governance", level=1)
    document.add_paragraph(
        "The Population Health Programme Board owns this Memorandum. The Data Protection "
        "Officers' Group advises the Board and keeps the data protection impact assessment "
        "under review."
    )
    document.add_heading("Changes to this Memorandum", level=2)
    document.add_paragraph(
        "A new party may join by signing an accession letter approved by the Programme Board."
    )

    document.add_heading("5. Approval", level=1)
    document.add_paragraph("This Memorandum was approved in the following order:")
    numbered_list(
        document,
        [
            "the Data Protection Officers' Group reviewed it on 2025-09-04;",
            "the Population Health Programme Board recommended it for approval on 2025-09-18;",
            "the Caldicott Guardian of each party approved it by 2025-10-03; and",
            "the senior information risk owner of each party signed it on 2025-10-09.",
        ],
        key="approval",
    )
    document.add_paragraph("The Memorandum will be reviewed by October 2026.")
    document.save(path)
