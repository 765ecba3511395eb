"""Parties named where a paper names them when it has no party list of its own: a table
of members with their attendance, a list of who a charter was signed for."""

from accord.imports.extraction import extract
from accord.imports.reading import read_document


def _parties(text: str, name: str) -> set[tuple[str, str]]:
    result = extract(read_document(text.encode(), name))
    return {(p["name"], p["category"]) for p in result["parties"]}


def test_a_text_table_of_members_with_membership_and_attendance_lists_the_parties():
    text = (
        "Annex A: Governance of the Tolworth Safeguarding Board\n\n"
        "A1  Membership\n\n"
        "The table shows each member organisation and how many meetings it attended.\n\n"
        "  Member organisation                 Membership     Attended\n"
        "  ----------------------------------  -------------  --------\n"
        "  Tolworth District Council           Statutory      4 of 4\n"
        "  Tolworth Police                     Statutory      3 of 4\n"
        "  Tolworth Community NHS Trust        Non-statutory  2 of 4\n\n"
        "A2  Sub-groups\n\nTwo sub-groups report to the Board.\n"
    )
    found = _parties(text, "tolworth-annex.txt")
    assert ("Tolworth District Council", "Statutory") in found
    assert ("Tolworth Police", "Statutory") in found
    assert ("Tolworth Community NHS Trust", "Non-statutory") in found
