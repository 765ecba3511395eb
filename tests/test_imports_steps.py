"""Approval steps in the forms minutes and signature pages take."""

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
