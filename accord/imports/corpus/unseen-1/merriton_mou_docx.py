"""A data-sharing MOU for population health management in Merriton as a DOCX in heading
styles: a "Document control" table (Version | Date | Agreed by, with "(completed ...)"
notes) under a bold paragraph rather than a heading, a table of parties without categories,
and a signature table whose later rows are not yet dated."""

from __future__ import annotations

from pathlib import Path

from docx_common import bold_heading, bullets, header_table, new_document, paras

CONTROL = [
    [
        "0.9",
        "02/02/2024",
        "Merriton Population Health Management Steering Group (completed 2 February 2024)",
    ],
    ["1.0", "07/03/2024", "ICB Board (completed 7 March 2024)"],
    [
        "1.0",
        "19/03/2024",
        "Merriton City Council Information Governance Group (completed 19 March 2024)",
    ],
]

PARTIES = [
    ["Merriton City Council", "ig@merriton.example.gov.uk", "Director of Public Health"],
    [
        "NHS Merriton and Hale Integrated Care Board",
        "mhicb.dpo@nhs.example",
        "Chief Digital and Information Officer",
    ],
    [
        "Merriton General Hospital NHS Foundation Trust",
        "dpo@mgh.nhs.example",
        "Senior Information Risk Owner",
    ],
    [
        "Hale and Merriton Community Health NHS Trust",
        "ig@hmch.nhs.example",
        "Head of Information Governance",
    ],
    ["Merriton Central Primary Care Network", "via the clinical director", "Clinical Director"],
    ["Merriton North Primary Care Network", "via the clinical director", "Clinical Director"],
    [
        "Merriton South and Hale Primary Care Network",
        "via the clinical director",
        "Clinical Director",
    ],
    ["Hale Data Services Ltd", "dpo@haledata.example.co.uk", "Data Protection Officer"],
]

SIGNED = {
    "Merriton City Council": ("Dr Wendy Achebe", "Director of Public Health", "25/03/2024"),
    "NHS Merriton and Hale Integrated Care Board": (
        "Gareth Lund",
        "Chief Digital and Information Officer",
        "26/03/2024",
    ),
    "Merriton General Hospital NHS Foundation Trust": (
        "Philippa Crane",
        "Medical Director",
        "27/03/2024",
    ),
    "Hale and Merriton Community Health NHS Trust": (
        "Jonah Ferreira",
        "Director of Finance and SIRO",
        "28/03/2024",
    ),
}


def write_merriton(path: Path) -> None:
    title = "Memorandum of Understanding for Population Health Data Sharing in Merriton"
    document = new_document(
        title=title,
        author="NHS Merriton and Hale Integrated Care Board",
        footer="Merriton Population Health Data Sharing MOU – version 1.0 – OFFICIAL",
    )
    document.add_paragraph(title, style="Title")
    bold_heading(document, "Document control", size=11)
    header_table(document, ["Version", "Date", "Agreed by"], CONTROL)
    paras(document, "")

    def heading(text: str) -> None:
        document.add_paragraph(text, style="Heading 1")

    heading("1. Background")
    paras(
        document,
        "Population health management means using joined-up data to understand which groups of "
        "people are at risk of poor health, and acting early to help them. In Merriton, the "
        "information needed to do this is held by many organisations: GP practices, the "
        "hospital, community services and the City Council's public health and social care "
        "teams.",
        "In October 2023 the parties created a pilot linked dataset for people with diabetes in "
        "the north of the city. It identified 640 people whose condition was poorly controlled "
        "and who had not had a review in over a year. This Memorandum of Understanding extends "
        "that work to the whole of Merriton.",
    )
    heading("2. Purpose and scope")
    paras(
        document,
        "This Memorandum sets out how the parties will share and link pseudonymised data for "
        "population health management. It covers the Merriton place of the Merriton and Hale "
        "Integrated Care System; equivalent arrangements for Hale are being developed "
        "separately. It supports the ICB's work at system level, through the Population Health "
        "Management Board, to compare outcomes across the two places.",
        "The Memorandum does not cover direct care, which is governed by each organisation's "
        "own arrangements, or research, which requires separate approval.",
    )
    heading("3. Parties")
    paras(document, "The parties to this Memorandum are:")
    header_table(document, ["Organisation", "Data protection contact", "Lead (post)"], PARTIES)
    paras(document, "")
    heading("4. Roles of the parties")
    paras(
        document,
        "The City Council, the ICB, the two NHS trusts and the GP practices in each Primary Care "
        "Network are joint controllers of the linked dataset. Hale Data Services Ltd links and "
        "hosts the data as processor, under a contract with the ICB, and may not use it for any "
        "other purpose.",
    )
    heading("5. Lawful basis")
    paras(
        document,
        "The parties rely on Article 6(1)(e) of the UK General Data Protection Regulation "
        "(public task) and Article 9(2)(h) (health and social care). Data is pseudonymised "
        "before it leaves each party, and only the processor holds the means to link records.",
    )
    heading("6. Data flows")
    bullets(
        document,
        [
            "GP practices: diagnoses, medications, test results and appointments, monthly.",
            "Hospital and community trusts: admissions, attendances and referrals, weekly.",
            "City Council: adult social care packages and public health service use, monthly.",
        ],
    )
    heading("7. Safeguards")
    paras(
        document,
        "Access to the linked dataset is limited to named analysts who have completed "
        "information governance training. Small numbers are suppressed in all outputs. A "
        "data protection impact assessment was approved on 22/01/2024 and will be reviewed "
        "each year.",
    )
    heading("8. Governance")
    paras(
        document,
        "The Merriton Population Health Management Steering Group oversees the use of the data "
        "and approves each new analysis. It reports every quarter to the Population Health "
        "Management Board and once a year to the Merriton City Council Information Governance "
        "Group.",
    )
    heading("9. Term and review")
    paras(
        document,
        "This Memorandum runs from 1 April 2024 to 31 March 2026. The parties will review it "
        "by January 2026 and decide whether to renew it.",
    )
    heading("10. Signatures")
    paras(document, "Signed on behalf of each party:")
    rows = []
    for name, _contact, _lead in PARTIES:
        who, role, date = SIGNED.get(name, ("", "", ""))
        rows.append([name, who, role, "(signed)" if who else "", date])
    header_table(document, ["Partner", "Name", "Role", "Signature", "Date"], rows)
    document.save(path)
