"""A paper that varies, adds to or leads up to an agreement is of no agreement's kind."""

from accord.imports.extraction import extract
from accord.imports.reading import read_document


def _kind(text: str) -> str:
    return extract(read_document(text.encode(), "paper.txt"))["agreement_kind"]


def test_an_addendum_to_a_memorandum_is_other():
    text = (
        "ADDENDUM No. 1\nto the Hook Homeless Health Memorandum of Understanding\n\n"
        "Article 1 - Purpose\n\n1.1 This Addendum adds a partner.\n"
    )
    assert _kind(text) == "other"


def test_a_deed_of_variation_of_a_section_75_agreement_is_other():
    text = (
        "Dated the 9th day of October 2025\n\n\n      DEED OF VARIATION\n\n"
        "  relating to the Partnership Agreement made under section 75\n"
        "  of the National Health Service Act 2006\n\n\n"
        "1. DEFINITIONS\n\nIn this Deed the Agreement means the section 75 agreement.\n"
    )
    assert _kind(text) == "other"


def test_a_memorandum_that_mentions_heads_of_terms_far_down_keeps_its_kind():
    text = (
        "Hook Place Partnership Memorandum of Understanding\n\n1. Background\n\n"
        + "The partners have worked together for many years. " * 10
        + "The heads of terms agreed in 2024 led to this Memorandum.\n"
    )
    assert _kind(text) == "mou"
