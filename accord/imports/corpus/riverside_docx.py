"""The Riverside Neighbourhood Partnership MOU of the import corpus, written with
python-docx in Word's own styles ("Title", "Heading 1", "Heading 2", "List Bullet",
"List Number"). Run ``make_binary_documents.py`` to write it."""

from __future__ import annotations

from pathlib import Path

RIVERSIDE_PARTIES = [
    (
        "Public sector partners",
        [
            "Kestle Council",
            "Northshire Police",
            "Department for Work and Pensions (Jobcentre Plus, Kestle)",
        ],
    ),
    (
        "Health partners",
        [
            "North Marsh Integrated Care Board",
            "Riverside and Docks Primary Care Network",
            "North Marsh Partnership NHS Foundation Trust",
        ],
    ),
    ("Housing partners", ["Marsh Valley Housing Association"]),
    (
        "Community and voluntary partners",
        [
            "Kestle Community and Voluntary Services",
            "Riverside Community Association",
            "Riverside Food Bank",
            "Riverside Older People's Forum",
        ],
    ),
]

RIVERSIDE_VALUES = [
    "Residents are the experts in their own lives and their own neighbourhood",
    "Kindness and respect in every contact",
    "Doing what we say we will do",
    "Sharing power, credit and responsibility",
    "Keeping things simple and free of jargon",
]

RIVERSIDE_APPROVAL_STEPS = [
    "Agreement of the Memorandum by the Riverside Neighbourhood Partnership Steering Group.",
    "Presentation to the Kestle Alliance Board for endorsement.",
    "Presentation to the Kestle Health and Wellbeing Board for note.",
    "Signature by each party listed in section 3.",
]


def write_riverside_docx(path: Path) -> None:
    from docx import Document
    from docx.shared import Pt

    document = Document()
    document.core_properties.title = (
        "Riverside Neighbourhood Partnership Memorandum of Understanding"
    )
    document.core_properties.author = "Riverside Neighbourhood Partnership"
    document.styles["Normal"].font.name = "Arial"
    document.styles["Normal"].font.size = Pt(11)

    footer = document.sections[0].footer.paragraphs[0]
    footer.text = "Riverside Neighbourhood Partnership - Memorandum of Understanding - final draft"

    document.add_paragraph(
        "Riverside Neighbourhood Partnership Memorandum of Understanding", style="Title"
    )
    document.add_paragraph("Final draft for approval, April 2025")

    def heading(text: str, level: int = 1) -> None:
        document.add_paragraph(text, style=f"Heading {level}")

    def para(text: str) -> None:
        document.add_paragraph(text)

    def bullets(items: list[str]) -> None:
        for item in items:
            document.add_paragraph(item, style="List Bullet")

    heading("1. Introduction")
    para(
        "Riverside is a neighbourhood of around 19,000 residents on the south bank of the River "
        "Kest in Kestle, made up of the Riverside, Docks and St Anne's wards. It has some of the "
        "highest rates of child poverty, long-term illness and loneliness in the borough, but also "
        "a strong tradition of neighbours helping one another."
    )
    para(
        "The Riverside Neighbourhood Partnership was set up as a pilot in January 2024 by Kestle "
        "Council and the Riverside and Docks Primary Care Network, to test whether public services "
        "and community organisations could do more together at neighbourhood level than apart."
    )
    para(
        "In September 2024 more than 600 residents took part in the Riverside Conversations "
        "listening exercise. They told us that they wanted one place to go for help, services that "
        "know them and do not make them repeat their story, and more to do for young people and "
        "older people in the evenings and at weekends. This Memorandum puts the partnership on a "
        "lasting footing so that we can act on what they told us."
    )

    heading("2. Purpose of this Memorandum")
    para(
        "This Memorandum sets out what the parties want to achieve together in Riverside, the "
        "values they share and how the partnership will be run. It is not a contract and does not "
        "create legal obligations; it is a public statement of how we intend to work."
    )
    para("Together, the parties want to achieve four things by the end of 2026:")
    bullets(
        [
            "one front door for help in Riverside, open in the evenings as well as the day;",
            "fewer residents going to hospital in a crisis that could have been prevented;",
            "more young people in education, training or work;",
            "fewer older people who say that they feel lonely most of the time.",
        ]
    )
    para(
        "The partnership works at community level, in the Riverside neighbourhood. It links to "
        "place level through the Kestle Alliance Board, which brings together health and care "
        "partners for the whole of Kestle, and shares what it learns with the other neighbourhoods "
        "of the borough."
    )

    heading("3. Parties to this Memorandum")
    para("The parties to this Memorandum are:")
    for category, names in RIVERSIDE_PARTIES:
        heading(category, level=2)
        bullets(names)
    para(
        "Other local organisations, including schools, faith groups and businesses, are welcome "
        "to join by agreement of the steering group."
    )

    heading("4. Our values")
    para("The parties share these values and will hold one another to them:")
    bullets(RIVERSIDE_VALUES)

    heading("5. What each party will do")
    para("Each party will:")
    bullets(
        [
            "name a lead officer or volunteer for the partnership and make sure they have the "
            "time to take part;",
            "offer space, staff time or expertise to the Riverside Hub at St Anne's Community "
            "Centre, which opens four days a week;",
            "take part in the weekly multi-agency huddle, where staff agree who will help "
            "residents with complex needs;",
            "share information lawfully and only when it helps the resident concerned.",
        ]
    )
    para(
        "Kestle Council will host the partnership coordinator. North Marsh Integrated Care Board "
        "will fund the Hub's social prescribing link worker until March 2026 through its health "
        "inequalities programme."
    )

    heading("6. How the partnership is governed")
    para(
        "The Riverside Neighbourhood Partnership Steering Group meets monthly and is made up of "
        "one representative of each party and three residents chosen by the Riverside Residents' "
        "Panel. It is chaired jointly by a resident and by the clinical director of the Riverside "
        "and Docks Primary Care Network."
    )
    para(
        "The Riverside Residents' Panel is open to anyone who lives in the neighbourhood. It "
        "meets every other month at the Riverside Hub, sets its own agenda and may ask any party "
        "to attend and explain a decision. Panel members are offered expenses and childcare so that "
        "nobody is excluded by cost."
    )
    para(
        "Decisions are made by agreement wherever possible. Where the steering group cannot agree, "
        "the co-chairs will look for a compromise and, if none is found, the matter will be taken "
        "to the Kestle Alliance Board for advice. No party will be asked to act against its own "
        "policies or legal duties."
    )
    para(
        "The steering group reports twice a year to the Kestle Alliance Board and will publish "
        "its first progress report, written with residents, in November 2025."
    )

    heading("7. Review and exit")
    para(
        "The parties will review this Memorandum together in May 2026. Any party may leave the "
        "partnership by telling the steering group in writing; it is asked to give at least three "
        "months' notice so that residents are not left without support."
    )

    heading("8. Process of approval")
    para("This Memorandum will come into effect after the following steps:")
    for step in RIVERSIDE_APPROVAL_STEPS:
        document.add_paragraph(step, style="List Number")
    para(
        "The steering group agreed the Memorandum in April 2025. Signatures are expected by "
        "June 2025, in time for a public launch at the Riverside summer fair in July 2025."
    )

    heading("9. Signatures")
    para("Signed on behalf of each party by a person authorised to do so:")
    names = [name.split(" (")[0] for _category, group in RIVERSIDE_PARTIES for name in group]
    table = document.add_table(rows=1, cols=4)
    table.style = "Table Grid"
    for cell, label in zip(
        table.rows[0].cells, ["Organisation", "Name", "Role", "Date"], strict=True
    ):
        cell.text = label
    for name in names:
        table.add_row().cells[0].text = name

    document.save(path)
