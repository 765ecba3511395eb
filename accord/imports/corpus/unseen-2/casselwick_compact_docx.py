"""The Casselwick Compact, as a DOCX written in prose.

What it tests: no heading styles (bold paragraphs as headings, a larger bold title); parties
named inline after the lead-in "The founding members of the Compact are"; values as a
bulleted list; a two-column table of commitments that holds neither parties nor values; and
approval written in the present tense and third person ("agrees", "endorses", "notes",
"signs"). "In February this year" is resolved from the date the Compact was agreed.
"""

from __future__ import annotations

from pathlib import Path

from _docx import bold_heading, grid_table, new_document

VALUES = [
    "Independence: the voluntary sector's right to campaign and to challenge is respected",
    "Fair funding that reflects the true cost of the work",
    "Early and honest conversation before decisions are made",
    "Equality of voice for small groups as well as large ones",
]

COMMITMENTS = [
    (
        "give at least twelve weeks' notice of any change to funding",
        "tell public bodies early about pressures on its services",
    ),
    (
        "involve voluntary groups in designing services, not only in delivering them",
        "bring the voices of the people it works with into decisions",
    ),
    (
        "pay grants on time and keep monitoring in proportion to the size of the grant",
        "account openly for the public money it receives",
    ),
]

PARAGRAPHS = [
    (
        "Why we have a Compact",
        [
            "Public bodies and voluntary and community organisations in Casselwick depend on "
            "one another. When money is short, it is tempting for each to retreat into its own "
            "business. This Compact is our shared promise not to do that. It was shaped at a "
            "summit of more than 150 organisations in February this year and replaces the "
            "Compact that the borough first agreed in 2011.",
        ],
    ),
    (
        "Who the Compact is for",
        [
            "The founding members of the Compact are Casselwick Metropolitan Borough Council, "
            "Casselwick and Rendle Integrated Care Board, Rendle Valley Police, Casselwick "
            "Hospitals NHS Foundation Trust, Casselwick College and Casselwick Together, which "
            "signs on behalf of its 240 member groups. Any other public body or voluntary "
            "organisation working in Casselwick may sign up to the Compact at any time.",
        ],
    ),
]

LATER_PARAGRAPHS = [
    (
        "Working at every level",
        [
            "The Compact applies wherever the members work together: across the Casselwick and "
            "Rendle integrated care system, in Casselwick as a place, and in each of the seven "
            "neighbourhood networks where local groups and public services meet every month.",
        ],
    ),
    (
        "Making the Compact work",
        [
            "The Compact Champions Group, with one champion from each founding member and four "
            "from smaller voluntary groups, meets four times a year, looks into complaints that "
            "the Compact has not been kept and reports each year to the Casselwick Partnership "
            "Board.",
        ],
    ),
    (
        "How this Compact was agreed",
        [
            "The Casselwick Partnership Board agrees this Compact as the shared commitment of "
            "its members. The Casselwick Together Members' Assembly endorses it on behalf of the "
            "voluntary and community sector. The Casselwick Health and Wellbeing Board notes the "
            "Compact and will take it into account when it commissions services. Each founding "
            "member signs the Compact through its leader, chair or chief executive.",
            "Agreed by the Casselwick Partnership Board on 16 May 2023. The members will review "
            "the Compact together in May 2026.",
        ],
    ),
]


def _prose(document, sections) -> None:
    for heading, texts in sections:
        bold_heading(document, heading)
        for text in texts:
            document.add_paragraph(text)


def write(path: Path) -> None:
    document = new_document()
    bold_heading(document, "The Casselwick Compact", size=20)
    document.add_paragraph(
        "How public bodies and the voluntary and community sector in Casselwick work together"
    )
    _prose(document, PARAGRAPHS)

    bold_heading(document, "Our shared values")
    for value in VALUES:
        document.add_paragraph(value, style="List Bullet")

    bold_heading(document, "What we each commit to")
    document.add_paragraph("Each side of the Compact makes its own promises to the other:")
    grid_table(
        document,
        ["Public bodies will", "The voluntary and community sector will"],
        COMMITMENTS,
    )
    _prose(document, LATER_PARAGRAPHS)
    document.save(path)
