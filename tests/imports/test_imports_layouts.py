"""General rules from the third held-back batch's misses, each on a document written for
the test: sections numbered "1)", group rows in space-aligned tables, a council-by-council
approval list, and seats after a member's name."""

from accord.imports.extraction import extract
from accord.imports.reading import read_document

TERMS = """TRELLOW AND PENHALE JOINT WASTE COMMITTEE

TERMS OF REFERENCE

1) Establishment
The councils named in paragraph 3 set up a joint committee for the collection and
disposal of household waste across their areas.

2) Remit
The Joint Committee agrees the waste strategy and monitors the shared contract.

3) Membership
The constituent councils are:
   Trellow District Council - three members
   Penhale Borough Council - two members
Each council appoints its members at its annual meeting. Substitutes may attend.

4) Agreement of these terms
These terms of reference were adopted by the cabinet of each constituent council:
   Trellow District Council        4 June 2025
   Penhale Borough Council         11/06/2025
The Joint Committee noted them at its first meeting in July 2025.
"""


def test_sections_numbered_with_a_bracket_are_headings_and_lists_are_not():
    result = extract(read_document(TERMS.encode(), "trellow.txt"))
    assert [s["label"] for s in result["sections"]] == [
        "1) Establishment",
        "2) Remit",
        "3) Membership",
        "4) Agreement of these terms",
    ]


def test_a_name_in_capitals_above_the_kind_in_capitals_is_one_title():
    result = extract(read_document(TERMS.encode(), "trellow.txt"))
    assert (
        result["title"]["value"] == "TRELLOW AND PENHALE JOINT WASTE COMMITTEE TERMS OF REFERENCE"
    )


def test_a_lead_in_names_the_group_and_seats_are_not_part_of_the_name():
    result = extract(read_document(TERMS.encode(), "trellow.txt"))
    assert [(p["name"], p["category"]) for p in result["parties"]] == [
        ("Trellow District Council", "Constituent councils"),
        ("Penhale Borough Council", "Constituent councils"),
    ]


def test_each_council_listed_with_its_day_is_a_step_and_a_date():
    result = extract(read_document(TERMS.encode(), "trellow.txt"))
    steps = [(s["body"], s["action"]) for s in result["approval_steps"]]
    assert steps[:2] == [
        ("Trellow District Council", "adopt"),
        ("Penhale Borough Council", "adopt"),
    ]
    assert {"2025-06-04", "2025-06-11"} <= {d["date"] for d in result["dates"]}
    # A council that approves acts as an organisation: it is no governance body.
    assert "Trellow District Council" not in {b["name"] for b in result["bodies"]}


MEMBERS = """Kelsby Safer Streets Partnership
Terms of Reference

PURPOSE
The Partnership is the community safety partnership for the borough of Kelsby and
agrees how its members reduce crime and disorder together.

MEMBERSHIP

   Organisation                                  Represented by
   ------------------------------------------    ------------------------------
   Statutory members
   Kelsby Borough Council                        Head of Communities (Chair)
   Kelsby and Wend Valley Integrated Care        Director of Place
   Board
   Youth Justice Service (Kelsby and Wend        Service Manager
   area)
   Invited members
   Kelsby Housing Trust                          Director of Tenancy Services

The Chair is the Head of Communities of Kelsby Borough Council.
"""


def test_group_rows_in_a_space_aligned_table_give_the_category():
    result = extract(read_document(MEMBERS.encode(), "kelsby.txt"))
    assert [(p["name"], p["category"]) for p in result["parties"]] == [
        ("Kelsby Borough Council", "Statutory members"),
        ("Kelsby and Wend Valley Integrated Care Board", "Statutory members"),
        ("Youth Justice Service", "Statutory members"),
        ("Kelsby Housing Trust", "Invited members"),
    ]


NOTICE = """PELLOW VALLEY FIRE AUTHORITY

RECORD OF DECISION

Decision taker:       Fire Authority Executive Committee
Date of decision:     12 March 2025

Title: Pellow Valley Prevention Partnership Memorandum

Summary of the matter considered

The Committee considered a memorandum between the Authority and the two district
councils on home fire safety visits.

Decision

RESOLVED -

1.  That the Committee approves the Pellow Valley Prevention Partnership
    Memorandum attached to the report.
2.  That the Committee notes the comments of the Pellow Valley Safety Forum.
3.  That authority be delegated to the Chief Fire Officer to sign the memorandum.
4.  That the Prevention Steering Group be asked to review the memorandum in 2026.

Reasons for the decision

Joint visits reach more households at risk than either service alone.

Conflicts of interest declared

None.

Dispensations granted

None.
"""


def test_resolutions_after_resolved_are_the_decision_takers_steps_not_headings():
    result = extract(read_document(NOTICE.encode(), "pellow.txt"))
    assert [s["label"] for s in result["sections"]] == [
        "Summary of the matter considered",
        "Decision",
        "Reasons for the decision",
        "Conflicts of interest declared",
        "Dispensations granted",
    ]
    steps = [(s["body"], s["action"]) for s in result["approval_steps"]]
    taker = "Fire Authority Executive Committee"
    resolved = [step for step in steps if step[0] == taker and step[1] != "consider"]
    assert resolved == [(taker, "approve"), (taker, "note"), (taker, "delegate")]
    assert ("Prevention Steering Group", "review") in steps
    assert not any("asked" in body for body, _ in steps)


def _docx(build) -> bytes:
    import io

    from docx import Document

    document = Document()
    build(document)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _bold(cell, text: str) -> None:
    cell.text = ""
    cell.paragraphs[0].add_run(text).bold = True


def test_who_has_signed_up_lists_members_by_their_merged_group_rows():
    def build(document):
        document.add_heading("Tarrow Early Help Compact", level=0)
        document.add_heading("1. Who has signed up", level=1)
        document.add_paragraph("The members of the Compact are set out in the table below.")
        table = document.add_table(rows=6, cols=2)
        _bold(table.cell(0, 0), "School or organisation")
        _bold(table.cell(0, 1), "Lead")
        rows = [
            ("Nursery schools", None),
            ("Tarrow Green Nursery School", "Mrs J. Amos"),
            ("Local authority", None),
            ("Tarrow Borough Council", "Director of Children's Services"),
        ]
        for n, (name, lead) in enumerate(rows, start=1):
            if lead is None:
                merged = table.cell(n, 0).merge(table.cell(n, 1))
                _bold(merged, name)
            else:
                table.cell(n, 0).text, table.cell(n, 1).text = name, lead
        document.add_heading("2. What we do", level=1)
        document.add_paragraph("The members share the places in their schools fairly.")

    result = extract(read_document(_docx(build), "tarrow.docx"))
    assert [(p["name"], p["category"]) for p in result["parties"]] == [
        ("Tarrow Green Nursery School", "Nursery schools"),
        ("Tarrow Borough Council", "Local authority"),
    ]


def test_a_control_table_cell_saying_who_did_what_gives_that_action():
    def build(document):
        document.add_heading("Tarrow Carers Memorandum of Understanding", level=0)
        document.add_heading("Document control", level=1)
        table = document.add_table(rows=3, cols=3)
        for n, text in enumerate(("Version", "Date", "Agreed by")):
            _bold(table.cell(0, n), text)
        table.cell(1, 0).text, table.cell(1, 1).text = "0.9", "3 February 2025"
        table.cell(1, 2).text = "Considered by Tarrow Carers Partnership Group"
        table.cell(2, 0).text, table.cell(2, 1).text = "1.0", "20 February 2025"
        table.cell(2, 2).text = "Endorsed by Tarrow Health and Wellbeing Board"
        document.add_heading("1. Purpose", level=1)
        document.add_paragraph("The partners agree how they support unpaid carers in Tarrow.")

    result = extract(read_document(_docx(build), "tarrow-carers.docx"))
    assert [(s["body"], s["action"]) for s in result["approval_steps"]] == [
        ("Tarrow Carers Partnership Group", "consider"),
        ("Tarrow Health and Wellbeing Board", "endorse"),
    ]
    assert ("2025-02-03", "version 0.9, considered by Tarrow Carers Partnership Group") in {
        (d["date"], d["what"]) for d in result["dates"]
    }


ALLIANCE = """WESTHOLT FALLS RESPONSE ALLIANCE

PARTNERSHIP AGREEMENT

This Agreement is made between the members listed in
Schedule 1. It sets out how they answer calls from people who have fallen at home.

1. PURPOSE
1.1 The members will reach people who have fallen within an hour.

2. APPROVAL
2.1 Each member then signed the Agreement as shown on the execution page.

SCHEDULE 1: ALLIANCE MEMBERS
Commissioners
   Westholt Council
Providers
   Westholt Ambulance Service NHS Trust
   Westholt Community Response CIC

EXECUTION PAGE

Signed for and on behalf of Westholt Council ............ Director of Adult
Social Care, 2 June 2025

Signed for and on behalf of Westholt Ambulance Service NHS Trust ............
Chief Executive, 3 June 2025

Signed for and on behalf of Westholt Community Response CIC ............ Chair,
4 June 2025
"""


def test_an_agreement_with_its_members_in_a_schedule_and_an_execution_page():
    result = extract(read_document(ALLIANCE.encode(), "westholt.txt"))
    assert result["title"]["value"] == "WESTHOLT FALLS RESPONSE ALLIANCE PARTNERSHIP AGREEMENT"
    assert [s["label"] for s in result["sections"]] == [
        "1. PURPOSE",
        "2. APPROVAL",
        "SCHEDULE 1: ALLIANCE MEMBERS",
        "EXECUTION PAGE",
    ]
    assert [(p["name"], p["category"]) for p in result["parties"]] == [
        ("Westholt Council", "Commissioners"),
        ("Westholt Ambulance Service NHS Trust", "Providers"),
        ("Westholt Community Response CIC", "Providers"),
    ]
    assert [(s["body"], s["action"]) for s in result["approval_steps"]] == [
        ("Westholt Council", "sign"),
        ("Westholt Ambulance Service NHS Trust", "sign"),
        ("Westholt Community Response CIC", "sign"),
    ]


PANEL = """Orrin Valley Fire Scrutiny Panel
Arrangements

A. Establishment
The councils listed in section C establish a panel to scrutinise the fire authority's plans
for the Orrin Valley area and to report on them each year.

B. Membership
The Panel has six councillor members, shared between the councils as follows:

   Council                        Seats
   Orrin County Council           4
   Wendle City Council            2

C. Agreement of these arrangements
Each council agreed these arrangements as shown below.

   Council                  Meeting         Date               Decision
   Orrin County Council     Full Council    14.01.2025         Approved
   Wendle City Council      Cabinet         21 January 2025    Approved
"""


def test_lettered_sections_and_a_table_of_councils_with_the_meeting_that_decided():
    result = extract(read_document(PANEL.encode(), "orrin.txt"))
    assert [s["label"] for s in result["sections"]] == [
        "A. Establishment",
        "B. Membership",
        "C. Agreement of these arrangements",
    ]
    assert [p["name"] for p in result["parties"]] == ["Orrin County Council", "Wendle City Council"]
    assert [(s["body"], s["action"]) for s in result["approval_steps"]] == [
        ("Orrin County Council", "approve"),
        ("Wendle City Council", "approve"),
    ]
    assert {"2025-01-14", "2025-01-21"} <= {d["date"] for d in result["dates"]}


def test_the_board_asked_to_decide_is_the_board_whose_meeting_the_cover_names():
    text = """Harwell Place Partnership: agreement to join

Meeting: Board of Harwell and Moor Integrated Care Board (meeting in public)
Meeting date: 4 June 2025
Purpose: For approval

Recommendations
The Board is asked to:
NOTE the engagement with partners that shaped the agreement;
APPROVE the Harwell Place Partnership Agreement.

1. Background
The partners in Harwell have worked together through an informal place group for two
years and now wish to record how they will share decisions.
"""
    result = extract(read_document(text.encode(), "harwell.txt"))
    board = "Board of Harwell and Moor Integrated Care Board"
    steps = [(s["body"], s["action"]) for s in result["approval_steps"]]
    assert (board, "note") in steps and (board, "approve") in steps
    assert not any(body == "Board" for body, _ in steps)


def test_a_sign_off_table_of_stage_by_and_date():
    def build(document):
        document.add_heading("Tarrow Falls Data Sharing Agreement", level=0)
        document.add_heading("Sign-off", level=1)
        table = document.add_table(rows=4, cols=3)
        for n, text in enumerate(("Stage", "By", "Date")):
            _bold(table.cell(0, n), text)
        rows = [
            ("Prepared by", "Data Protection Officer, Tarrow Council", "March 2025"),
            ("Reviewed by", "Tarrow Information Governance Group", "04/04/2025"),
            ("Approved by", "Tarrow Falls Prevention Board", "22 April 2025"),
        ]
        for n, row in enumerate(rows, start=1):
            for m, text in enumerate(row):
                table.cell(n, m).text = text
        document.add_heading("1. Purpose", level=1)
        document.add_paragraph("The partners share information about people at risk of falls.")

    result = extract(read_document(_docx(build), "tarrow-dsa.docx"))
    assert [(s["body"], s["action"]) for s in result["approval_steps"]] == [
        ("Tarrow Information Governance Group", "review"),
        ("Tarrow Falls Prevention Board", "approve"),
    ]
    dated = {(d["date"], d["what"]) for d in result["dates"]}
    assert ("2025-04-04", "reviewed by Tarrow Information Governance Group") in dated
    assert ("2025-04-22", "approved by Tarrow Falls Prevention Board") in dated
    assert ("2025-03", "Prepared by Data Protection Officer, Tarrow Council") in dated


COVER = """Polbrook Neighbourhood Health Partnership
Memorandum of Understanding
The core partners are:
\u2022 Polbrook Primary Care Network
\u2022 Polbrook Town Council
The associate partners, who take part in the work but do not sign this Memorandum, are:
\u2022 Polbrook Housing Association

1. Why we work together
Polbrook is a small town whose partners agreed to plan health and care together.

2. Status and approval
This memorandum takes effect when the two core partners have signed it. It will be
presented to the Polbrook Place Board for noting on 9 July 2025.

3. Signatures
Signed for Polbrook Primary Care Network
Signature: ______________________
Position: Clinical Director
Date: 02-06-2025
Signed for Polbrook Town Council
Signature: ______________________
Position: Town Clerk
Date: 05-06-2025
"""


def test_a_second_lead_in_inside_a_list_and_signatures_of_the_partners_that_sign():
    result = extract(read_document(COVER.encode(), "polbrook.txt"))
    assert [(p["name"], p["category"]) for p in result["parties"]] == [
        ("Polbrook Primary Care Network", "Core partners"),
        ("Polbrook Town Council", "Core partners"),
        ("Polbrook Housing Association", "Associate partners"),
    ]
    assert [(s["body"], s["action"]) for s in result["approval_steps"]] == [
        ("Polbrook Primary Care Network", "sign"),
        ("Polbrook Town Council", "sign"),
        ("Polbrook Place Board", "note"),
    ]


def test_headings_that_name_their_unit_before_a_number_in_words_or_figures_are_sections():
    text = (
        "HAYLE FOOD COMPACT\n\n"
        "Section One - Why we need a Compact\n\n"
        "Food groups in Hayle reach people that public services often miss entirely.\n\n"
        "Section Two - Where it applies\n\n"
        "The Compact applies to every dealing between the partners in the borough.\n\n"
        "Article 3: Review\n\n"
        "The partners review the Compact each spring and publish what they changed.\n"
    )
    result = extract(read_document(text.encode(), "compact.txt"))
    assert [s["label"] for s in result["sections"]] == [
        "Section One - Why we need a Compact",
        "Section Two - Where it applies",
        "Article 3: Review",
    ]


def test_a_section_named_inside_a_sentence_is_no_heading():
    text = (
        "HAYLE FOOD COMPACT\n\n1. Purpose\n\nThe partners keep the rules set out in\n"
        "Section 4 - Funding of the county handbook when they share money.\n\n"
        "2. Review\n\nThe partners review the Compact each spring and publish it.\n"
    )
    result = extract(read_document(text.encode(), "compact.txt"))
    assert [s["label"] for s in result["sections"]] == ["1. Purpose", "2. Review"]


def test_articles_with_numbered_sub_clauses_are_the_sections():
    # Sub-clauses "2.1" under each article are its text, not headings of their own.
    text = (
        "HAYLE FOOD COMPACT\n\n"
        "Article 1 - Name and establishment\n\n"
        "1.1 The partners set up a food partnership called the Hayle Food Partnership.\n\n"
        "Article 2 - Functions\n\n"
        "2.1 The Partnership plans food aid across the borough and its villages.\n"
        "2.2 It does not employ staff or hold property of its own.\n\n"
        "Article 3 - Review\n\n"
        "3.1 The partners review the Compact each spring and publish what they changed.\n"
    )
    result = extract(read_document(text.encode(), "constitution.txt"))
    assert [s["label"] for s in result["sections"]] == [
        "Article 1 - Name and establishment",
        "Article 2 - Functions",
        "Article 3 - Review",
    ]


def test_sections_in_roman_numerals_leave_figures_to_the_lists_inside_them():
    text = (
        "HAYLE SAFEGUARDING PARTNERSHIP\nLocal Arrangements\n\n"
        "I. Introduction\n\n"
        "These arrangements explain how organisations in Hayle work together for children.\n\n"
        "II. Relevant agencies\n\n"
        "The safeguarding partners have named these relevant agencies, which must\n"
        "co-operate with the arrangements:\n\n"
        "  1. Hayle Teaching Hospitals NHS Trust\n"
        "  2. Hayle Fire and Rescue Service\n"
        "  3. Hayle Housing Group\n\n"
        "III. Review\n\n"
        "The partners review these arrangements every year and publish what changed.\n"
    )
    result = extract(read_document(text.encode(), "arrangements.txt"))
    assert [s["label"] for s in result["sections"]] == [
        "I. Introduction",
        "II. Relevant agencies",
        "III. Review",
    ]
    assert [(p["name"], p["category"]) for p in result["parties"]] == [
        ("Hayle Teaching Hospitals NHS Trust", "Relevant agencies"),
        ("Hayle Fire and Rescue Service", "Relevant agencies"),
        ("Hayle Housing Group", "Relevant agencies"),
    ]


def test_organisations_as_paragraphs_of_one_cell_are_one_party_each():
    def build(document):
        document.add_heading("Tarrow Voluntary Sector Compact", level=0)
        document.add_heading("Partners", level=1)
        document.add_paragraph("The partners to the Compact are set out below.")
        table = document.add_table(rows=3, cols=2)
        _bold(table.cell(0, 0), "Sector")
        _bold(table.cell(0, 1), "Signatories")
        for n, (sector, names) in enumerate(
            (
                ("Public sector", ["Tarrow Borough Council", "Tarrow Fire and Rescue Service"]),
                ("Voluntary sector", ["Tarrow Community Foundation", "Tarrow Rural Action"]),
            ),
            start=1,
        ):
            table.cell(n, 0).text = sector
            table.cell(n, 1).text = names[0]
            for name in names[1:]:
                table.cell(n, 1).add_paragraph(name)
        document.add_heading("What we do", level=1)
        document.add_paragraph("The partners fund voluntary groups fairly and on time.")

    result = extract(read_document(_docx(build), "tarrow-compact.docx"))
    assert [(p["name"], p["category"]) for p in result["parties"]] == [
        ("Tarrow Borough Council", "Public sector"),
        ("Tarrow Fire and Rescue Service", "Public sector"),
        ("Tarrow Community Foundation", "Voluntary sector"),
        ("Tarrow Rural Action", "Voluntary sector"),
    ]


def test_a_signatory_cell_of_a_name_and_a_post_stays_one_row():
    def build(document):
        document.add_heading("Tarrow Carers Memorandum of Understanding", level=0)
        document.add_heading("1. Parties", level=1)
        table = document.add_table(rows=2, cols=2)
        _bold(table.cell(0, 0), "Organisation")
        _bold(table.cell(0, 1), "Signed by")
        table.cell(1, 0).text = "Tarrow Borough Council"
        table.cell(1, 1).text = "Jane Amos"
        table.cell(1, 1).add_paragraph("Chief Executive")
        document.add_heading("2. Purpose", level=1)
        document.add_paragraph("The partners agree how they support unpaid carers in Tarrow.")

    result = extract(read_document(_docx(build), "tarrow-carers.docx"))
    assert [p["name"] for p in result["parties"]] == ["Tarrow Borough Council"]


def test_a_history_cell_saying_who_did_what_gives_the_step_whatever_its_column_is_called():
    def build(document):
        document.add_heading("Tarrow Carers Memorandum of Understanding", level=0)
        document.add_heading("Document history", level=1)
        table = document.add_table(rows=3, cols=3)
        for n, text in enumerate(("Version", "Date", "Approval")):
            _bold(table.cell(0, n), text)
        table.cell(1, 0).text, table.cell(1, 1).text = "0.5", "14 January 2025"
        table.cell(1, 2).text = "Commented on by Tarrow Young Carers Panel"
        table.cell(2, 0).text, table.cell(2, 1).text = "1.0", "30/01/2025"
        table.cell(2, 2).text = "Agreed by Tarrow Carers Partnership Group"
        document.add_heading("1. Purpose", level=1)
        document.add_paragraph("The partners agree how they support unpaid carers in Tarrow.")

    result = extract(read_document(_docx(build), "tarrow-carers.docx"))
    assert [(s["body"], s["action"]) for s in result["approval_steps"]] == [
        ("Tarrow Young Carers Panel", "comment"),
        ("Tarrow Carers Partnership Group", "agree"),
    ]
    assert ("2025-01-30", "version 1.0, agreed by Tarrow Carers Partnership Group") in {
        (d["date"], d["what"]) for d in result["dates"]
    }


def test_a_clause_numbered_with_nought_heads_the_clauses_under_it():
    text = (
        "HAYLE EQUIPMENT SERVICE\nSECTION 75 AGREEMENT: SUMMARY OF KEY TERMS\n\n"
        "1.0 INTRODUCTION\n\n"
        "1.1 This note summarises the agreement made for the Hayle equipment service.\n"
        "1.2 The service lends beds and hoists to people who need them at home.\n\n"
        "2.0 TERM\n\n"
        "2.1 Commencement date: 1 April 2025.\n"
    )
    result = extract(read_document(text.encode(), "terms.txt"))
    assert [s["label"] for s in result["sections"]] == ["1.0 INTRODUCTION", "2.0 TERM"]


def test_participants_in_a_table_are_parties_and_one_day_of_signing_is_one_event():
    def build(document):
        document.add_heading("Tarrow Community Services Alliance Agreement", level=0)
        document.add_heading("1. Purpose", level=1)
        document.add_paragraph("The participants run community services in Tarrow together.")
        document.add_heading("Schedule 1: Participants", level=1)
        table = document.add_table(rows=3, cols=3)
        for n, text in enumerate(("Category", "Participant", "Alliance lead")):
            _bold(table.cell(0, n), text)
        rows = [
            ("Commissioners", "Tarrow Borough Council", "Director of Adult Social Care"),
            ("Providers", "Tarrow Community Healthcare NHS Trust", "Chief Operating Officer"),
        ]
        for n, row in enumerate(rows, start=1):
            for m, text in enumerate(row):
                table.cell(n, m).text = text
        document.add_heading("Schedule 2: Execution", level=1)
        table = document.add_table(rows=3, cols=3)
        for n, text in enumerate(("Participant", "Signed by", "Date")):
            _bold(table.cell(0, n), text)
        for n, name in enumerate(
            ("Tarrow Borough Council", "Tarrow Community Healthcare NHS Trust"), start=1
        ):
            table.cell(n, 0).text, table.cell(n, 1).text = name, "Authorised signatory"
            table.cell(n, 2).text = "30 June 2025"

    result = extract(read_document(_docx(build), "tarrow-alliance.docx"))
    assert [(p["name"], p["category"]) for p in result["parties"]] == [
        ("Tarrow Borough Council", "Commissioners"),
        ("Tarrow Community Healthcare NHS Trust", "Providers"),
    ]
    assert [(d["date"], d["what"]) for d in result["dates"]] == [
        ("2025-06-30", "signed for each participant")
    ]


def test_a_table_drawn_with_rules_and_wrapped_cells_gives_its_steps():
    text = (
        "HAYLE SAFEGUARDING PARTNERSHIP\nLocal Arrangements\n\n"
        "Document control\n\n"
        "+---------+------------+-------------------------------------+\n"
        "| Version | Date       | Approval                            |\n"
        "+---------+------------+-------------------------------------+\n"
        "| 0.6     | 02/07/2024 | Considered by Hayle Safeguarding    |\n"
        "|         |            | Executive Group                     |\n"
        "| 1.0     | 25/07/2024 | Noted by Hayle Health and Wellbeing |\n"
        "|         |            | Board                               |\n"
        "+---------+------------+-------------------------------------+\n\n"
        "1. Introduction\n\n"
        "These arrangements explain how organisations in Hayle work together for children.\n"
    )
    result = extract(read_document(text.encode(), "arrangements.txt"))
    assert [(s["body"], s["action"]) for s in result["approval_steps"]] == [
        ("Hayle Safeguarding Executive Group", "consider"),
        ("Hayle Health and Wellbeing Board", "note"),
    ]
    assert "2024-07-02" in {d["date"] for d in result["dates"]}


def test_a_cover_sheet_drawn_as_a_box_is_read_as_its_fields():
    # The "Meeting" cell wraps inside the box; "the Board" is the board it names.
    text = (
        "Hayle Integrated Care Board\n\n"
        " ____________________________________________________\n"
        "| Meeting        | Board of Hayle Integrated Care    |\n"
        "|                | Board (in public)                 |\n"
        "| Date           | 14 May 2025                       |\n"
        "|________________|___________________________________|\n\n"
        "Hayle place partnership agreement\n\n"
        "1. Recommendations\n\n"
        "The Board is asked to approve the Hayle place partnership agreement in full.\n\n"
        "2. Background\n\nThe partners have worked together in Hayle since the spring of 2023.\n"
    )
    result = extract(read_document(text.encode(), "paper.txt"))
    steps = [(s["body"], s["action"]) for s in result["approval_steps"]]
    assert steps[0] == ("Board of Hayle Integrated Care Board", "approve")
    assert not any(body == "Board" for body, _ in steps)


def test_a_spaced_table_with_a_rule_under_its_header_keeps_groups_and_wrapped_names():
    text = (
        "HAYLE PLACE PARTNERSHIP AGREEMENT\n\n"
        "1. Partners\n\n"
        "1.1 The partners who will sign the Agreement are:\n\n"
        "   Category              Partner\n"
        "   --------------------  ---------------------------------------------\n"
        "   NHS                   Hayle and Pellbrook Integrated Care Board\n"
        "                         Hayle University Hospitals NHS Foundation\n"
        "                         Trust\n"
        "   Local government      Hayle City Council\n\n"
        "2. Purpose\n\n"
        "2.1 The partners plan health and care services for Hayle together.\n"
    )
    result = extract(read_document(text.encode(), "agreement.txt"))
    assert [(p["name"], p["category"]) for p in result["parties"]] == [
        ("Hayle and Pellbrook Integrated Care Board", "NHS"),
        ("Hayle University Hospitals NHS Foundation Trust", "NHS"),
        ("Hayle City Council", "Local government"),
    ]


def test_a_membership_table_counting_votes_in_single_figures_is_read_as_a_table():
    # "Voting members" and "Substitutes" name columns; a cell of one figure is a cell.
    text = (
        "HAYLE JOINT COMMITTEE CONSTITUTION\n\n1. Membership\n\n"
        "Membership of the Joint Committee is as follows:\n\n"
        "   Organisation                              Voting members   Substitutes\n"
        "   ----------------------------------------  ---------------  -----------\n"
        "   Hayle City Council                        2                2\n"
        "   Tolvan County Council                     2                1\n\n"
        "2. Meetings\n\nThe Joint Committee meets four times a year.\n"
    )
    result = extract(read_document(text.encode(), "hayle.txt"))
    assert [p["name"] for p in result["parties"]] == ["Hayle City Council", "Tolvan County Council"]
