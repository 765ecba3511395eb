"""'By the end of January 2025' says when a body acts, never who acts."""

from accord.imports.extraction import prose, route


def test_a_deadline_after_the_body_is_no_part_of_its_name():
    sentence = (
        "It is now to be approved by the governing body of each partner by the end of "
        "January 2025, after which the chief executive of each partner will sign it."
    )
    steps, _ = route.sentence_steps(sentence)
    assert steps == [("governing body of each partner", "approve")]


def test_the_end_of_a_month_is_no_actor():
    sentence = (
        "It is now to be approved by the governing body of each partner by the end of "
        "January 2025, after which the chief executive of each partner will sign it."
    )
    assert all(not act.body.lower().startswith("end of") for act in prose.acts(sentence))
