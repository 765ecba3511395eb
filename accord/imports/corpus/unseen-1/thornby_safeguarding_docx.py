"""Multi-agency safeguarding arrangements for Thornby Wells as a DOCX in heading styles: the
three statutory partners after a lead-in, the relevant agencies in a table banded by sector
(each band a row merged across all columns), and a sign-off table of lead partners."""

from __future__ import annotations

from pathlib import Path

from docx_common import banded_table, bullets, header_table, new_document, paras

AGENCIES = [
    (
        "Health",
        [
            [
                "Thornby Wells Hospitals NHS Trust",
                "Emergency department, maternity and paediatric services",
            ],
            [
                "Greave Valley Healthcare NHS Foundation Trust",
                "Health visiting, school nursing and children's mental health services",
            ],
            [
                "Thornby Wells GP Federation",
                "Named GP for safeguarding and links with all 19 practices",
            ],
        ],
    ),
    (
        "Education and early years",
        [
            ["Greave Learning Trust", "Academy trust for 14 schools in the borough"],
            ["Thornby Wells College", "Further education for 16 to 19 year olds"],
            [
                "Thornby Wells Nursery Providers' Network",
                "Private and voluntary nurseries and childminders",
            ],
        ],
    ),
    (
        "Justice and community safety",
        [
            ["Thornby Wells Youth Justice Service", "Work with children in the justice system"],
            ["Greave Fire and Rescue Service", "Home safety visits and fire-setter interventions"],
        ],
    ),
    (
        "Housing and voluntary sector",
        [
            ["Thornby Homes", "Social housing for around 9,000 households"],
            [
                "Thornby Wells Council for Voluntary Service",
                "Links with 300 voluntary and faith groups",
            ],
            ["Wells Family Support", "Family support and domestic abuse services"],
        ],
    ),
]

SIGN_OFF = [
    ["Chief Executive", "Thornby Wells Borough Council", "19 November 2024"],
    ["Chief Executive", "NHS Thornby and Greave Integrated Care Board", "21 November 2024"],
    ["Chief Constable", "Greave Constabulary", "26 November 2024"],
]


def write_thornby(path: Path) -> None:
    title = (
        "Thornby Wells Safeguarding Children Partnership: Multi-agency Safeguarding Arrangements"
    )
    document = new_document(
        title=title,
        author="Thornby Wells Safeguarding Children Partnership",
        footer="Thornby Wells Safeguarding Children Partnership – published 5 December 2024",
    )
    document.add_paragraph(title, style="Title")
    paras(document, "Published 5 December 2024. Next review by December 2025.")

    def heading(text: str, level: int = 1) -> None:
        document.add_paragraph(text, style=f"Heading {level}")

    heading("1. About these arrangements")
    paras(
        document,
        "This document describes how organisations in Thornby Wells work together to protect "
        "children from harm and to promote their welfare, as the Children Act 2004 and the "
        "statutory guidance Working Together to Safeguard Children 2023 require. It is written "
        "for professionals, for families and for anyone who wants to know who is responsible "
        "for what.",
        "Thornby Wells is a borough of about 158,000 people, 36,000 of them children. The "
        "arrangements cover every child who lives in the borough or who goes to school here.",
    )
    heading("2. Statutory safeguarding partners")
    paras(document, "The statutory safeguarding partners for Thornby Wells are:")
    bullets(
        document,
        [
            "Thornby Wells Borough Council",
            "NHS Thornby and Greave Integrated Care Board",
            "Greave Constabulary",
        ],
    )
    paras(
        document,
        "NHS Thornby and Greave Integrated Care Board also covers two neighbouring areas and "
        "takes part in the arrangements for each of them. Each partner has named a lead "
        "safeguarding partner, who is its chief executive or chief constable, and a delegated "
        "safeguarding partner who attends the Safeguarding Partnership Executive.",
    )
    heading("3. Relevant agencies")
    paras(
        document,
        "The partners have named the following organisations as relevant agencies. They are "
        "required to cooperate with these arrangements, to take part in reviews and audits, and "
        "to make sure their staff are trained.",
    )
    banded_table(document, ["Relevant agency", "Its part in safeguarding children"], AGENCIES)
    paras(document, "")
    heading("4. How we work together")
    paras(
        document,
        "The Safeguarding Partnership Executive is made up of the three delegated safeguarding "
        "partners and the Director of Education. It meets every month and agrees the "
        "partnership's priorities, budget and yearly report.",
        "Three groups report to the Executive: the Case Review Subgroup, the Learning and "
        "Improvement Subgroup and the Education Safeguarding Forum, which brings together the "
        "designated safeguarding leads of every school and college.",
        "The partnership works closely with the Thornby Wells Safeguarding Adults Board and the "
        "Thornby Wells Community Safety Partnership on domestic abuse, exploitation and young "
        "people moving to adult services.",
    )
    heading("5. Independent scrutiny")
    paras(
        document,
        "An independent scrutineer, appointed by the three partners, reviews how well the "
        "arrangements work and reports to the lead safeguarding partners twice a year. The "
        "partnership's yearly report for 2023/24 was published in September 2024 and includes "
        "the scrutineer's findings.",
    )
    heading("6. Learning from cases")
    paras(
        document,
        "When a child dies or is seriously harmed and abuse or neglect is known or suspected, "
        "the Case Review Subgroup carries out a rapid review within fifteen working days and "
        "recommends to the partners whether a local child safeguarding practice review is "
        "needed. Learning is shared through briefings, training and a yearly learning event.",
    )
    heading("7. Funding")
    paras(
        document,
        "The partners fund the arrangements jointly. In 2024/25 the budget is £412,000: the "
        "Council pays half, the Integrated Care Board 30 per cent and the police 20 per cent.",
    )
    heading("8. Sign-off")
    paras(
        document,
        "The Safeguarding Partnership Executive agreed these arrangements on 12 November 2024. "
        "They were then signed off by the lead safeguarding partners:",
    )
    header_table(document, ["Lead safeguarding partner", "Organisation", "Date signed"], SIGN_OFF)
    document.save(path)
