"""Titles laid out over two lines on a title page."""

from docx import Document

from accord.imports.extraction import extract
from accord.imports.reading import read_document
from tests.importing import docx_bytes, text_pdf


def _title(text: str) -> str:
    return extract(read_document(text.encode(), "title.txt"))["title"]["value"]


def test_a_kind_broken_between_two_lines_after_a_colon_is_the_title():
    # "Name: Terms" looks like a form field until the next line finishes the kind.
    text = (
        "Hayle Estuary Partnership Board: Terms\nof Reference\nVersion 2.0\n"
        "Owner: Head of Place, on\nbehalf of the Board\n\n1. Purpose\n\n"
        "The Board joins up services for Hayle.\n"
    )
    assert _title(text) == "Hayle Estuary Partnership Board: Terms of Reference"


def test_a_bare_kind_line_followed_by_its_subject_in_lower_case_takes_the_subject():
    # The numbered parties above it are not part of the title.
    text = (
        "Dated 4 May 2022\n\n(1) THE COUNCIL OF THE BOROUGH OF HAYLE\n"
        "(2) THE VOLUNTARY PARTNERS listed in Schedule 1\n\n"
        "Memorandum of Understanding\nrelating to the Hayle Food Partnership\n\n"
        "1. Purpose\n\nThe partners share food surplus across Hayle.\n"
    )
    assert _title(text) == ("Memorandum of Understanding relating to the Hayle Food Partnership")


def test_a_protective_marking_above_the_title_is_neither_heading_nor_title():
    text = (
        "OFFICIAL\n\nPublished with the report to the Board.\n\n"
        "PARTNERSHIP AGREEMENT UNDER SECTION 75 OF THE NATIONAL HEALTH SERVICE ACT 2006\n\n"
        "1. DEFINITIONS\n\nIn this Agreement the Partners are the Council and the Board.\n"
    )
    result = extract(read_document(text.encode(), "marked.txt"))
    assert result["title"]["value"] == (
        "PARTNERSHIP AGREEMENT UNDER SECTION 75 OF THE NATIONAL HEALTH SERVICE ACT 2006"
    )
    assert result["kind"] == "section_75"
    assert "OFFICIAL" not in [s["heading"] for s in result["sections"]]


def test_an_upper_case_title_runs_on_to_a_line_that_begins_with_for():
    text = (
        "DATED 2.3.2015\n\n(1) PENZANCE TOWN COUNCIL\n(2) WEST CORNWALL HEALTH BOARD\n\n"
        "FRAMEWORK PARTNERSHIP AGREEMENT UNDER SECTION 75\n"
        "FOR POOLED CARERS SERVICES\n\n1. DEFINITIONS\n\n"
        "In this Agreement the Partners are the Council and the Board.\n"
    )
    assert _title(text) == (
        "FRAMEWORK PARTNERSHIP AGREEMENT UNDER SECTION 75 FOR POOLED CARERS SERVICES"
    )


def test_a_name_in_capitals_just_above_a_kind_in_other_letters_is_one_title_with_it():
    # Two styles of one title block; the version line below stays out.
    text = (
        "HAYLE ESTUARY FOOD PARTNERSHIP\nCharter for Members\nVersion 1.0\n\n"
        "1. Purpose\n\nThe partners share food surplus across Hayle and its villages.\n"
    )
    assert _title(text) == "HAYLE ESTUARY FOOD PARTNERSHIP Charter for Members"


def test_a_banner_in_capitals_two_lines_above_the_kind_is_not_part_of_the_title():
    text = (
        "OFFICIAL SENSITIVE\n\nHayle Estuary Food Partnership: Terms of Reference\n\n"
        "1. Purpose\n\nThe partners share food surplus across Hayle and its villages.\n"
    )
    assert _title(text) == "Hayle Estuary Food Partnership: Terms of Reference"


def test_between_under_a_bare_kind_introduces_the_parties_not_more_of_the_title():
    text = (
        "Hayle Food Partnership\n\nMemorandum of Understanding\n\nbetween\n\n"
        "Hayle Borough Council\n\nHayle Food Bank\n\n"
        "1. Purpose\n\nThe partners share food surplus across Hayle and its villages.\n"
    )
    assert _title(text) == "Hayle Food Partnership Memorandum of Understanding"


def test_a_running_header_printed_over_a_bare_kind_on_the_first_page_names_the_title():
    # The header repeats at the top of every page, so it reads as page furniture; on the
    # title page, over "Memorandum of Understanding", it is the title's name.
    pages = [
        "Hayle Food Partnership\nMemorandum of Understanding\n\nVersion 2.0\n\n"
        "1. Purpose\n\nThe partners share food surplus across Hayle and its villages.\n"
    ] + [
        f"Hayle Food Partnership\n\n{n}. Part {n}\n\nThe partners meet every month "
        f"to plan the next month's deliveries across Hayle.\n\nPage {n} of 4\n"
        for n in range(2, 5)
    ]
    assert _title("\f".join(pages)) == "Hayle Food Partnership Memorandum of Understanding"


def test_a_word_left_over_from_a_name_wrapped_in_large_type_stays_in_the_title():
    # "System" alone on its line is the end of the name above, not the start of the title.
    text = (
        "Hayle and Tolvan Integrated Care\nSystem\nMemorandum of Understanding\n"
        "Version 1.2 (agreed version)\n\nSection 1: Introduction\n\n"
        "This Memorandum is between the organisations listed in the Schedule.\n"
    )
    assert _title(text) == "Hayle and Tolvan Integrated Care System Memorandum of Understanding"


def _paged(header: str, pages: list[str]) -> str:
    return "\n\n\n".join(
        f"{header}\n\n{page}\n\nPage {n} of {len(pages)}" for n, page in enumerate(pages, start=1)
    )


def test_a_partnership_named_in_the_running_header_is_a_body_not_one_named_only_in_the_title():
    # A name wrapped in large type over the kind is the title's; the body is the header's.
    pages = [
        "Hayle Food\nPartnership\nMemorandum of Understanding\n\n1. Purpose\n\n"
        "The partners share food surplus across the town.",
        "2. Governance\n\nThe Steering Group meets every quarter.",
        "3. Review\n\nThe partners review this memorandum each year.",
    ]
    for header, named in (("Hayle Food Partnership", True), ("Hayle Food Partnership MOU", False)):
        result = extract(read_document(_paged(header, pages).encode(), "h.txt"))
        assert result["title"]["value"] == "Hayle Food Partnership Memorandum of Understanding"
        assert ("Hayle Food Partnership" in [b["name"] for b in result["bodies"]]) is named


BOARD_PAPER = (
    "HAYLE INTEGRATED CARE BOARD\n\n"
    "Meeting: Board of Hayle Integrated Care Board\n"
    "Meeting date: 26 June 2025\n"
    "Agenda item: 11\n"
    "Executive lead: Director of Place\n"
    "Appendices: Appendix 1 - Hayle Neighbourhood Health\n"
    "                         Partnership Memorandum of Understanding\n\n\n"
    "Recommendation\n\n"
    "The Board is asked to approve the memorandum at Appendix 1.\n\n\n"
    "Background\n\n"
    "Hayle Place Committee considered the draft on 5 June 2025 and recommended it to this\n"
    "Board. Hayle Town Council considered a housing plan in May.\n\n\n"
    "Risks\n\nThere are no new risks.\n"
)


def test_a_board_paper_with_cover_facts_is_a_report_titled_by_the_appendix_it_lists():
    result = extract(read_document(BOARD_PAPER.encode(), "paper.txt"))
    assert result["kind"] == "cover_report"
    assert result["title"]["value"] == (
        "Hayle Neighbourhood Health Partnership Memorandum of Understanding"
    )


def test_a_reports_background_gives_the_body_that_recommended_the_paper_to_this_board():
    result = extract(read_document(BOARD_PAPER.encode(), "paper.txt"))
    steps = [(s["body"], s["action"]) for s in result["approval_steps"]]
    assert steps[:2] == [
        ("Hayle Place Committee", "consider"),
        ("Hayle Place Committee", "recommend"),
    ]
    assert not any(body == "Hayle Town Council" for body, _ in steps)


def test_a_facts_block_lined_up_with_spaces_gives_the_decision_title_field():
    text = (
        "HAYLE CITY COUNCIL\nNotice of Executive Decision\n\n"
        "Decision title         Hayle Family Hubs Partnership Agreement\n"
        "Decision taken by      Cabinet\n"
        "Meeting date           Wed 15 October 2025\n\n\n"
        "Summary\n=======\n\nCabinet approved the agreement.\n"
    )
    result = extract(read_document(text.encode(), "notice.txt"))
    assert result["title"]["value"] == "Hayle Family Hubs Partnership Agreement"
    assert result["kind"] == "decision_notice"


def test_a_decision_title_printed_over_its_value_takes_the_value_to_the_next_blank():
    text = (
        "HAYLE COUNCIL\n\nDecision Notice\nDecision title\n\n"
        "Hayle Healthy Weight Alliance: Partnership\nAgreement 2025-2028\n\n"
        "Decision maker\n\nHayle Health and Wellbeing Board\n\n"
        "Decision\nRESOLVED: That the Board approves the agreement.\n"
    )
    result = extract(read_document(text.encode(), "notice.txt"))
    assert result["title"]["value"] == (
        "Hayle Healthy Weight Alliance: Partnership Agreement 2025-2028"
    )


def test_a_word_left_over_above_a_named_kind_that_wraps_stays_in_the_title():
    text = (
        "DATED the 28th day of March 2025\n\n(1) HAYLE COUNTY COUNCIL\nand\n"
        "(2) HAYLE INTEGRATED CARE BOARD\n\n"
        "Hayle Integrated Learning Disability\nService\nSection 75 Partnership Agreement\n\n"
        "1. Definitions\n\nIn this Agreement the Partners are the Council and the Board.\n"
    )
    assert _title(text) == (
        "Hayle Integrated Learning Disability Service Section 75 Partnership Agreement"
    )


def test_a_bare_kind_printed_over_a_name_in_capitals_is_one_title_with_it():
    text = (
        "Memorandum of Understanding\nHAYLE COMMUNITY MENTAL HEALTH PARTNERSHIP\n\n"
        "Dated: 1st September 2025\n\n\nBACKGROUND\n\n"
        "The partners have run the Hayle hubs together since January this year.\n"
    )
    assert _title(text) == "Memorandum of Understanding HAYLE COMMUNITY MENTAL HEALTH PARTNERSHIP"


def test_a_name_in_capitals_a_blank_line_above_a_bare_kind_in_other_letters_is_the_title():
    # Two lines of capitals open the page; the kind is set apart below them.
    text = (
        "HAYLE AND TOLVAN\nCOMMUNITY FOOD ARRANGEMENTS\n\nMemorandum of Understanding\n\n"
        "This memorandum is dated 4 May 2025.\n\n\nPurpose\n\n"
        "1.  The partners share food surplus across Hayle and its villages.\n\n\n"
        "Members\n\n2.  The partners meet every month.\n"
    )
    assert _title(text) == (
        "HAYLE AND TOLVAN COMMUNITY FOOD ARRANGEMENTS Memorandum of Understanding"
    )


def test_a_name_in_capitals_two_blank_lines_above_a_kind_in_capitals_is_one_title():
    # A DOCX title page: each line its own paragraph, with space after it.
    text = (
        "HAYLE ESTUARY FOOD BOARD\n\n\nTERMS OF REFERENCE\n\n\n1. PURPOSE\n\n"
        "The Board joins up services for Hayle.\n"
    )
    assert _title(text) == "HAYLE ESTUARY FOOD BOARD TERMS OF REFERENCE"


def test_a_kind_of_paper_in_sentence_case_under_a_name_takes_the_name():
    text = (
        "Hayle Food Partnership\n\n\nJoint working arrangements\n\n\nPublished 4 May 2025\n\n\n"
        "1. Who we are\n\nThe partners share food surplus across Hayle and its villages.\n"
    )
    assert _title(text) == "Hayle Food Partnership Joint working arrangements"


def test_a_long_name_wrapped_over_the_top_two_lines_above_a_bare_kind_is_whole():
    text = (
        "Hayle, Tolvan and Penwith Joint\nHealth Overview and Scrutiny Committee\n"
        "Terms of Reference\nAgreed March 2025\n\n1. Establishment\n\n"
        "The Committee is a joint committee of the three councils.\n"
    )
    assert _title(text) == (
        "Hayle, Tolvan and Penwith Joint Health Overview and Scrutiny Committee Terms of Reference"
    )


def test_a_subject_field_wrapped_onto_a_line_set_under_its_value_is_whole():
    text = (
        "HAYLE TOWN COUNCIL\nRecord of an officer decision\n\n"
        "Reference:          DD/2025/12\n"
        "Subject:            Hayle Food Partnership - Memorandum of\n"
        "                    Understanding\n"
        "Decision maker:     Director of Communities\n"
        "Date of decision:   18/08/2025\n\n\n1. Decision\n\n"
        "To agree the Memorandum of Understanding for the Hayle Food Partnership.\n"
    )
    assert _title(text) == "Hayle Food Partnership - Memorandum of Understanding"


_MINUTES = (
    "HAYLE BOROUGH COUNCIL\n\nCABINET\n\n"
    "Extract from the minutes of the meeting held on Wednesday 9 July 2025\n\n"
    "Present:  Councillor P. Ashworth (Leader, in the Chair)\n\n\n"
    "31. APOLOGIES FOR ABSENCE\n\n     Apologies were received from Councillor M. Greaves.\n\n\n"
    "32. MINUTES\n\n     The minutes of the meeting held on 11 June 2025 were agreed.\n\n\n"
    "33. HAYLE FOOD PARTNERSHIP: MEMORANDUM OF UNDERSTANDING\n\n"
    "     Cabinet considered the report of the Director of Communities.\n\n"
    "     RESOLVED:\n\n     That the Memorandum be approved.\n\n\n"
    "34. EXCLUSION OF THE PRESS AND PUBLIC\n\n     There was no exempt business.\n"
)


def test_an_extract_of_minutes_is_a_record_of_decisions():
    result = extract(read_document(_MINUTES.encode(), "minutes.txt"))
    assert result["kind"] == "decision_notice"


def test_minutes_items_numbered_on_from_earlier_meetings_are_sections():
    result = extract(read_document(_MINUTES.encode(), "minutes.txt"))
    assert [s["number"] for s in result["sections"]] == ["31", "32", "33", "34"]


def test_the_minutes_item_that_names_the_agreement_is_the_title():
    assert _title(_MINUTES) == "HAYLE FOOD PARTNERSHIP: MEMORANDUM OF UNDERSTANDING"


def test_a_constitution_under_the_name_of_its_authority_is_one_title_with_it():
    text = (
        "HAYLE AND TOLVAN COMBINED AUTHORITY\nConstitution - Part 2: Membership and Voting\n\n"
        "Made under the Hayle and Tolvan Combined Authority Order 2024.\n\n\n"
        "2A. Membership\n\n2A.1  The members of the Authority are the Mayor and the councils.\n"
    )
    assert _title(text) == (
        "HAYLE AND TOLVAN COMBINED AUTHORITY Constitution - Part 2: Membership and Voting"
    )


def test_a_statement_under_the_name_of_its_board_is_one_title_with_it():
    text = (
        "Hayle Safeguarding Adults Board\nAnnual Governance Statement 2024/25\n"
        "Scope of responsibility\nThe Hayle Safeguarding Adults Board is the board for the "
        "county under section 43 of the Care Act 2014; each partner keeps its own governance.\n\n"
        "Membership\n\nThe members meet every quarter.\n"
    )
    assert _title(text) == "Hayle Safeguarding Adults Board Annual Governance Statement 2024/25"


def test_a_title_wrapped_before_its_year_and_part_goes_on_onto_that_line():
    text = (
        "Hayle Better Care Fund Plan\n2025-26: Governance and Sign-off\n"
        "Narrative plan, part 3 of 4\n\n1. Introduction\n\n"
        "This part of the plan sets out who the partners are.\n"
    )
    assert _title(text) == "Hayle Better Care Fund Plan 2025-26: Governance and Sign-off"


def test_a_letter_of_intent_names_its_kind_of_paper_even_before_a_colon():
    text = (
        "Letter of Intent: Hayle Community Services Provider Collaborative\n\n"
        "Dated: 3 September 2025\n\nTo:   The Chief Executive, Tolvan Integrated Care Board\n"
        "From: The five providers named in paragraph 1\n\n\n1. Who we are\n\n"
        "This letter is from the five providers of community services in Hayle.\n"
    )
    assert _title(text) == "Letter of Intent: Hayle Community Services Provider Collaborative"


def test_an_exchange_of_letters_names_its_kind_of_paper():
    text = (
        "Hayle Pooled Budget: Variation by Exchange of Letters\n\n"
        "Published under the Council's transparency arrangements. Signatures have\n"
        "been removed.\n\n-----------------------------------------------------------\n\n"
        "Letter 1: from the Council to the ICB\n\nDear Ms Dunmore\n\n"
        "I refer to the agreement between the Council and the ICB.\n"
    )
    assert _title(text) == "Hayle Pooled Budget: Variation by Exchange of Letters"


def test_a_decision_sheet_or_resolution_sheet_is_a_decision_notice():
    for heading in ("Cabinet decision sheet", "RESOLUTION SHEET", "Schedule of decisions"):
        text = (
            f"POLZEATH DISTRICT COUNCIL\n\n{heading}\n\n"
            "Meeting held on: 9 October 2025\n\n"
            "Item 5  Polzeath Partnership Agreement\n\n"
            "RESOLVED that the Polzeath Partnership Agreement be approved.\n"
        )
        assert extract(read_document(text.encode(), "p.txt"))["kind"] == "decision_notice", heading


def test_an_agenda_items_number_is_no_part_of_a_decisions_title():
    text = (
        "POLZEATH JOINT WASTE COMMITTEE\n\nRESOLUTION SHEET\n\n"
        "Meeting held on: 9 October 2025\n\n"
        "----------------------------------------\n"
        "Item JWC/25/23   Polzeath Inter Authority Agreement 2026\n"
        "----------------------------------------\n"
        "RESOLVED that the Polzeath Inter Authority Agreement 2026 be endorsed.\n"
    )
    assert _title(text) == "Polzeath Inter Authority Agreement 2026"


def test_a_kind_of_agreement_with_no_name_takes_its_subtitle_on_the_next_line():
    # "Inter-authority agreement" says what sort of paper it is, not which one.
    text = (
        "                                   DATED 4.11.2025\n\n"
        "        (1) HAYLE DISTRICT COUNCIL\n\n        (2) HAYLE COUNTY COUNCIL\n\n\n\n\n"
        "        INTER-AUTHORITY AGREEMENT\n"
        "        relating to the Hayle Joint Waste Partnership\n\n"
        "1. Definitions\n\nThe councils share the collection of waste.\n"
    )
    assert _title(text) == (
        "INTER-AUTHORITY AGREEMENT relating to the Hayle Joint Waste Partnership"
    )


def test_a_subtitle_in_capitals_under_a_bare_kind_is_no_banner():
    document = Document()
    for text in (
        "DATED ................ 2025",
        "(1) Hayle Council",
        "(2) Hayle Integrated Care Board",
        "PARTNERSHIP AGREEMENT",
        "RELATING TO COMMUNITY EQUIPMENT SERVICES",
        "1. Background",
        "The partners pool their budgets for community equipment.",
    ):
        document.add_paragraph(text)
    result = extract(read_document(docx_bytes(document), "agreement.docx"))
    assert result["title"]["value"] == (
        "PARTNERSHIP AGREEMENT RELATING TO COMMUNITY EQUIPMENT SERVICES"
    )


def test_a_grant_funding_agreement_takes_the_programme_named_under_it():
    text = (
        "Grant Funding Agreement\nHayle Community Food Programme\n\n"
        "1. The grant\n\nThe Council pays the grant in two parts.\n"
    )
    assert _title(text) == "Grant Funding Agreement Hayle Community Food Programme"


def test_a_paper_that_opens_with_its_underlined_title_as_a_heading_has_that_title():
    text = (
        "Nominations Agreement - Hayle Fields, Hayle\n"
        "===========================================\n\n"
        "Purpose\n-------\nThis agreement sets out how the Council nominates households.\n\n"
        "Nomination rights\n-----------------\nThe Council nominates to all first lets.\n"
    )
    assert _title(text) == "Nominations Agreement - Hayle Fields, Hayle"


def test_a_running_header_naming_the_paper_is_its_title_when_nothing_else_is():
    page = [
        "Hayle Community Safety Partnership Agreement",
        "Introduction",
        "The responsible authorities for Hayle work together to reduce crime.",
    ] + [
        f"Partners will share data about crime each month, as item {n} of the plan sets out."
        for n in range(12)
    ]
    text = "\n".join(page + page[:1] + ["Review"] + page[2:] + page[:1] + ["Signing"] + page[2:])
    result = extract(read_document(text_pdf(text, lines_per_page=len(page)), "agreement.pdf"))
    assert result["title"]["value"] == "Hayle Community Safety Partnership Agreement"


def test_the_title_block_under_a_first_heading_that_names_no_paper_is_the_title():
    text = (
        "Hayle and Tor Integrated Care System\n\n"
        "Hayle and Tor Integrated Care\nSystem\nMemorandum of Understanding 2025-2028\n"
        "1) Purpose\nThis Memorandum records how the partners will work together.\n"
        "2) Principles\nPartners will share plans early.\n"
    )
    assert _title(text) == (
        "Hayle and Tor Integrated Care System Memorandum of Understanding 2025-2028"
    )
