"""A decision's resolutions keep the body that resolved them when its lead-in ("Cabinet:")
stands as a heading, and when a table sits between them."""

from accord.imports.extraction import extract
from accord.imports.reading import read_document
from tests.importing import step_pairs


def _steps(text: str) -> set[tuple[str, str]]:
    return step_pairs(extract(read_document(text.encode(), "decision.txt")))


def test_a_lead_in_read_as_a_heading_names_who_resolved():
    text = (
        "Decision details\nHook Compact\nDecision Maker: Cabinet\nPurpose\nTo agree a compact.\n"
        "Decision\nCabinet:\n1. approved the Hook Compact; and\n"
        "2. delegated authority to the Director to make minor amendments.\n"
        "Reasons for the decision\nThe Forum supported it.\n"
    )
    assert {("Cabinet", "approve"), ("Cabinet", "delegate")} <= _steps(text)


def test_resolutions_go_on_after_a_table_of_the_partners():
    text = (
        "Cabinet decision sheet\nDecision title\n\nHook Transport Agreement\n\n"
        "Decision\nRESOLVED that Cabinet:\n"
        "(i) approves the Hook Transport Agreement between the organisations below;\n\n"
        "Partner | Role\nHook County Council | Lead authority\nHook Buses Ltd | Operator\n\n"
        "(ii) notes the risks set out in the report; and\n"
        "(iii) delegates authority to the Director to make minor changes.\n\n"
        "Reasons for the decision\nThe routes cross the boundary.\n"
    )
    assert {("Cabinet", "note"), ("Cabinet", "delegate")} <= _steps(text)
