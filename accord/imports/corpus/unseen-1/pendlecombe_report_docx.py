"""A council committee report from 2018 as a DOCX in heading styles: cover facts as bold
labels on Normal paragraphs, numeric dates (05/09/2018), "The Committee is asked to:"
recommendations, a partners table whose second column gives each partner's sector, and the
agreement named only in the list of appendices."""

from __future__ import annotations

from pathlib import Path

from docx.shared import Pt
from docx_common import header_table, new_document, paras

PARTNERS = [
    ["Pendlecombe Borough Council", "Local government"],
    ["NHS Pendlecombe Clinical Commissioning Group", "NHS commissioner"],
    ["Pendlecombe and Ardley Hospitals NHS Foundation Trust", "NHS provider"],
    ["Ardley Community Services NHS Trust", "NHS provider"],
    ["Pendlecombe GP Alliance", "Primary care"],
    ["Pendlecombe Council for Voluntary Service", "Voluntary sector"],
    ["Pendlecombe Hospice", "Voluntary sector"],
]

COVER = [
    ("Report to:", "Health and Adult Social Care Committee"),
    ("Date of meeting:", "05/09/2018"),
    ("Report title:", "Pendlecombe Local Care Alliance – Memorandum of Understanding"),
    ("Report of:", "Director of Adult Social Care"),
    ("Wards affected:", "All"),
    ("Key decision:", "No"),
    ("Classification:", "Open"),
]


def write_pendlecombe(path: Path) -> None:
    document = new_document(
        title="Pendlecombe Local Care Alliance – Memorandum of Understanding",
        author="Pendlecombe Borough Council",
        footer="Pendlecombe Borough Council – Health and Adult Social Care Committee – 05/09/2018",
    )
    top = document.add_paragraph()
    run = top.add_run("Pendlecombe Borough Council")
    run.bold = True
    run.font.size = Pt(14)
    for label, value in COVER:
        paragraph = document.add_paragraph()
        paragraph.add_run(label + " ").bold = True
        paragraph.add_run(value)

    def heading(text: str) -> None:
        document.add_paragraph(text, style="Heading 1")

    heading("1. Recommendations")
    paras(document, "The Committee is asked to:")
    for item in [
        "1.1 approve the Pendlecombe Local Care Alliance Memorandum of Understanding at "
        "Appendix A, and the Council's membership of the Alliance;",
        "1.2 note that the CCG Governing Body approved the Memorandum on 28/08/2018;",
        "1.3 delegate to the Director of Adult Social Care authority to sign the Memorandum on "
        "behalf of the Council.",
    ]:
        document.add_paragraph(item)
    heading("2. Purpose of the report")
    paras(
        document,
        "2.1 This report asks the Committee to approve a Memorandum of Understanding between "
        "the seven partners of the Pendlecombe Local Care Alliance, which sets out how they "
        "will work together to join up community health, social care, primary care and "
        "voluntary sector support for adults in the borough.",
    )
    heading("3. Background")
    paras(
        document,
        "3.1 The Pendlecombe Local Care Alliance was formed in shadow form in November 2017, in "
        "response to the plan of the Pendlecombe and Ardley Sustainability and Transformation "
        "Partnership, which sets the direction for health and care at system level across the "
        "two boroughs. The Alliance will work at place level across Pendlecombe and at "
        "community level in the borough's four localities, where integrated teams will be based.",
        "3.2 The Pendlecombe Local Care Alliance Board agreed the draft Memorandum at its "
        "meeting on 17/07/2018, and the CCG Governing Body approved it on 28/08/2018. Subject "
        "to the Committee's approval, the Pendlecombe Health and Wellbeing Board will be asked "
        "to note the Memorandum on 20/09/2018, and it will take effect on 01/10/2018.",
    )
    heading("4. The Memorandum of Understanding")
    paras(
        document,
        "4.1 The Memorandum commits the partners to shared outcomes for adults with long-term "
        "conditions and frail older people, to a single locality team in each of the four "
        "localities, and to open sharing of information on activity and spending. It is not "
        "legally binding and does not pool any budget.",
        "4.2 The partners to the Memorandum are:",
    )
    header_table(document, ["Partner", "Sector"], PARTNERS)
    paras(
        document,
        "",
        "4.3 Healthwatch Pendlecombe will attend the Alliance Board as an observer and is not a "
        "partner.",
    )
    heading("5. Consultation")
    paras(
        document,
        "5.1 Residents, carers and staff were consulted at a public engagement event on "
        "26/06/2018 and through an online survey, which received 318 responses. The main "
        "concerns raised, about continuity of care and about access in rural areas, are "
        "reflected in sections 4 and 6 of the Memorandum.",
    )
    heading("6. Financial implications")
    paras(
        document,
        "6.1 There are no direct financial implications. Any future pooling of budgets would "
        "require a separate agreement under section 75 of the National Health Service Act 2006 "
        "and a further decision of the Committee.",
    )
    heading("7. Legal implications")
    paras(
        document,
        "7.1 The Council may enter into the Memorandum under the general power of competence in "
        "section 1 of the Localism Act 2011. The Memorandum creates no legal obligations.",
    )
    heading("8. Equalities implications")
    paras(
        document,
        "8.1 An equality impact assessment has been completed. It found a likely positive "
        "impact for older and disabled residents, and identified transport to locality hubs as "
        "a risk for rural residents, which the partners will address.",
    )
    heading("9. Appendices")
    paras(document, "Appendix A – Pendlecombe Local Care Alliance Memorandum of Understanding")
    heading("10. Background papers")
    paras(document, "None.")
    document.save(path)
