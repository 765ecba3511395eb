"""Brockwith warm homes referral data-sharing MOU, as a DOCX without heading styles.

What it tests: two bold title lines (document type, then scheme name; joined); a dated
sentence "This Memorandum is dated 17/11/2025" and "will first flow next month" (2025-12);
bold unnumbered headings; the parties in a Word-numbered list (numbers not typed) straight
under the bold "Parties" heading, no lead-in, each with a bracketed short name; a processor
named in prose that is not a party; review by an information governance group, then approval
by "the Senior Information Risk Owner of each party" (a class); a signature table (Party /
Signed by / Date); no level.
"""

from __future__ import annotations

from pathlib import Path

from _docx import bold_heading, grid_table, new_document, numbered_list


def write(path: Path) -> None:
    document = new_document()
    bold_heading(document, "Data Sharing Memorandum of Understanding", size=16)
    bold_heading(document, "Brockwith Warm Homes Referral Scheme", size=14)
    document.add_paragraph(
        "This Memorandum is dated 17/11/2025. Referral data will first flow under it next month."
    )
    bold_heading(document, "Parties")
    numbered_list(
        document,
        [
            "Brockwith City Council (the Council)",
            "Brockwith and Lowfield Integrated Care Board (the ICB)",
            "Brockwith Energy Advice Centre (the Advice Centre)",
        ],
        key="parties",
    )
    bold_heading(document, "Purpose")
    document.add_paragraph(
        "GP practices and council officers refer households at risk of cold homes to the "
        "Advice Centre for insulation, heating repairs and income checks. This Memorandum "
        "sets out what data is shared, why, and how it is kept safe."
    )
    bold_heading(document, "Data shared")
    document.add_paragraph(
        "Name, address, contact details, the health condition that makes the household "
        "vulnerable to cold, and the outcome of the referral. Referrals are recorded on a "
        "case system run for the Advice Centre by Homeheat Software Ltd, which acts as a "
        "processor only."
    )
    bold_heading(document, "Lawful basis")
    document.add_paragraph(
        "Each party shares data under UK GDPR Article 6(1)(e) and, for health data, Article "
        "9(2)(h). Each party is a separate controller."
    )
    bold_heading(document, "Governance")
    document.add_paragraph(
        "The Brockwith Information Governance Group reviewed this Memorandum on 30/10/2025. "
        "The Senior Information Risk Owner of each party then approved it. The Warm Homes "
        "Steering Group will check that the Memorandum is followed."
    )
    bold_heading(document, "Signatures")
    grid_table(
        document,
        ["Party", "Signed by", "Date"],
        [
            ("Brockwith City Council", "Mohammed Iqbal, Director of Public Health", "17/11/2025"),
            (
                "Brockwith and Lowfield Integrated Care Board",
                "Lara Whitcombe, Chief Nurse",
                "17/11/2025",
            ),
            ("Brockwith Energy Advice Centre", "Tom Gale, Manager", "17/11/2025"),
        ],
    )
    document.save(path)
