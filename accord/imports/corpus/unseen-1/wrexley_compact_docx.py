"""The Wrexley Compact as a DOCX in heading styles, with a title page that lists the parties
under two bold group lines (public sector; voluntary, community and social enterprise
sector), a list of shared values and an approval section told in prose."""

from __future__ import annotations

from pathlib import Path

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx_common import bold_heading, bullets, new_document, paras

PUBLIC = [
    "Wrexley City Council",
    "NHS Wrexley and Downe Integrated Care Board",
    "Wrexley Teaching Hospitals NHS Foundation Trust",
    "Wrexley and Downe Police",
    "Downe and Wrexley Fire and Rescue Service",
]
VCSE = ["Wrexley Community Network", "Wrexley Faith Forum", "Social Enterprise Wrexley"]

VALUES = [
    "Independence: the sector's right to campaign, to challenge and to speak for the people it serves",
    "Equality of respect between partners of every size",
    "Honesty and openness, especially about money",
    "Inclusion of communities that are often left out",
]


def _centre(paragraph) -> None:
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER


def write_wrexley(path: Path) -> None:
    title = "The Wrexley Compact: Memorandum of Understanding"
    document = new_document(
        title=title, author="Wrexley Community Network", footer="The Wrexley Compact – 2025 edition"
    )
    _centre(document.add_paragraph(title, style="Title"))
    _centre(document.add_paragraph("Agreed between"))
    _centre(bold_heading(document, "Public sector partners", size=11))
    for name in PUBLIC:
        _centre(document.add_paragraph(name))
    _centre(document.add_paragraph("and"))
    _centre(bold_heading(document, "Voluntary, community and social enterprise sector", size=11))
    for name in VCSE:
        _centre(document.add_paragraph(name))
    _centre(document.add_paragraph("2025 edition"))
    document.add_page_break()

    def heading(text: str) -> None:
        document.add_paragraph(text, style="Heading 1")

    heading("1. What the Compact is")
    paras(
        document,
        "The Wrexley Compact is an agreement between the main public bodies in Wrexley and the "
        "city's voluntary, community and social enterprise sector (\u201cthe sector\u201d). It sets "
        "out how we will work together for the good of Wrexley's residents, and what each side "
        "can expect of the other. It is not legally binding, but every partner has committed "
        "to follow it.",
        "The first Wrexley Compact was agreed in 2011 and refreshed in 2019. This edition was "
        "written by the Wrexley Compact Working Group, set up in March 2024 with members from "
        "both sides, after a survey of 260 voluntary and community organisations.",
    )
    heading("2. Shared values")
    paras(document, "All partners share these values:")
    bullets(document, VALUES)
    heading("3. Commitments of the public sector partners")
    paras(document, "The public sector partners will:")
    bullets(
        document,
        [
            "involve the sector early in designing policies and services that affect it;",
            "consult for at least twelve weeks on major changes, or explain why that is not "
            "possible;",
            "give at least three months' notice of any reduction in funding;",
            "pay grants and contracts on time, and in advance where a small organisation needs it.",
        ],
    )
    heading("4. Commitments of the voluntary, community and social enterprise sector")
    paras(document, "The sector will:")
    bullets(
        document,
        [
            "bring the voices of the communities it works with, including those seldom heard;",
            "be clear about whom it represents and how it has gathered views;",
            "manage public money well and report openly on what it achieves.",
        ],
    )
    heading("5. Funding and commissioning")
    paras(
        document,
        "Where possible, the public sector partners will offer grants and contracts of at least "
        "three years, include the full cost of delivery, and keep reporting proportionate to the "
        "size of the award. Commissioners will consider the social value of bids, including the "
        "use of local volunteers and staff.",
    )
    heading("6. Involvement and consultation")
    paras(
        document,
        "Wrexley Community Network will be the first point of contact for involving the sector. "
        "The public sector partners will fund it to run an open forum every quarter and to "
        "nominate sector representatives to partnership boards.",
    )
    heading("7. Volunteering")
    paras(
        document,
        "The partners recognise that volunteers are not a substitute for paid staff. They will "
        "support volunteering by offering paid volunteering leave to their own staff and by "
        "funding the Wrexley Volunteer Centre.",
    )
    heading("8. Making the Compact work")
    paras(
        document,
        "The Compact Implementation Group, made up of three representatives of each side, will "
        "meet twice a year to check how well the Compact is working and publish a short report. "
        "The partners will review the Compact in December 2026.",
    )
    heading("9. Resolving disagreements")
    paras(
        document,
        "Any partner may raise a concern that the Compact has not been followed. The Compact "
        "Implementation Group will try to resolve it within two months, and may ask an "
        "independent mediator to help.",
    )
    heading("10. Agreement and signing")
    paras(
        document,
        "The Wrexley Partnership Board endorsed this edition of the Compact on 22 October 2024. "
        "The board of trustees of Wrexley Community Network agreed it on behalf of the sector on "
        "6 November 2024. Wrexley City Council's Cabinet approved it on 12 November 2024, and "
        "the ICB Board approved it on 28 November 2024.",
        "The Compact was signed by each partner at the Wrexley Compact celebration on 5 December "
        "2024, International Volunteer Day.",
    )
    document.save(path)
