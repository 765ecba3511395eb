"""Parties where a paper names them without a list of its own: the sentence saying whom the
agreement is between, the lines left to sign for, a schedule of the parties at the back,
a title page that opens "An agreement between"."""

from accord.imports.extraction import extract
from accord.imports.reading import read_document


def _parties(text: str, name: str = "paper.txt") -> list[tuple[str, str]]:
    result = extract(read_document(text.encode(), name))
    return [(p["name"], p["category"]) for p in result["parties"]]


def test_two_parties_between_with_defined_terms_and_a_charity_number():
    text = (
        "TOLWORTH COMMUNITY LARDER GRANT\n\n"
        'This Agreement is made between Tolworth Borough Council (the "Council") and\n'
        'Tolworth Larder Network (charity number 1099999) (the "Grantee").\n\n'
        "1. PURPOSE\n\nThe grant pays for a winter larder.\n"
    )
    assert _parties(text) == [
        ("Tolworth Borough Council", ""),
        ("Tolworth Larder Network", ""),
    ]


def test_numbered_parties_with_addresses_inside_a_between_sentence():
    text = (
        "Summary of the section 75 agreement\n\n"
        "1. Parties\n"
        "This agreement is made between (1) EWELL COUNCIL of the Civic Centre, Ewell EW1\n"
        "2AB and (2) EWELL AND STONE INTEGRATED CARE BOARD of River House, Stone ST3 4CD.\n\n"
        "2. Purpose\n\nTo pool budgets for community equipment.\n"
    )
    assert [name for name, _ in _parties(text)] == [
        "EWELL COUNCIL",
        "EWELL AND STONE INTEGRATED CARE BOARD",
    ]


def test_a_between_sentence_that_goes_on_past_the_names_is_no_list():
    text = (
        "A note on the Hook Board\n\n"
        "The Board meets between Hook Borough Council offices and the Hook Hospital, which\n"
        "takes turns to host it.\n"
    )
    assert _parties(text) == []


def test_the_lines_left_to_sign_for_name_the_parties_when_nothing_lists_them():
    text = (
        "SURBITON RIVER STATEMENT OF INTENT\n\n"
        "1) Why we act\n\nThe river needs care along its length.\n\n"
        "2) Commitment\n\nSigned at the river summit.\n\n"
        "   For Surbiton County Council\n"
        "      Councillor Ann Lee, Cabinet Member for Environment\n\n"
        "   For the Environment Agency\n"
        "      Sam Ford, Area Director\n\n"
        "   For Surbiton Wildlife Trust ........ 3 Sept 2025\n"
    )
    assert _parties(text) == [
        ("Surbiton County Council", ""),
        ("Environment Agency", ""),
        ("Surbiton Wildlife Trust", ""),
    ]


def test_signing_lines_add_nothing_when_a_list_already_names_the_parties():
    text = (
        "CHESSINGTON CARERS COMPACT\n\n"
        "The parties to this Compact are:\n\n"
        "- Chessington District Council\n"
        "- Chessington Carers Centre\n\n"
        "1. Purpose\n\nTo support carers.\n\n"
        "For Chessington District Council\n"
        "For Chessington Hospice\n"
    )
    names = [name for name, _ in _parties(text)]
    assert names == ["Chessington District Council", "Chessington Carers Centre"]


def test_a_schedule_headed_with_a_dash_lists_the_parties_by_group_without_addresses():
    text = (
        "KEY TERMS\n\n"
        "1.0 PURPOSE\n\nThe parties pool their budgets.\n\n"
        "SCHEDULE 1 - THE PARTIES\n\n"
        "Local authority\n"
        "  Malden County Council, County Hall, Malden MA1 1AA\n\n"
        "NHS bodies\n"
        "  Malden and Worcester Integrated Care Board, Mercer House, Worcester Park\n"
        "  WP2 6PL\n"
        "  Malden Community NHS Trust, Brook Centre, Malden MA4 9RT\n\n"
        "SCHEDULE 2 - SIGNATURES\n\nSigned for each party.\n"
    )
    assert _parties(text) == [
        ("Malden County Council", "Local authority"),
        ("Malden and Worcester Integrated Care Board", "NHS bodies"),
        ("Malden Community NHS Trust", "NHS bodies"),
    ]


def test_a_title_page_that_opens_an_agreement_between_lists_the_parties_by_group():
    text = (
        "Kingston Schools Compact\n"
        "An agreement between\n"
        "Local authority\n\n"
        "Kingston Borough Council\n"
        "Academy trusts\n\n"
        "Coombe Learning Trust\n"
        "Norbiton Academy Trust\n\n"
        "1. Purpose\n"
        "The compact sets out how schools and the council work together.\n"
    )
    assert _parties(text) == [
        ("Kingston Borough Council", "Local authority"),
        ("Coombe Learning Trust", "Academy trusts"),
        ("Norbiton Academy Trust", "Academy trusts"),
    ]


def test_a_short_line_naming_partners_over_bullets_heads_a_grouped_list_with_roles():
    text = (
        "Hook Mental Health Alliance\n"
        "Memorandum of Understanding\n"
        "Alliance partners\n"
        "NHS\n"
        "\u2022 Hook Integrated Care Board \u2013 lead commissioner\n"
        "\u2022 Hook Mental Health NHS Foundation Trust\n"
        "Local authority\n"
        "\u2022 Hook Borough Council - host of the pooled fund\n"
        "\n"
        "Hook Mental Health Alliance MOU v1.0\n"
        "\n"
        "1. Introduction\n"
        "The partners run community mental health services together.\n"
    )
    assert _parties(text) == [
        ("Hook Integrated Care Board", "NHS"),
        ("Hook Mental Health NHS Foundation Trust", "NHS"),
        ("Hook Borough Council", "Local authority"),
    ]


def test_an_unmarked_heading_over_bullets_is_read_only_when_nothing_else_names_a_party():
    text = (
        "Hook Carers Compact\n\n"
        "The parties to this Compact are:\n\n"
        "- Hook Borough Council\n"
        "- Hook Carers Centre\n\n"
        "1. Purpose\n\nTo support carers across Hook.\n\n"
        "Alliance partners\n"
        "- Hook Hospice\n"
    )
    assert [name for name, _ in _parties(text)] == ["Hook Borough Council", "Hook Carers Centre"]


def test_when_nothing_lists_them_the_organisations_a_paper_is_signed_by_or_made_with():
    signed = (
        "Hook Board paper\n\n1. The proposed partnership\n\n"
        "The memorandum would be signed by Hook Integrated Care Board, Hook City Council and\n"
        "Hook Community Healthcare NHS Trust.\n"
    )
    assert [name for name, _ in _parties(signed)] == [
        "Hook Integrated Care Board",
        "Hook City Council",
        "Hook Community Healthcare NHS Trust",
    ]
    committee = (
        "Hook Borough Council Constitution\n\nPart 3F - Joint arrangements\n\n"
        "The Hook and Ewell Joint Waste Committee is a joint committee of Hook Borough "
        "Council and Ewell District Council, set up under section 101.\n"
    )
    assert [name for name, _ in _parties(committee)] == [
        "Hook Borough Council",
        "Ewell District Council",
    ]
