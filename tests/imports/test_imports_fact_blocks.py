"""Facts lined up with spaces in a plain-text record, and dates given as facts with words
beside them."""

from accord.imports.extraction import extract
from accord.imports.reading import read_document

RECORD = (
    "                          TOLWORTH DISTRICT COUNCIL\n\n"
    "                        RECORD OF OFFICER DECISION\n\n\n"
    "Decision reference     OD/2025/117\n"
    "Decision title         Entry into the Tolworth and Ewell Shared Revenues\n"
    "                       and Benefits Service Agreement\n"
    "Officer taking the     Director of Corporate Resources\n"
    "decision\n"
    "Delegated authority    Cabinet, minute 64 (Tuesday, 16th September 2025)\n"
    "Date of decision       Thursday, 9th October 2025\n"
    "Ward(s) affected       All wards\n\n\n"
    "I. WHAT HAS BEEN DECIDED\n\n"
    "The Director agreed that the Council enter into the Agreement.\n"
)


def test_a_facts_block_lined_up_with_narrow_gaps_and_wrapped_values_gives_the_title():
    result = extract(read_document(RECORD.encode(), "tolworth-record.txt"))
    assert result["title"]["value"] == (
        "Entry into the Tolworth and Ewell Shared Revenues and Benefits Service Agreement"
    )


def test_a_dated_fact_keeps_the_words_beside_its_date():
    result = extract(read_document(RECORD.encode(), "tolworth-record.txt"))
    whats = {d["date"]: d["what"] for d in result["dates"]}
    assert whats["2025-09-16"].startswith("Delegated authority: Cabinet, minute 64")


def test_an_approved_by_fact_says_who_approved():
    text = (
        "TOLWORTH COMMUNITY SAFETY PARTNERSHIP AGREEMENT\n\n\n"
        "Document control\n\n"
        "   Version       2.1 (final)\n"
        "   Owner         Tolworth Partnership Board\n"
        "   Approved by   Tolworth Partnership Board, 18.06.2025\n"
        "   Next review   June 2026\n\n\n"
        "1. Purpose\n\nThe partners work together to reduce crime.\n"
    )
    result = extract(read_document(text.encode(), "tolworth-csp.txt"))
    whats = {d["date"]: d["what"] for d in result["dates"]}
    assert whats["2025-06-18"] == "approved by Tolworth Partnership Board"
