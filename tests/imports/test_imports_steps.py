"""Approval steps in the forms minutes and signature pages take."""

import io

from docx import Document

from accord.imports.extraction import extract
from accord.imports.reading import read_document


def _steps(text: str, name: str) -> list[tuple[str, str]]:
    result = extract(read_document(text.encode(), name))
    return [(step["body"], step["action"]) for step in result["approval_steps"]]


def test_a_minute_with_the_verb_after_the_body_names_the_body_alone():
    text = (
        "Record of decision\n\nSubject: Mevagissey Harbour Partnership Agreement\n\n"
        "Decision\n\nCabinet RESOLVED to:\n\n"
        "(1) approve the Mevagissey Harbour Partnership Agreement at Appendix A; and\n\n"
        "(2) delegate authority to the Director of Place to agree and sign the Agreement.\n"
    )
    steps = _steps(text, "mevagissey.txt")
    assert ("Cabinet", "approve") in steps
    assert ("Cabinet", "delegate") in steps
    assert not any("resolved" in body.lower() for body, _ in steps)


def test_a_signing_line_that_names_the_party_gives_the_party_not_the_form_below_it():
    text = (
        "PARTNERSHIP AGREEMENT FOR PORTHCURNO DAY SERVICES\n\n1. PARTIES\n\n"
        "(1) PORTHCURNO DISTRICT COUNCIL\n(2) WEST PENWITH HEALTH BOARD\n\n"
        "2. EXECUTION\n\n"
        "Signed for and on behalf of PORTHCURNO DISTRICT COUNCIL by:\n\n"
        "Signature: ....................\nName: Morwenna Tregear\n"
        "Position: Chief Executive\nDate: 3.4.2019\n\n"
        "Signed for and on behalf of WEST PENWITH HEALTH BOARD by:\n\n"
        "Signature: ....................\nName: Jory Pascoe\nPosition: Chair\nDate: 3.4.2019\n"
    )
    steps = _steps(text, "porthcurno.txt")
    assert ("PORTHCURNO DISTRICT COUNCIL", "sign") in steps
    assert ("WEST PENWITH HEALTH BOARD", "sign") in steps
    assert not any(body.startswith(("Name:", "Position:", "Date:")) for body, _ in steps)


def test_a_body_named_with_the_organisation_it_belongs_to_keeps_the_owner():
    text = (
        "Lelant Food Partnership Memorandum of Understanding\n\n1. Approval\n\n"
        "This Memorandum was approved by the Cabinet of Lelant Borough Council on 4 March "
        "2024 and by the Housing Committee of the Council on 6 March 2024. The Chief "
        "Executive of Lelant Borough Council signed it on 8 March 2024.\n"
    )
    result = extract(read_document(text.encode(), "lelant.txt"))
    bodies = [body["name"].lower() for body in result["bodies"]]
    assert "cabinet of lelant borough council" in bodies
    assert "housing committee of the council" in bodies
    assert "cabinet" not in bodies
    assert not any(body.startswith("chief executive") for body in bodies)


def test_document_control_written_as_form_fields_gives_the_route_in_date_order():
    text = (
        "St Ives Youth Information Sharing Agreement\n\n"
        "Version: 1.3\nOwner: Youth Service, St Ives Town Council\n"
        "Agreed by: St Ives Youth Partnership Board (completed 2 May 2024)\n"
        "Reviewed by: St Ives Data Protection Forum (completed 10 April 2024)\n"
        "Next review: 01/05/2025\n\n1. Purpose\n\nThe partners share information about "
        "young people who need early help.\n"
    )
    assert _steps(text, "stives.txt") == [
        ("St Ives Data Protection Forum", "review"),
        ("St Ives Youth Partnership Board", "agree"),
    ]


def test_a_signature_told_in_a_sentence_with_its_day_names_the_organisation_alone():
    text = (
        "HAYLE FOOD COMPACT\n\n1. Purpose\n\n"
        "The partners share food surplus across Hayle and its villages every week.\n\n"
        "2. Signatures\n\n"
        "Signed for Hayle Borough Council on Tuesday 3rd March 2026.\n\n"
        "Signed for Hayle Community Foundation on 10.03.2026.\n"
    )
    result = extract(read_document(text.encode(), "compact.txt"))
    assert [(s["body"], s["action"]) for s in result["approval_steps"]] == [
        ("Hayle Borough Council", "sign"),
        ("Hayle Community Foundation", "sign"),
    ]


def test_a_listed_step_asking_a_body_to_approve_it_names_that_body():
    text = (
        "Hayle Food Partnership\n\nMemorandum of Understanding\n\n1. Purpose\n\n"
        "The partners share food surplus across Hayle and its villages every week.\n\n"
        "2. Approval\n\n"
        "\u2022 The Hayle Food Partnership Board agreed the final draft on 18 March 2026.\n"
        "\u2022 The Cabinet of Hayle Borough Council will be asked to approve it on 14 April 2026.\n"
        "\u2022 The Hayle Health and Wellbeing Board will be asked to ratify it on 7 May 2026.\n"
    )
    result = extract(read_document(text.encode(), "mou.txt"))
    steps = [(s["body"], s["action"]) for s in result["approval_steps"]]
    assert ("Cabinet of Hayle Borough Council", "approve") in steps
    assert ("Hayle Health and Wellbeing Board", "ratify") in steps
    assert not any(body.lower().startswith(("approve", "ratify")) for body, _ in steps)


def test_the_date_line_of_a_signature_block_is_the_day_that_organisation_signed():
    text = (
        "HAYLE FOOD COMPACT\n\n1. Purpose\n\n"
        "The partners share food surplus across Hayle and its villages every week.\n\n"
        "2. Signatures\n\n"
        "Signed on behalf of Hayle Borough Council\n"
        "Name: Jo Pennant          Position: Chief Executive\n"
        "Date: 03 June 2025\n\n"
        "Signed on behalf of Hayle Community Foundation\n"
        "Name: Mair Lloyd          Position: Chair of Trustees\n"
        "Date: 18 June 2025\n"
    )
    result = extract(read_document(text.encode(), "compact.txt"))
    dated = {(d["date"], d["what"]) for d in result["dates"]}
    assert ("2025-06-03", "signed for Hayle Borough Council") in dated
    assert ("2025-06-18", "signed for Hayle Community Foundation") in dated


def test_taking_effect_when_signed_by_every_party_makes_each_signature_a_step():
    text = (
        "HAYLE SAFE ACCOMMODATION PARTNERSHIP AGREEMENT\n\n1. Purpose\n\n"
        "The parties provide safe accommodation in Hayle.\n\n2. Approval\n\n"
        "The Hayle Partnership Board agreed this Agreement on 17 July 2025. It takes effect "
        "when signed by every party.\n\n3. Signatures\n\n"
        "   Organisation                   Signed by            Date\n"
        "   Hayle County Council           Chief Executive      1st Aug 2025\n"
        "   Hayle Women's Aid              Chief Executive      5th Aug 2025\n"
    )
    result = extract(read_document(text.encode(), "hayle.txt"))
    assert [(s["body"], s["action"]) for s in result["approval_steps"]] == [
        ("Hayle Partnership Board", "agree"),
        ("Hayle County Council", "sign"),
        ("Hayle Women's Aid", "sign"),
    ]


def test_a_moderngov_issue_page_is_a_decision_by_the_committee_on_its_meeting_line():
    text = (
        "Issue - decisions\n\nHayle Carers Partnership - Memorandum of Understanding\n\n"
        "04/03/2025 - Adult Social Care and Health Committee\n\n"
        "Decision:\nRESOLVED - That the Committee:\n\n"
        "1.  approves the Hayle Carers Partnership Memorandum of Understanding\n"
        "    appended to the report; and\n\n"
        "2.  notes that the Memorandum was endorsed by the Hayle Carers\n"
        "    Partnership Board on 11 February 2025.\n\n"
        "Minutes:\nThe Committee received the report of the Director of Adult Social Services.\n"
    )
    result = extract(read_document(text.encode(), "issue.txt"))
    assert result["kind"] == "decision_notice"
    steps = [(s["body"], s["action"]) for s in result["approval_steps"]]
    assert ("Adult Social Care and Health Committee", "approve") in steps
    assert ("Adult Social Care and Health Committee", "note") in steps
    assert not any(body.lower().startswith("resolved") for body, _ in steps)


def test_a_board_papers_cover_names_the_board_over_a_wrapped_line_and_the_earlier_body():
    text = (
        "HAYLE INTEGRATED CARE BOARD\n\n"
        "Meeting: Board of Hayle and Tolvan Integrated Care\n"
        "                         Board (held in public)\n"
        "Meeting date: 26 June 2025\n"
        "Agenda item: 11\n"
        "Previously considered:   Hayle Place Committee, 05.06.2025 -\n"
        "                         considered and recommended for approval\n\n\n"
        "Recommendation\n\n"
        "The Board is asked to approve the Hayle Neighbourhood Memorandum of Understanding.\n\n\n"
        "Risks\n\nThere are no new risks.\n"
    )
    assert _steps(text, "paper.txt")[:3] == [
        ("Hayle Place Committee", "consider"),
        ("Hayle Place Committee", "recommend"),
        ("Board of Hayle and Tolvan Integrated Care Board", "approve"),
    ]


NOTICE = (
    "HAYLE CITY COUNCIL\nNotice of Executive Decision\n\n"
    "Decision title         Hayle Family Hubs Partnership Agreement\n"
    "Decision taken by      Cabinet\n"
    "Meeting date           Wed 15 October 2025\n\n\n"
    "What Cabinet decided\n====================\n\n"
    "On the report of the Corporate Director of Children and Families, Cabinet\n"
    "RESOLVED:\n\n"
    "  i.   to approve the Hayle Family Hubs Partnership Agreement at\n"
    "       Appendix 1 to the report;\n\n"
    "  ii.  to note the comments of the Children and Young People Scrutiny\n"
    "       Commission on the draft Agreement; and\n\n"
    "  iii. to delegate authority to the Corporate Director of Children and\n"
    "       Families to sign the Agreement on behalf of the City Council.\n"
)


def test_a_resolution_on_the_report_of_an_officer_numbered_in_small_romans_is_the_cabinets():
    steps = _steps(NOTICE, "notice.txt")
    assert [s for s in steps if s[0] == "Cabinet"] == [
        ("Cabinet", "approve"),
        ("Cabinet", "note"),
        ("Cabinet", "delegate"),
    ]


def test_a_body_named_over_an_items_hanging_lines_is_one_name():
    result = extract(read_document(NOTICE.encode(), "notice.txt"))
    names = [body["name"] for body in result["bodies"]]
    assert "Children and Young People Scrutiny Commission" in names


def test_a_charter_recommended_for_signature_is_signed_by_each_name_of_its_signatory_list():
    text = (
        "HAYLE ANCHOR INSTITUTIONS CHARTER\n\n1. WHY WE ARE DOING THIS\n\n"
        "Anchor institutions are large organisations rooted in a place.\n\n"
        "2. HOW THE CHARTER WAS AGREED\n\n"
        "The Hayle Partnership Board agreed the Charter at its meeting on 22nd May 2025\n"
        "and recommended it to each organisation for signature.\n\n"
        "3. SIGNATORIES\n\nAnchor institutions\n\n"
        "  Hayle Borough Council ........................ signed 12/06/2025\n"
        "  Hayle College ................................ signed 12/06/2025\n\n"
        "Supporting partners\n\n"
        "  Voluntary Action Hayle ....................... signed 26/06/2025\n"
    )
    assert _steps(text, "charter.txt") == [
        ("Hayle Partnership Board", "agree"),
        ("Hayle Partnership Board", "recommend"),
        ("Hayle Borough Council", "sign"),
        ("Hayle College", "sign"),
        ("Voluntary Action Hayle", "sign"),
    ]


def test_each_body_that_approved_is_a_step_from_a_dated_list_a_paragraph_below_its_lead_in():
    text = (
        "HAYLE JOINT COMMITTEE\n\nConstitution\n\n\nPART A: ESTABLISHMENT\n\n"
        "A1. The Joint Committee is a joint committee of two councils and a board.\n\n\n"
        "PART B: APPROVAL\n\n"
        "B1. Each constituent body approved the establishment of the Joint Committee\n"
        "and this constitution:\n\n"
        "   Cabinet of Hayle County Council             12/02/25\n"
        "   Executive of Tolvan City Council            19/02/25\n"
    )
    assert _steps(text, "constitution.txt") == [
        ("Cabinet of Hayle County Council", "approve"),
        ("Executive of Tolvan City Council", "approve"),
    ]


def test_signed_by_the_organisations_below_makes_each_signature_a_step():
    text = (
        "HAYLE VOLUNTARY SECTOR COMPACT\n\n1. About the Compact\n\n"
        "The Compact sets out how public bodies and the voluntary sector work together.\n\n"
        "2. Adoption\n\n"
        "The Hayle Together Partnership Board adopted the Compact on 13th November 2025. It "
        "was signed at the relaunch event and afterwards by the organisations below.\n\n"
        "3. Signatories\n\n"
        "   Organisation                   Signed by            Date\n"
        "   Hayle Borough Council          Leader               27/11/2025\n"
        "   Hayle Community Foundation     Chief Executive      01/12/2025\n"
    )
    assert _steps(text, "compact.txt") == [
        ("Hayle Together Partnership Board", "adopt"),
        ("Hayle Borough Council", "sign"),
        ("Hayle Community Foundation", "sign"),
    ]


def test_a_signature_list_of_for_lines_with_dot_leaders_gives_who_signs_without_for():
    text = (
        "Letter of intent: Penwith Community Provider Collaborative\n\nDated: 3 September 2025\n\n"
        "We, the three providers below, intend to form a provider collaborative.\n\n"
        "The board of each Provider approved this letter in August 2025. It is\n"
        "signed for each Provider by its chief executive.\n\n\n"
        "Signed\n\n"
        "For Penwith Community Healthcare NHS Trust ........ 3 Sept 2025\n"
        "For Penwith Hospitals NHS Foundation Trust ........ 3 Sept 2025\n"
        "For Penwith Hospice ............................... 5 Sept 2025\n"
    )
    steps = _steps(text, "penwith.txt")
    assert ("Penwith Community Healthcare NHS Trust", "sign") in steps
    assert ("Penwith Hospice", "sign") in steps
    assert not any(body.lower().startswith("for ") for body, _ in steps)


_MINUTES = (
    "HAYLE BOROUGH COUNCIL\n\nCABINET\n\n"
    "Extract from the minutes of the meeting held on Wednesday 9 July 2025\n\n\n"
    "33. HAYLE FOOD PARTNERSHIP: MEMORANDUM OF UNDERSTANDING\n\n"
    "     Cabinet considered the report of the Director of Communities.\n\n"
    "     RESOLVED:\n\n"
    "     (a)  That the Hayle Food Partnership Memorandum of Understanding between Hayle\n"
    "          Borough Council and Hayle Food Bank, as set out at Appendix 1, be approved.\n\n"
    "     (b)  That authority be delegated to the Director of Communities to sign the\n"
    "          Memorandum on behalf of the Council.\n\n\n"
    "34. EXCLUSION OF THE PRESS AND PUBLIC\n\n     There was no exempt business.\n"
)


def test_minutes_resolutions_are_the_body_named_over_the_minutes_line():
    assert ("Cabinet", "delegate") in _steps(_MINUTES, "minutes.txt")


def test_a_resolution_that_the_agreement_be_approved_is_the_meeting_approving_it():
    assert ("Cabinet", "approve") in _steps(_MINUTES, "minutes.txt")


def test_when_a_class_of_bodies_is_to_act_is_no_part_of_its_name():
    text = (
        "HAYLE FOOD CHARTER\n\nSection 1 - How the Charter was agreed\n\n"
        "The Hayle Food Forum agreed the Charter on 23rd October 2025.\n"
        "It is now to be adopted by the board or cabinet of each Charter member\n"
        "by the end of next month.\n"
    )
    steps = _steps(text, "charter.txt")
    assert ("board or cabinet of each Charter member", "adopt") in steps


def test_the_board_a_paper_is_headed_by_is_the_board_its_recommendations_table_asks():
    document = Document()
    document.add_paragraph("Hayle Health and Wellbeing Board")
    document.add_paragraph("Date of meeting: Thursday 4 December 2025")
    document.add_paragraph("Report of: Director of Public Health")
    document.add_heading("1. Purpose of the report", 1)
    document.add_paragraph(
        "To seek the Board's approval of a memorandum of understanding for the Hayle Food "
        "Partnership, which the Hayle Place Committee of Tolvan Integrated Care Board endorsed."
    )
    document.add_heading("2. Recommendations", 1)
    rows = [
        ("No.", "The Board is asked to:"),
        ("1", "APPROVE the Hayle Food Partnership Memorandum of Understanding at Appendix 1;"),
        ("2", "NOTE the partners' plans for 2026."),
    ]
    table = document.add_table(rows=len(rows), cols=2)
    for n, (left, right) in enumerate(rows):
        table.cell(n, 0).text, table.cell(n, 1).text = left, right
    document.add_heading("3. Appendices", 1)
    document.add_paragraph(
        "Appendix 1 \u2013 Draft Hayle Food Partnership Memorandum of Understanding"
    )
    buffer = io.BytesIO()
    document.save(buffer)
    result = extract(read_document(buffer.getvalue(), "paper.docx"))
    steps = [(step["body"], step["action"]) for step in result["approval_steps"]]
    assert ("Hayle Health and Wellbeing Board", "approve") in steps


def test_signatures_in_a_table_are_one_dated_event_a_day_naming_all_who_signed_that_day():
    text = (
        "Hayle Early Help Partnership Agreement\n\n1. Purpose\n\n"
        "The partners join up early help across Hayle.\n\n2. Signatures\n\n"
        "| Organisation | Signed by | Date |\n"
        "|---|---|---|\n"
        "| Hayle City Council | Chief Executive | 1 October 2025 |\n"
        "| Tolvan Integrated Care Board | Chief Executive | 1 October 2025 |\n"
        "| Hayle College | Principal | 8 October 2025 |\n"
    )
    result = extract(read_document(text.encode(), "signed.txt"))
    dated = [(d["date"], d["what"]) for d in result["dates"]]
    assert (
        "2025-10-01",
        "signed for Hayle City Council and Tolvan Integrated Care Board",
    ) in dated
    assert ("2025-10-08", "signed for Hayle College") in dated


def test_signature_blocks_side_by_side_sign_row_by_row_when_the_text_says_signed_as_shown():
    document = Document()
    document.add_heading("Hayle Place Partnership: Memorandum of Understanding", 0)
    document.add_heading("Approval", 1)
    document.add_paragraph("1. The Hayle Place Board agreed this Memorandum on 21 October 2025.")
    document.add_paragraph("2. The Memorandum was then signed as shown below.")
    document.add_heading("Signatures", 1)
    table = document.add_table(rows=2, cols=2)
    names = [
        ["Hayle Borough Council", "Tolvan Integrated Care Board"],
        ["Hayle Community Health NHS Trust", "Hayle Voluntary Action"],
    ]
    for n, row in enumerate(names):
        for m, name in enumerate(row):
            table.cell(n, m).text = f"Signed for {name}"
    buffer = io.BytesIO()
    document.save(buffer)
    result = extract(read_document(buffer.getvalue(), "hayle.docx"))
    signed = [s["body"] for s in result["approval_steps"] if s["action"] == "sign"]
    assert signed == [name for row in names for name in row]
