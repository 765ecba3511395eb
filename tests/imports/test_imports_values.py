"""Values listed under a label line of their own, or in a table headed "Value"."""

import io

import docx

from accord.imports.extraction import extract
from accord.imports.reading import read_document


def _values(result: dict) -> list[str]:
    return [value["text"] for value in result["values"]]


def test_values_under_a_label_line_that_a_pdf_left_unmarked():
    # Text taken from a PDF: the label is not a numbered heading and the bullets were lost.
    text = (
        "St Mawes Family Partnership Arrangements\n\nPart 1: Who we are\n\n"
        "The partners work together for children in St Mawes.\n\nShared values\n"
        " Children are listened to first\n Honest and early challenge\n\n"
        "Part 2: Our partners\n\nThe partners are the council and the police.\n"
    )
    result = extract(read_document(text.encode(), "stmawes.txt"))
    assert _values(result) == ["Children are listened to first", "Honest and early challenge"]


def test_values_under_a_lettered_label_stop_at_the_next_label():
    text = (
        "Appendix 1: Fowey Carers Memorandum of Understanding\n\nA. Purpose\n\n"
        "The partners support carers in Fowey.\n\nB. What we value\n\n"
        "- Carers are experts in their own lives\n- Plain speaking\n\n\n"
        "C. How we will work\n\nThe Carers Board meets every quarter and decides together.\n"
    )
    result = extract(read_document(text.encode(), "fowey.txt"))
    assert _values(result) == ["Carers are experts in their own lives", "Plain speaking"]


def test_values_in_a_table_whose_first_column_is_headed_value():
    document = docx.Document()
    document.add_heading("Looe Health Alliance Agreement", level=0)
    document.add_heading("1. Our ways of working", level=1)
    document.add_paragraph("The Members hold these in common.")
    table = document.add_table(rows=3, cols=2)
    rows = [
        ("Value", "What it means day to day"),
        ("Trust", "We assume good intent and check before we judge."),
        ("Thrift", "We spend public money as if it were our own."),
    ]
    for row, cells in zip(table.rows, rows, strict=True):
        for cell, text in zip(row.cells, cells, strict=True):
            cell.text = text
    buffer = io.BytesIO()
    document.save(buffer)
    result = extract(read_document(buffer.getvalue(), "looe.docx"))
    assert _values(result) == ["Trust", "Thrift"]


def test_values_numbered_with_figures_in_brackets_are_a_list_of_values():
    text = (
        "HAYLE ANCHOR INSTITUTIONS CHARTER\n\n1. WHAT WE WILL DO\n\n"
        "The signatories will recruit and buy locally.\n\n2. OUR VALUES\n\n"
        "(1) Fairness\n(2) Ambition for Hayle\n(3) Openness and shared learning\n\n"
        "3. HOW THE CHARTER IS RUN\n\nThe Anchor Network meets every quarter.\n"
    )
    result = extract(read_document(text.encode(), "charter.txt"))
    assert [v["text"] for v in result["values"]] == [
        "Fairness",
        "Ambition for Hayle",
        "Openness and shared learning",
    ]
