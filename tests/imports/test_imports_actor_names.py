"""A body named with a possessive is named whole unless the possessor is an organisation:
"Young People's Partnership Board" keeps its name, "X City Council's Cabinet" is Cabinet."""

from accord.imports.extraction import prose


def test_a_name_with_a_possessive_of_people_stays_whole():
    assert prose.actor("the Hook Children and Young People's Partnership Board") == (
        "Hook Children and Young People's Partnership Board"
    )
    assert prose.actor("Chief Constable\u2019s Management Board") == (
        "Chief Constable\u2019s Management Board"
    )


def test_an_organisations_body_is_named_by_the_body_alone():
    assert prose.actor("Hook City Council's Cabinet") == "Cabinet"
    assert prose.actor("the ICB's Board") == "Board"


def test_a_board_that_agreed_in_a_sentence_is_named_whole():
    sentence = "The Hook Children's Joint Commissioning Board agreed this Agreement on 1 May 2025."
    assert [(act.body, act.action) for act in prose.acts(sentence)] == [
        ("Hook Children's Joint Commissioning Board", "agree")
    ]


def test_a_body_named_with_a_possessive_of_people_keeps_its_whole_name():
    from accord.imports.extraction import bodies

    found = bodies.phrases(
        "The Hook Children's Trust Board met. The Chief Constable's Management Board "
        "agreed. Hook City Council's Cabinet approved it."
    )
    assert "Hook Children's Trust Board" in found
    assert "Chief Constable's Management Board" in found
    assert "Cabinet" in found


def test_full_council_is_a_body():
    from accord.imports.extraction import bodies

    found = bodies.phrases("That Cabinet RECOMMENDS Full Council to approve the constitution.")
    assert "Full Council" in found
    assert "Full Council" not in bodies.phrases("The Full Council of Hook Borough Council met.")
