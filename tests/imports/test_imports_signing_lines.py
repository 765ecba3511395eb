"""A statement signed for each organisation on lines of their own ("For X" over the name of
the person who signs), with no block introduced as signatures, and endorsed by a board."""

from accord.imports.extraction import extract
from accord.imports.reading import read_document

STATEMENT = (
    "MOLESEY RIVERS STATEMENT OF INTENT\n\n"
    "1) Why a statement\n\nThe river needs care along its length.\n\n"
    "2) Commitment\n\n"
    "This statement was endorsed by the Molesey Local Nature Partnership Board on the\n"
    "6th of October, 2025 and signed for each organisation at the Molesey river summit.\n\n"
    "   For Molesey County Council\n"
    "      Councillor Ann Lee, Cabinet Member for Environment\n\n"
    "   For the Environment Agency\n"
    "      Sam Ford, Area Director\n"
)


def _steps(text: str) -> list[tuple[str, str]]:
    result = extract(read_document(text.encode(), "statement.txt"))
    return [(step["body"], step["action"]) for step in result["approval_steps"]]


def test_each_organisation_on_a_line_left_to_sign_for_signs():
    steps = _steps(STATEMENT)
    assert ("Molesey County Council", "sign") in steps
    assert ("Environment Agency", "sign") in steps


def test_a_statement_endorsed_by_a_board_is_a_step_of_its_route():
    assert ("Molesey Local Nature Partnership Board", "endorse") in _steps(STATEMENT)


def test_lines_for_an_organisation_in_a_paper_that_never_mentions_signing_sign_nothing():
    text = (
        "MOLESEY RIVERS NOTE\n\n1) Contacts\n\n"
        "   For Molesey County Council\n      Ann Lee, Environment Team\n"
    )
    assert _steps(text) == []
