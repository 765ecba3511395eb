"""Terms of reference of the Lowden Cross Children and Young People's Partnership Board as a
DOCX in Word's heading styles, with a membership table whose first column ("Sector") is
merged down over the rows of each group, and a numbered approval list."""

from __future__ import annotations

from pathlib import Path

from docx_common import bullets, grouped_table, new_document, paras

MEMBERSHIP = [
    (
        "Local authority",
        [
            [
                "Lowden Cross Council",
                "Director of Children's Services (chair); Director of Public Health",
            ]
        ],
    ),
    (
        "Health",
        [
            ["NHS Lowden and Avonmere Integrated Care Board", "Director of Nursing"],
            ["Lowden Cross Hospitals NHS Trust", "Associate Director, Children's Services"],
            [
                "Avonmere Community and Mental Health NHS Foundation Trust",
                "Head of Children and Young People's Mental Health Services",
            ],
        ],
    ),
    (
        "Education",
        [
            ["Lowden Cross Primary Headteachers' Association", "Chair"],
            ["Lowden Cross Secondary Heads' Partnership", "Chair"],
            ["Lowden College", "Vice Principal, Students"],
        ],
    ),
    (
        "Police and justice",
        [
            ["Avonmere Police", "Superintendent, Lowden Cross"],
            ["Lowden Cross Youth Justice Service", "Head of Service"],
        ],
    ),
    (
        "Voluntary and community sector",
        [
            ["Lowden Cross Youth Network", "Chief Executive"],
            ["Lowden Cross Parent Carer Forum", "Co-chair"],
        ],
    ),
]

VALUES = [
    "Children and young people come first",
    "Listen, then act on what we hear",
    "Be brave about doing things differently",
    "Treat every family with respect and without judgement",
]

APPROVAL = [
    "Agreed by the Lowden Cross Children and Young People's Partnership Board on 4 July 2023.",
    "Endorsed by the Lowden Cross Health and Wellbeing Board on 12 July 2023.",
    "Noted by the Lowden Cross Safeguarding Children Partnership on 27 July 2023.",
]


def write_lowden(path: Path) -> None:
    title = "Lowden Cross Children and Young People's Partnership Board: Terms of Reference"
    document = new_document(
        title=title,
        author="Lowden Cross Council",
        footer="Lowden Cross CYP Partnership Board – Terms of Reference – Version 4.0",
    )
    document.add_paragraph(title, style="Title")
    document.add_paragraph("Version 4.0")

    def heading(text: str, level: int = 1) -> None:
        document.add_paragraph(text, style=f"Heading {level}")

    heading("1. Purpose")
    paras(
        document,
        "The Lowden Cross Children and Young People's Partnership Board brings together the "
        "organisations that plan and deliver services for children, young people and families "
        "in Lowden Cross. It was set up in September 2019 to replace the separate early help "
        "and children's health groups, and it owns the borough's Children and Young People's "
        "Plan 2023-2026, which was launched on 18 May 2023.",
        "The Partnership Board works at place level, for the borough as a whole, and at "
        "community level through the four locality family hub partnerships, which bring "
        "together schools, health visitors, social workers and voluntary groups in each area.",
    )
    heading("2. Vision and values")
    paras(
        document,
        "Our vision is that every child in Lowden Cross grows up safe, healthy and happy, and "
        "leaves school ready for the next stage of their life. Our values were written with the "
        "Youth Voice Panel in 2022:",
    )
    bullets(document, VALUES)
    heading("3. Membership")
    paras(
        document,
        "The member organisations of the Partnership Board, and the people who represent them, "
        "are set out below. Each member organisation names a deputy who can attend and take "
        "decisions in the representative's absence.",
    )
    grouped_table(document, ["Sector", "Organisation", "Representative"], MEMBERSHIP)
    paras(
        document,
        "",
        "Two members of the Youth Voice Panel attend every meeting as full members. Officers "
        "from the Council's commissioning and performance teams attend to support the Board "
        "but are not members.",
    )
    heading("4. Chairing and meetings")
    paras(
        document,
        "The Board is chaired by the Director of Children's Services. The vice chair is chosen "
        "each year by the members from among the health, education or voluntary sector members.",
        "The Board meets every other month. Meetings are held in a school or community venue "
        "in each of the four localities in turn, and young people are invited to open each "
        "meeting with an item of their choosing.",
    )
    heading("5. Decision-making")
    paras(
        document,
        "The Board aims to reach decisions by consensus. It is quorate when at least six member "
        "organisations are present, including the Council, the Integrated Care Board and at "
        "least one education member. The Board cannot commit the resources of any member "
        "organisation without that organisation's agreement.",
    )
    heading("6. Responsibilities")
    paras(document, "The Partnership Board will:")
    bullets(
        document,
        [
            "agree, monitor and refresh the Children and Young People's Plan;",
            "oversee the development of the family hub network;",
            "commission joint work where members agree to pool resources;",
            "hold members to account for their contribution to the Plan's outcomes.",
        ],
    )
    heading("7. Relationship with other boards")
    paras(
        document,
        "The Partnership Board reports twice a year to the Lowden Cross Health and Wellbeing "
        "Board. It works alongside the Lowden Cross Safeguarding Children Partnership, which "
        "remains responsible for multi-agency safeguarding arrangements, and the Lowden Cross "
        "SEND Partnership Board, which leads work for children with special educational needs "
        "and disabilities. The chairs of the three boards meet each term.",
    )
    heading("8. Young people's voice")
    paras(
        document,
        "The Youth Voice Panel is made up of twenty young people aged 11 to 21 from across the "
        "borough, including children in care and young carers. It sets its own agenda, "
        "reviews the Board's papers and reports to the Board at every meeting.",
    )
    heading("9. Review")
    paras(
        document,
        "These terms of reference will be reviewed in July 2024, and every year after that.",
    )
    heading("10. Approval")
    paras(document, "These terms of reference have been:")
    bullets(document, APPROVAL, style="List Number")
    document.save(path)
