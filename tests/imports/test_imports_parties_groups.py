"""Parties grouped by numbered lead-in clauses, one group to a clause."""

import io

from docx import Document

from accord.imports.extraction import extract
from accord.imports.reading import read_document


def test_each_numbered_lead_in_names_the_group_of_the_parties_below_it():
    text = (
        "Gwithian Wellbeing Collaborative Memorandum of Understanding\n\n"
        "1. Purpose\n\nThe Collaborative improves wellbeing in Gwithian.\n\n"
        "2. Membership\n\n2.1 The founding members of the Collaborative are:\n"
        "\u2022 Gwithian District Council\n\u2022 Gwithian Community NHS Trust\n\n"
        "2.2 The following organisations are associate members, who attend without a vote:\n"
        "\u2022 Gwithian Housing Association\n\n3. Governance\n\n"
        "The Collaborative Board meets every quarter.\n"
    )
    result = extract(read_document(text.encode(), "gwithian.txt"))
    found = {(p["name"], p["category"].lower()) for p in result["parties"]}
    assert ("Gwithian District Council", "founding members") in found
    assert ("Gwithian Community NHS Trust", "founding members") in found
    assert ("Gwithian Housing Association", "associate members") in found


def test_parties_inline_after_a_lead_in_take_its_group_and_drop_a_note_on_the_last():
    text = (
        "Gwithian Voluntary Sector Compact\n\n1. Who we are\n\n"
        "The founding members of the Compact are Gwithian District Council, Gwithian "
        "Community NHS Trust and Gwithian Voluntary Action, which signs for its 80 member "
        "groups.\n\n2. What we do\n\nThe members work together on grants.\n"
    )
    result = extract(read_document(text.encode(), "gwithian-compact.txt"))
    found = {(p["name"], p["category"].lower()) for p in result["parties"]}
    assert found == {
        ("Gwithian District Council", "founding members"),
        ("Gwithian Community NHS Trust", "founding members"),
        ("Gwithian Voluntary Action", "founding members"),
    }


def test_a_lead_in_whose_group_is_named_on_the_line_above_takes_that_group():
    text = (
        "HAYLE COMMUNITY SAFETY AGREEMENT\n\n1. Background\n\n"
        "The Partnership works across the borough under the Crime and Disorder Act 1998. "
        "The responsible authorities\n"
        "for Hayle, who are the parties to the Agreement, are:\n\n"
        "    Hayle Borough Council\n"
        "    Hayle Fire and Rescue Service\n\n"
        "2. Purpose\n\nThe partners reduce crime and disorder in Hayle together.\n"
    )
    result = extract(read_document(text.encode(), "agreement.txt"))
    assert [(p["name"], p["category"]) for p in result["parties"]] == [
        ("Hayle Borough Council", "Responsible authorities"),
        ("Hayle Fire and Rescue Service", "Responsible authorities"),
    ]


def test_a_status_column_in_a_table_of_partners_gives_each_partner_its_footing():
    text = (
        "HAYLE COMMUNITY SAFETY PARTNERSHIP AGREEMENT\n\n1 Purpose\n\n"
        "1.1  The partnership reduces crime across Hayle.\n\n2 The partners\n\n"
        "2.1  The partners, and the basis on which each takes part, are:\n\n"
        "     Partner                                   Status\n"
        "     ----------------------------------------  ----------------------\n"
        "     Hayle District Council                    Responsible authority\n"
        "     Hayle Constabulary                        Responsible authority\n"
        "     Hayle Community Housing                   Co-operating body\n\n"
        "3 Review\n\n3.1  The partners review this agreement each year.\n"
    )
    result = extract(read_document(text.encode(), "hayle.txt"))
    found = {(p["name"], p["category"].lower()) for p in result["parties"]}
    assert found == {
        ("Hayle District Council", "responsible authority"),
        ("Hayle Constabulary", "responsible authority"),
        ("Hayle Community Housing", "co-operating body"),
    }


def test_a_party_table_is_not_a_signing_table_for_what_the_section_before_it_says():
    # "signed by every party" ends the section above; the schedule's band rows still group.
    document = Document()
    document.add_heading("Hayle Safe Accommodation Partnership Agreement", 0)
    document.add_heading("Approval", 1)
    document.add_paragraph(
        "The Hayle Partnership Board agreed this Agreement on 17 July 2025. It takes effect "
        "when signed by every party."
    )
    document.add_heading("Schedule - The parties", 1)
    rows = [
        ("District councils", None),
        ("Hayle District Council", "Head of Housing"),
        ("Tolvan District Council", "Housing Options Manager"),
        ("Specialist providers", None),
        ("Hayle Women's Aid", "Chief Executive"),
    ]
    table = document.add_table(rows=1 + len(rows), cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "Organisation", "Lead"
    for n, (name, lead) in enumerate(rows, start=1):
        if lead is None:
            table.cell(n, 0).merge(table.cell(n, 1)).text = name
        else:
            table.cell(n, 0).text, table.cell(n, 1).text = name, lead
    buffer = io.BytesIO()
    document.save(buffer)
    result = extract(read_document(buffer.getvalue(), "hayle.docx"))
    found = {(p["name"], p["category"].lower()) for p in result["parties"]}
    assert found == {
        ("Hayle District Council", "district councils"),
        ("Tolvan District Council", "district councils"),
        ("Hayle Women's Aid", "specialist providers"),
    }


def test_a_table_of_organisations_two_to_a_row_under_group_bands_gives_each_its_group():
    document = Document()
    document.add_heading("Hayle Place Partnership Memorandum of Understanding", 0)
    document.add_heading("THE PARTNERS", 1)
    rows = [
        ("Statutory organisations", None),
        ("Hayle Council", "Hayle Integrated Care Board"),
        ("Hayle Community Health NHS Trust", ""),
        ("Community and voluntary sector", None),
        ("Hayle CVS", "Hayle Carers Centre"),
    ]
    table = document.add_table(rows=len(rows), cols=2)
    for n, (left, right) in enumerate(rows):
        if right is None:
            table.cell(n, 0).merge(table.cell(n, 1)).text = left
        else:
            table.cell(n, 0).text, table.cell(n, 1).text = left, right
    document.add_heading("GOVERNANCE", 1)
    document.add_paragraph("The Place Partnership Board meets every month.")
    buffer = io.BytesIO()
    document.save(buffer)
    result = extract(read_document(buffer.getvalue(), "hayle.docx"))
    assert [(p["name"], p["category"]) for p in result["parties"]] == [
        ("Hayle Council", "Statutory organisations"),
        ("Hayle Integrated Care Board", "Statutory organisations"),
        ("Hayle Community Health NHS Trust", "Statutory organisations"),
        ("Hayle CVS", "Community and voluntary sector"),
        ("Hayle Carers Centre", "Community and voluntary sector"),
    ]


def test_a_counted_group_inside_an_inline_list_gives_the_names_after_its_colon_their_group():
    text = (
        "Hayle Carers Partnership Memorandum of Understanding\n\n1. Purpose\n\n"
        "The partners are Hayle Borough Council, Hayle Integrated Care Board, Hayle "
        "Healthcare NHS Foundation Trust and three carers' organisations: Hayle Carers "
        "Centre, Young Carers Hayle and Crossroads Care Tolvan.\n\n2. Review\n\n"
        "The partners review this memorandum each year.\n"
    )
    result = extract(read_document(text.encode(), "hayle.txt"))
    assert [(p["name"], p["category"]) for p in result["parties"]] == [
        ("Hayle Borough Council", ""),
        ("Hayle Integrated Care Board", ""),
        ("Hayle Healthcare NHS Foundation Trust", ""),
        ("Hayle Carers Centre", "Carers' organisations"),
        ("Young Carers Hayle", "Carers' organisations"),
        ("Crossroads Care Tolvan", "Carers' organisations"),
    ]


def test_labelled_groups_after_the_following_partners_give_each_name_its_label():
    text = (
        "HAYLE CITY COUNCIL\nNotice of Executive Decision\n\n\n"
        "Who the partners are\n====================\n\n"
        "The Agreement is between Hayle City Council and the following partners:\n\n"
        "  Health partners - Hayle Integrated Care Board; Hayle Community Health NHS\n"
        "  Trust.\n\n"
        "  Community partners - Hayle Council for Voluntary Service (the local CVS);\n"
        "  Home-Start Hayle.\n\n"
        "Health visitors who work from the hubs stay employed by their own organisations.\n"
    )
    result = extract(read_document(text.encode(), "notice.txt"))
    assert [(p["name"], p["category"]) for p in result["parties"]] == [
        ("Hayle City Council", ""),
        ("Hayle Integrated Care Board", "Health partners"),
        ("Hayle Community Health NHS Trust", "Health partners"),
        ("Hayle Council for Voluntary Service", "Community partners"),
        ("Home-Start Hayle", "Community partners"),
    ]


def test_a_table_whose_first_row_names_a_group_over_each_column_gives_each_party_its_column():
    document = Document()
    document.add_heading("Hayle Ageing Well Alliance Agreement", 0)
    document.add_paragraph("This Agreement is made between the following organisations:")
    rows = [
        ("Commissioners", "Providers"),
        ("Hayle Metropolitan Borough Council", "Hayle Community Healthcare NHS Trust"),
        ("Hayle Integrated Care Board", "Hayle Age Well"),
        ("", "Brightlea Home Care Limited"),
    ]
    table = document.add_table(rows=len(rows), cols=2)
    for n, (left, right) in enumerate(rows):
        table.cell(n, 0).text, table.cell(n, 1).text = left, right
    document.add_heading("1. Purpose", 1)
    document.add_paragraph("The Alliance improves care for older people in Hayle.")
    buffer = io.BytesIO()
    document.save(buffer)
    result = extract(read_document(buffer.getvalue(), "hayle.docx"))
    assert {(p["name"], p["category"]) for p in result["parties"]} == {
        ("Hayle Metropolitan Borough Council", "Commissioners"),
        ("Hayle Integrated Care Board", "Commissioners"),
        ("Hayle Community Healthcare NHS Trust", "Providers"),
        ("Hayle Age Well", "Providers"),
        ("Brightlea Home Care Limited", "Providers"),
    }


def _groups(text: str) -> set[tuple[str, str]]:
    result = extract(read_document(text.encode(), "groups.txt"))
    return {(p["name"], p["category"]) for p in result["parties"]}


def test_the_other_members_after_a_first_group_are_a_group_of_their_own():
    text = (
        "GWITHIAN YOUTH BOARD\n\nTerms of Reference\n\nA. PURPOSE\n\n"
        "The Board oversees youth services in Gwithian.\n\nB. MEMBERSHIP\n\n"
        "The statutory members of the Board are:\n\n   * Gwithian District Council;\n"
        "   * Gwithian Police; and\n   * Gwithian Integrated Care Board.\n\n"
        "The other members of the Board are:\n\n   * Gwithian College; and\n"
        "   * Gwithian Youth Trust.\n\nC. MEETINGS\n\nThe Board meets every quarter.\n"
    )
    found = _groups(text)
    assert ("Gwithian Police", "Statutory members") in found
    assert ("Gwithian College", "Other members") in found
    assert ("Gwithian Youth Trust", "Other members") in found


def test_the_members_of_a_charter_listed_after_a_lead_in_are_its_charter_members():
    text = (
        "GWITHIAN FOOD CHARTER\n\nSection 1 - Why we have a charter\n\n"
        "Nobody in Gwithian should go hungry.\n\nSection 2 - Who the Charter members are\n\n"
        "The Charter members are:\n\n  - Gwithian District Council;\n"
        "  - Gwithian Food Bank; and\n  - Gwithian Citizens Advice (advice services).\n\n"
        "Section 3 - What we promise\n\nWe will share surplus food.\n"
    )
    found = _groups(text)
    assert ("Gwithian Food Bank", "Charter members") in found
    assert ("Gwithian Citizens Advice", "Charter members") in found


def test_a_list_under_a_partners_heading_takes_the_group_its_lead_in_names():
    text = (
        "Gwithian Wellbeing Memorandum of Understanding\n\nPart One: Purpose\n\n"
        "The partners improve wellbeing in Gwithian.\n\nPart Two: The partners\n\n"
        "The statutory partners of the Board, who are the parties to this Memorandum, are:\n\n"
        "\u2022 Gwithian District Council\n\u2022 Gwithian Police\n\nPart Three: Governance\n\n"
        "The Board meets every quarter.\n"
    )
    found = _groups(text)
    assert ("Gwithian Police", "Statutory partners") in found


def test_a_lead_in_ending_in_between_names_no_group():
    text = (
        "Hayle Food Partnership Memorandum of Understanding\n\n1. Purpose\n\n"
        "The partners share food surplus across Hayle.\n\n2. The partners\n\n"
        "The Memorandum is between:\n\n\u2022 Hayle Borough Council;\n"
        "\u2022 Hayle Food Bank; and\n\u2022 Hayle Housing Partnership.\n\n"
        "3. Governance\n\nThe partners meet every quarter.\n"
    )
    found = _groups(text)
    assert ("Hayle Food Bank", "") in found
    assert ("Hayle Housing Partnership", "") in found


def test_a_table_of_names_under_a_lead_in_gives_parties_of_the_group_it_names():
    document = Document()
    document.add_heading("Hayle Safeguarding Children Partnership", 0)
    document.add_heading("Our relevant agencies", 1)
    document.add_paragraph(
        "The safeguarding partners have named the following relevant agencies, which must "
        "co-operate with these arrangements:"
    )
    rows = [
        ("Hayle Teaching Hospitals NHS Foundation Trust", "Probation Service", "Hayle Homes"),
        ("Tolvan Fire and Rescue Service", "Hayle Sixth Form College", "Cafcass"),
        ("All schools and early years settings", "", ""),
    ]
    table = document.add_table(rows=len(rows), cols=3)
    for n, row in enumerate(rows):
        for m, text in enumerate(row):
            table.cell(n, m).text = text
    document.add_heading("How we work", 1)
    document.add_paragraph("The Executive Group meets monthly.")
    buffer = io.BytesIO()
    document.save(buffer)
    result = extract(read_document(buffer.getvalue(), "hayle.docx"))
    found = {(p["name"], p["category"]) for p in result["parties"]}
    assert ("Probation Service", "Relevant agencies") in found
    assert ("Cafcass", "Relevant agencies") in found
    assert not any(name.startswith("All schools") for name, _ in found)


def test_a_group_named_just_above_a_party_table_without_a_category_column_is_its_category():
    document = Document()
    document.add_heading("Safer Hayle Partnership Agreement", 0)
    document.add_heading("1 Purpose", 1)
    document.add_paragraph("The partners work together to reduce crime in Hayle.")
    document.add_heading("Schedule - The parties", 1)
    for group, rows in (
        (
            "Responsible authorities",
            [
                ("Hayle District Council", "Head of Communities"),
                ("Hayle Police", "District Commander, Hayle"),
                ("Tolvan Fire and Rescue Service", "Station Manager, Hayle"),
            ],
        ),
        (
            "Co-operating bodies",
            [
                ("Hayle Homes", "Director of Neighbourhoods"),
                ("Hayle Youth Justice Service", "Service Manager"),
                ("Hayle Business Improvement District", "Manager"),
            ],
        ),
    ):
        document.add_heading(group, 2)
        table = document.add_table(rows=1 + len(rows), cols=2)
        for m, label in enumerate(("Organisation", "Nominated representative")):
            table.cell(0, m).paragraphs[0].add_run(label).bold = True  # a header row
        for n, (name, lead) in enumerate(rows, start=1):
            table.cell(n, 0).text, table.cell(n, 1).text = name, lead
    buffer = io.BytesIO()
    document.save(buffer)
    result = extract(read_document(buffer.getvalue(), "hayle.docx"))
    found = {(p["name"], p["category"]) for p in result["parties"]}
    assert ("Hayle District Council", "Responsible authorities") in found
    assert ("Hayle Homes", "Co-operating bodies") in found


def test_band_rows_across_a_signing_table_group_its_members_and_a_non_signatory_signs_not():
    document = Document()
    document.add_heading("Hayle North Primary Care Network Agreement: Schedules", 0)
    document.add_heading("Schedule 1: Members of the Network", 1)
    rows = [
        ("Core network practices", None),
        ("Castle Street Surgery", "Senior Partner", "31/3/2025"),
        ("Hayle Health Centre", "Senior Partner", "3/4/2025"),
        ("Other members", None),
        ("Hayle Community Health NHS Trust", "not a signatory", ""),
    ]
    table = document.add_table(rows=1 + len(rows), cols=3)
    for m, label in enumerate(("Member", "Signed for the member by", "Date signed")):
        table.cell(0, m).paragraphs[0].add_run(label).bold = True
    for n, row in enumerate(rows, start=1):
        if row[1] is None:
            table.cell(n, 0).merge(table.cell(n, 2)).text = row[0]
        else:
            for m, text in enumerate(row):
                table.cell(n, m).text = text
    buffer = io.BytesIO()
    document.save(buffer)
    result = extract(read_document(buffer.getvalue(), "hayle.docx"))
    found = {(p["name"], p["category"]) for p in result["parties"]}
    assert ("Castle Street Surgery", "Core network practices") in found
    assert ("Hayle Community Health NHS Trust", "Other members") in found
    steps = [(s["body"], s["action"]) for s in result["approval_steps"]]
    assert ("Castle Street Surgery", "sign") in steps
    assert ("Hayle Community Health NHS Trust", "sign") not in steps


def _table(document, rows) -> None:
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for n, row in enumerate(rows):
        for m, text in enumerate(row):
            table.cell(n, m).text = text


def test_a_membership_category_column_groups_members_and_a_signed_for_table_signs_them():
    document = Document()
    document.add_heading("Hayle Mental Health Provider Collaborative Agreement", 0)
    document.add_heading("Schedule 1 \u2013 The Members", 1)
    _table(
        document,
        [
            ("Membership category", "Member", "Signatory"),
            ("Lead provider", "Hayle Mental Health NHS Foundation Trust", "Chief Executive"),
            ("NHS partners", "Tolvan Community NHS Trust", "Chief Executive"),
            ("Voluntary partners", "Mind in Hayle", "Chief Executive"),
        ],
    )
    document.add_heading("Execution", 1)
    _table(
        document,
        [
            ("Signed for", "Signature", "Date"),
            ("Hayle Mental Health NHS Foundation Trust", "", "8 December 2025"),
            ("Tolvan Community NHS Trust", "", "8 December 2025"),
            ("Mind in Hayle", "", "11 December 2025"),
        ],
    )
    buffer = io.BytesIO()
    document.save(buffer)
    result = extract(read_document(buffer.getvalue(), "hayle.docx"))
    found = {(p["name"], p["category"]) for p in result["parties"]}
    assert ("Tolvan Community NHS Trust", "NHS partners") in found
    assert ("Mind in Hayle", "Voluntary partners") in found
    steps = [(s["body"], s["action"]) for s in result["approval_steps"]]
    assert ("Mind in Hayle", "sign") in steps


def test_short_numbered_lead_ins_between_bullet_lists_each_open_a_group():
    document = Document()
    document.add_heading("Hayle Health and Care Partnership: Memorandum of Understanding", 0)
    document.add_heading("Introduction", 1)
    document.add_paragraph("1. The Partnership is the place partnership for Hayle.")
    document.add_heading("The partners", 1)
    document.add_paragraph("2. The statutory partners are:")
    document.add_paragraph("Hayle Borough Council; and", style="List Bullet")
    document.add_paragraph("Tolvan Integrated Care Board.", style="List Bullet")
    document.add_paragraph("3. The wider partners are:")
    document.add_paragraph("Hayle Voluntary Action; and", style="List Bullet")
    document.add_paragraph("Healthwatch Hayle.", style="List Bullet")
    document.add_heading("How we work", 1)
    document.add_paragraph("4. The Hayle Place Board meets every month.")
    buffer = io.BytesIO()
    document.save(buffer)
    result = extract(read_document(buffer.getvalue(), "hayle.docx"))
    found = {(p["name"], p["category"]) for p in result["parties"]}
    assert ("Tolvan Integrated Care Board", "Statutory partners") in found
    assert ("Healthwatch Hayle", "Wider partners") in found
    labels = [s["label"] for s in result["sections"]]
    assert not any(label.endswith("are:") for label in labels)


def test_two_organisations_an_agreement_is_between_are_its_parties():
    text = (
        "HAYLE BOROUGH COUNCIL\n\nCABINET\n\n"
        "Extract from the minutes of the meeting held on Wednesday 9 July 2025\n\n\n"
        "34. COMMUNITY EQUIPMENT: SECTION 75 AGREEMENT\n\n"
        "     RESOLVED:\n\n"
        "     (a)  That the Community Equipment Section 75 Agreement between Hayle\n"
        "          Borough Council and Hayle and Tolvan Integrated Care Board, as set out\n"
        "          at Appendix 1 to the report, be approved.\n"
    )
    found = _groups(text)
    assert ("Hayle Borough Council", "") in found
    assert ("Hayle and Tolvan Integrated Care Board", "") in found
