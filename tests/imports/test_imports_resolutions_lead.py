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


def test_a_record_of_approvals_that_opens_each_line_with_what_was_done_names_who():
    text = (
        "Summary of the Hook Section 75 Agreement\n\n"
        "Purpose\n\nTo pool budgets for mental health services.\n\n"
        "How the agreement was approved\n\n"
        "\u2022 Endorsed by the Hook Health and Wellbeing Board on 23 September 2025.\n"
        "\u2022 Approved by the Hook Place Committee on 21 October 2025.\n"
    )
    steps = _steps(text)
    assert ("Hook Health and Wellbeing Board", "endorse") in steps
    assert ("Hook Place Committee", "approve") in steps
