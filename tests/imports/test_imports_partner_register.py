"""A table of partners whose other columns give each one's lead officer, contact or code
("Partner | Lead officer", "Partner organisation | Identifier | Lead contact") lists the
parties; being no signature block, it signs for no one even where the text speaks of signing."""

from docx import Document

from accord.imports.extraction import extract
from accord.imports.reading import read_document
from tests.importing import docx_bytes, step_pairs


def _paper(lead: str, rows: list[tuple[str, ...]]) -> dict:
    document = Document()
    document.add_paragraph("Esher Carers Partnership Agreement")
    document.add_paragraph("1. Approval")
    document.add_paragraph(
        "The Esher Carers Board agreed this Agreement on 3 May 2025. The chief executive of "
        "each partner will sign it."
    )
    document.add_paragraph(lead)
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for row, cells in zip(table.rows, rows, strict=True):
        for cell, value in zip(row.cells, cells, strict=True):
            cell.text = value
    return extract(read_document(docx_bytes(document), "esher.docx"))


def test_a_table_of_partners_and_their_lead_officers_lists_the_parties():
    result = _paper(
        "Partners to the Agreement",
        [
            ("Partner", "Lead officer"),
            ("Esher Borough Council", "Head of Adult Commissioning"),
            ("Esher and Mole Integrated Care Board", "Head of Place"),
        ],
    )
    names = [party["name"] for party in result["parties"]]
    assert names == ["Esher Borough Council", "Esher and Mole Integrated Care Board"]


def test_a_register_of_partners_with_codes_signs_for_no_one():
    result = _paper(
        "The partners to this Agreement are:",
        [
            ("Partner organisation", "Identifier", "Lead contact"),
            ("Esher Borough Council", "E07000207", "Chief Executive"),
            ("Esher Community NHS Trust", "RX4", "Chief Executive"),
        ],
    )
    assert {party["name"] for party in result["parties"]} == {
        "Esher Borough Council",
        "Esher Community NHS Trust",
    }
    assert not any(action == "sign" and "Esher" in body for body, action in step_pairs(result))
