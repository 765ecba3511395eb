"""A paper that says it was signed for both (or each, or all the) parties, with no block
of signatures, is signed by each party it names."""

from accord.imports.extraction import extract
from accord.imports.reading import read_document
from tests.importing import step_pairs

HEAD = (
    "Summary of the Walton Section 75 Agreement\n\n"
    "1. The partners\n\n"
    "The agreement is made between Walton County Council and Walton and Hersham "
    "Integrated Care Board.\n\n"
    "2. Approval\n\n"
)


def _steps(text: str) -> set[tuple[str, str]]:
    return step_pairs(extract(read_document(text.encode(), "walton.txt")))


def test_signed_for_both_partners_is_a_signature_for_each():
    steps = _steps(HEAD + "The agreement was then signed for both partners on 20 October 2025.\n")
    assert ("Walton County Council", "sign") in steps
    assert ("Walton and Hersham Integrated Care Board", "sign") in steps


def test_a_count_that_is_not_the_parties_found_signs_for_no_one():
    steps = _steps(HEAD + "It is signed below for the three statutory partners.\n")
    assert not any(action == "sign" for _, action in steps)


def test_partners_that_will_sign_are_a_step_to_come_not_signatures():
    steps = _steps(HEAD + "The chief executive of each partner will sign it next month.\n")
    assert ("Walton County Council", "sign") not in steps
