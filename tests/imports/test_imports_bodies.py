"""Bodies named in the text, without the words that only stand next to them."""

from accord.imports.extraction import extract
from accord.imports.reading import read_document


def _bodies(text: str) -> list[str]:
    result = extract(read_document(text.encode(), "bodies.txt"))
    return [body["name"] for body in result["bodies"]]


def test_a_date_before_a_body_is_no_part_of_its_name():
    text = (
        "Hayle Food Partnership Memorandum of Understanding\n\n1. Background\n\n"
        "On 4 February 2025 Cabinet approved the Food Strategy. In May Cabinet agreed the\n"
        "plan. The Hayle Food Board meets each quarter.\n"
    )
    names = _bodies(text)
    assert "Cabinet" in names
    assert not any("2025" in name or "February" in name or "May" in name for name in names)


def test_signed_before_the_name_of_a_body_that_signs_is_no_part_of_it():
    text = (
        "Hayle Food Partnership Memorandum of Understanding\n\n1. Purpose\n\n"
        "The Hayle Food Board oversees the work.\n\n2. Signatures\n\n"
        "Signed Tolvan Place Partnership Board, 4 May 2025\n"
    )
    names = _bodies(text)
    assert "Tolvan Place Partnership Board" in names
    assert not any(name.lower().startswith("signed") for name in names)


def test_two_parties_named_together_are_not_a_body():
    text = (
        "Hayle Food Partnership Memorandum of Understanding\n\n1. Parties\n\n"
        "The parties are:\n\n\u2022 Hayle Borough Council\n\u2022 Tolvan Integrated Care Board\n\n"
        "2. Background\n\n"
        "The agreement between Hayle Borough Council and Tolvan Integrated Care Board was made.\n"
        "\nThe Hayle Food Board meets monthly.\n"
    )
    names = _bodies(text)
    assert "Hayle Food Board" in names
    assert not any(" and " in name for name in names)


def test_a_body_of_a_party_that_approves_is_a_body_named_with_its_organisation():
    text = (
        "Tolworth Place Partnership Memorandum of Understanding\n\n"
        "1. Parties\n\n"
        "The parties to this Memorandum are Tolworth District Council and Tolworth "
        "Integrated Care Board.\n\n"
        "2. Approval\n\n"
        "2.1 This Memorandum was approved by the Board of Tolworth Integrated Care Board on "
        "18 September 2025 and by the Cabinet of Tolworth District Council on 2 October "
        "2025.\n"
    )
    result = extract(read_document(text.encode(), "tolworth-place.txt"))
    names = {body["name"] for body in result["bodies"]}
    assert "Board of Tolworth Integrated Care Board" in names
    assert "Cabinet of Tolworth District Council" in names


def test_an_integrated_care_system_named_in_lower_case_is_a_body():
    names = _bodies(
        "Tolworth Partnership Terms of Reference\n\n1. Purpose\n\n"
        "The Partnership writes the strategy for the Tolworth and Ewell integrated care "
        "system.\n"
    )
    assert "Tolworth and Ewell integrated care system" in names
