"""Lorrimoor Early Help Information Sharing Agreement, as a DOCX.

What it tests: a document-control table before the first heading, with a title row merged
across it and "Reviewed by" / "Agreed by" rows whose bodies carry "(completed <date>)"; Word
"Heading 1" sections; parties only in a table (organisation, address, ICO number) with no
category; and a signature table whose rows, in order, give one "sign" step each, on six
different days of one month. It calls itself an information sharing agreement, not an MOU.
"""

from __future__ import annotations

from pathlib import Path

from _docx import bold_cell, grid_table, merge_across, new_document

TITLE = "Lorrimoor Early Help Information Sharing Agreement"

CONTROL = [
    ("Title", TITLE),
    ("Version", "2.1"),
    ("Owner", "Early Help Service, Lorrimoor Borough Council"),
    ("Reviewed by", "Lorrimoor Information Governance Forum (completed 12 March 2024)"),
    ("Agreed by", "Lorrimoor Early Help Partnership Board (completed 26 March 2024)"),
    ("Agreed by", "Lorrimoor and Dunsby ICB Board (completed 4 April 2024)"),
    ("Next review", "01/04/2025"),
]

PARTIES = [
    ("Lorrimoor Borough Council", "Town Hall, Crown Street, Lorrimoor LM1 1AB", "Z5504120"),
    (
        "Lorrimoor and Dunsby Integrated Care Board",
        "Weaver House, 3 Mill Lane, Dunsby DN4 2PX",
        "ZB344871",
    ),
    (
        "Dunsby and Lorrimoor Healthcare NHS Trust",
        "Lorrimoor General Hospital, Beck Road, Lorrimoor LM3 7HT",
        "Z7119032",
    ),
    ("Dunsby Constabulary", "Police Headquarters, Ridgeway, Dunsby DN1 9QQ", "Z4830057"),
    (
        "Lorrimoor Learning Partnership",
        "c/o St Cuthbert's Academy, Hollin Road, Lorrimoor LM2 5RE",
        "ZA218864",
    ),
    ("Lorrimoor Family Action", "14 Chapel Yard, Lorrimoor LM1 3DS", "ZA902215"),
]

SIGNATURES = [
    (
        "Lorrimoor Borough Council",
        "Nkechi Halloran",
        "Director of Children's Services",
        "8 April 2024",
    ),
    (
        "Lorrimoor and Dunsby Integrated Care Board",
        "Dr Fergus Oyelowo-Marsh",
        "Caldicott Guardian",
        "11 April 2024",
    ),
    (
        "Dunsby and Lorrimoor Healthcare NHS Trust",
        "Priya Santangelo",
        "Senior Information Risk Owner",
        "15 April 2024",
    ),
    (
        "Dunsby Constabulary",
        "Det Supt Owain Fairclough",
        "Head of Public Protection",
        "17 April 2024",
    ),
    ("Lorrimoor Learning Partnership", "Joanna Treharne", "Chief Executive", "22 April 2024"),
    ("Lorrimoor Family Action", "Marcus Oduya", "Chief Officer", "25 April 2024"),
]

SECTIONS = [
    (
        "1. Introduction",
        "This agreement sets out how the partners share personal information about children "
        "and families who receive early help in Lorrimoor, so that families tell their story "
        "once and get the right help sooner. Version 1.0 was agreed in June 2021; this version "
        "reflects the move to a single early help record.",
    ),
    ("2. Parties to this agreement", "The parties to this agreement are:"),
    (
        "3. Purpose of sharing",
        "Information is shared to identify families who may need early help, to agree a "
        "single plan with each family and a lead practitioner, and to measure whether the "
        "help made a difference. It is not shared for any other purpose.",
    ),
    (
        "4. Legal basis",
        "The partners rely on Article 6(1)(e) of the UK GDPR (public task) and, for special "
        "category data, Article 9(2)(g) with the conditions in Schedule 1 of the Data "
        "Protection Act 2018. The relevant duties include section 10 of the Children Act 2004. "
        "Consent is sought for the family's plan, but it is not the legal basis for sharing.",
    ),
    (
        "5. Information to be shared",
        "Names, dates of birth, addresses, NHS numbers and unique pupil numbers of family "
        "members; the reasons for the request for help; the family's plan and its outcome. "
        "Partners share only what is needed for the purpose.",
    ),
    (
        "6. How information is shared securely",
        "Information is recorded in the Lorrimoor early help record, to which each partner's "
        "staff have role-based access. It is not sent by ordinary e-mail.",
    ),
    (
        "7. Rights of individuals",
        "Requests from individuals to see their information are handled by the partner that "
        "receives them, which tells the other partners within five working days.",
    ),
    (
        "8. Retention and destruction",
        "Records are kept until the youngest child in the family reaches 25, and are then "
        "destroyed securely.",
    ),
    (
        "9. Breaches",
        "A partner that discovers a breach involving shared information tells the owner of "
        "this agreement within 24 hours, and the partners agree together whether to report it "
        "to the Information Commissioner's Office.",
    ),
    (
        "10. Review",
        "The Lorrimoor Information Governance Forum reviews this agreement every year; the "
        "next review is due by 1 April 2025.",
    ),
    ("11. Signatures", "Signed on behalf of each party by an officer authorised to do so:"),
]


def _control_table(document) -> None:
    table = document.add_table(rows=len(CONTROL) + 1, cols=2)
    table.style = "Table Grid"
    merge_across(table, row=0, text="Document control", bold=True)
    for index, (label, value) in enumerate(CONTROL, start=1):
        bold_cell(table.cell(index, 0), label)
        table.cell(index, 1).text = value


def write(path: Path) -> None:
    document = new_document()
    document.add_paragraph(TITLE, style="Title")
    _control_table(document)
    for heading, text in SECTIONS:
        document.add_heading(heading, level=1)
        document.add_paragraph(text)
        if heading.startswith("2."):
            grid_table(document, ["Organisation", "Address", "ICO registration number"], PARTIES)
        if heading.startswith("11."):
            rows = [(org, name, post, "[signed]", date) for org, name, post, date in SIGNATURES]
            grid_table(document, ["Organisation", "Name", "Job title", "Signature", "Date"], rows)
    document.save(path)
