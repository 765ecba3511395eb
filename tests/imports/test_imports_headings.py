"""Headings and names kept as they are printed, in the ways papers of the genre write them."""

from accord.imports.extraction import extract
from accord.imports.reading import read_document


def _sections(text: str) -> list[str]:
    result = extract(read_document(text.encode(), "headings.txt"))
    return [section["label"] for section in result["sections"]]


def test_a_heading_numbered_without_a_dot_keeps_its_number_as_printed():
    text = (
        "HAYLE FOOD PARTNERSHIP AGREEMENT\n\n"
        "1 Purpose\n\n1.1  The partners share food surplus across Hayle.\n\n"
        "2 The partners\n\n2.1  The partners are the council and two charities.\n\n"
        "3 Review\n\n3.1  The partners review this agreement each year.\n"
    )
    assert _sections(text) == ["1 Purpose", "2 The partners", "3 Review"]


def test_parts_lettered_in_a_constitution_are_its_sections():
    text = (
        "HAYLE JOINT COMMITTEE\n\nConstitution\n\n\n"
        "PART A: ESTABLISHMENT\n\nA1. The Joint Committee is a joint committee of two councils.\n\n"
        "A2. It came into being on 1st April 2025.\n\n\n"
        "PART B: FUNCTIONS\n\nB1. The Joint Committee commissions carers' services.\n"
    )
    assert _sections(text) == ["PART A: ESTABLISHMENT", "PART B: FUNCTIONS"]


def test_headings_underlined_with_rules_are_sections_and_the_rules_are_not_text():
    text = (
        "HAYLE BOROUGH COUNCIL\nNotice of Executive Decision\n\n\n"
        "Summary\n=======\n\nThe Council opened its first family hub last year.\n\n\n"
        "What Cabinet decided\n--------------------\n\nCabinet approved the agreement.\n"
    )
    result = extract(read_document(text.encode(), "notice.txt"))
    assert [s["label"] for s in result["sections"]] == ["Summary", "What Cabinet decided"]
    assert "=" not in result["title"]["value"]


def test_numbered_lines_one_straight_after_another_are_a_list_not_headings():
    text = (
        "HAYLE FOOD PARTNERSHIP AGREEMENT\n\n\nTHE PARTIES\n\n"
        "1. Hayle Borough Council\n2. Hayle Integrated Care Board\n3. Hayle Food Bank\n\n\n"
        "BACKGROUND\n\nThe partners have shared food surplus across Hayle since 2020.\n\n\n"
        "GOVERNANCE\n\nThe Steering Group meets every quarter.\n"
    )
    labels = _sections(text)
    assert "BACKGROUND" in labels and "GOVERNANCE" in labels
    assert not any(label.startswith(("1.", "2.", "3.")) for label in labels)


def test_a_heading_in_capitals_over_a_numbered_list_heads_that_list():
    text = (
        "HAYLE FOOD PARTNERSHIP AGREEMENT\n\n\nTHE PARTIES\n\n"
        "1. Hayle Borough Council\n2. Hayle Integrated Care Board\n3. Hayle Food Bank\n\n\n"
        "BACKGROUND\n\nThe partners have shared food surplus across Hayle since 2020.\n"
    )
    assert _sections(text) == ["THE PARTIES", "BACKGROUND"]
    result = extract(read_document(text.encode(), "hayle.txt"))
    assert [p["name"] for p in result["parties"]] == [
        "Hayle Borough Council",
        "Hayle Integrated Care Board",
        "Hayle Food Bank",
    ]


def test_a_count_before_a_group_of_bodies_is_no_part_of_their_name():
    text = (
        "HAYLE COMMUNITY SAFETY PARTNERSHIP AGREEMENT\n\n1 Governance\n\n"
        "1.1  The Safer Hayle Partnership Board meets quarterly. Three Town Problem Solving\n"
        "     Groups deal with issues in each town.\n"
    )
    result = extract(read_document(text.encode(), "hayle.txt"))
    names = [body["name"] for body in result["bodies"]]
    assert "Town Problem Solving Groups" in names
    assert not any(name.lower().startswith("three") for name in names)


_PARAGRAPHED = (
    "HAYLE AND TOLVAN\nCOMMUNITY FOOD ARRANGEMENTS\n\nMemorandum of Understanding\n\n"
    "This memorandum is dated 2 June 2025.\n\n\n"
    "Purpose\n\n1.  The partners share food surplus across Hayle and its villages so that\n"
    "    nobody goes hungry.\n\n\n"
    "The partners\n\n2.  The food partners, who are also parties to this\n    Memorandum, are:\n\n"
    "      -  Hayle Borough Council;\n      -  Hayle Food Bank; and\n"
    "      -  Tolvan Community Larder.\n\n"
    "3.  Each partner will name a single point of contact.\n\n\n"
    "Approval\n\n4.  The Hayle Food Board agreed this Memorandum at its meeting on 2 June\n"
    "    2025, and it will be presented to the Hayle Community Safety Partnership\n"
    "    for noting next month.\n"
)


def test_a_numbered_paragraph_that_leads_into_a_list_is_no_heading():
    assert "The food partners, who are also parties to this Memorandum, are:" not in _sections(
        _PARAGRAPHED
    )
    assert _sections(_PARAGRAPHED) == ["Purpose", "The partners", "Approval"]


def test_a_bare_kind_set_apart_under_the_name_is_the_title_not_a_heading():
    result = extract(read_document(_PARAGRAPHED.encode(), "hayle.txt"))
    assert result["title"]["value"] == (
        "HAYLE AND TOLVAN COMMUNITY FOOD ARRANGEMENTS Memorandum of Understanding"
    )


def test_a_numbered_paragraph_under_approval_that_tells_what_happened_gives_each_step():
    result = extract(read_document(_PARAGRAPHED.encode(), "hayle.txt"))
    steps = [(s["body"], s["action"]) for s in result["approval_steps"]]
    assert ("Hayle Food Board", "agree") in steps
    assert ("Hayle Community Safety Partnership", "note") in steps


_CONSTITUTION = (
    "HAYLE AND TOLVAN COMBINED AUTHORITY\nConstitution - Part 2: Membership and Voting\n\n\n"
    "2A. Membership\n\n"
    "2A.1  The members of the Hayle and Tolvan Combined Authority are the\n"
    "      Mayor and the members appointed by the bodies in the table below.\n\n"
    "      Category         Member body                        Seats  Votes\n"
    "      ---------------  ---------------------------------  -----  -----\n"
    "      Constituent      Hayle City Council                     2  Yes\n"
    "      councils         Tolvan County Council                  2  Yes\n"
    "      Non-constituent  Hayle Business Board                   1  No\n"
    "      members          Hayle Voluntary Sector                 1  No\n"
    "                       Assembly\n\n"
    "2B. Voting\n\n2B.1  Each member has one vote.\n\n"
    "2C. Committees\n\n2C.1  The Authority appoints an overview and scrutiny committee.\n"
)


def test_parts_numbered_with_a_letter_over_their_clauses_are_sections():
    assert _sections(_CONSTITUTION) == ["2A. Membership", "2B. Voting", "2C. Committees"]


def test_a_phrase_pointing_to_the_table_below_is_no_party():
    result = extract(read_document(_CONSTITUTION.encode(), "hayle.txt"))
    names = [p["name"] for p in result["parties"]]
    assert not any("below" in name or "table" in name for name in names)
