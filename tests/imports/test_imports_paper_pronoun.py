"""A dated sentence that names the paper by a pronoun ("They will be reviewed in July
2026") is about the paper: its date says so, by the paper's title."""

from accord.imports.extraction import extract
from accord.imports.reading import read_document


def test_a_pronoun_for_the_paper_takes_its_title():
    text = (
        "Esher Integrated Care Partnership: Terms of Reference\n\n"
        "1. Purpose\n\nThe Partnership sets the integrated care strategy for Esher.\n\n"
        "2. Review\n\nThey will be reviewed in July 2026.\n"
    )
    result = extract(read_document(text.encode(), "esher.txt"))
    what = {fact["date"]: fact["what"] for fact in result["dates"]}["2026-07"]
    assert "Terms of Reference" in what
    assert "reviewed" in what
