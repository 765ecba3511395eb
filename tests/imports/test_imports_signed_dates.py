"""The "Date:" field of a signature block is the day its organisation signed; those that
signed on one day make one event."""

from accord.imports.extraction import extract
from accord.imports.reading import read_document


def _dates(text: str) -> dict[str, str]:
    result = extract(read_document(text.encode(), "addendum.txt"))
    return {fact["date"]: fact["what"] for fact in result["dates"]}


BODY = (
    "ADDENDUM No. 1 to the Hook Homeless Health Memorandum of Understanding\n\n"
    "1.  PURPOSE\n\n1.1  This Addendum adds a new partner.\n\n"
    "2.  SIGNATURES\n\n2.1  This Addendum is signed for each partner below.\n\n\n"
)


def test_an_organisation_over_its_line_to_sign_on_signed_on_the_date_below_it():
    text = BODY + (
        "Signed for and on behalf of:\n\n"
        "Hook City Council                       ....................\n"
        "                                        Date: 24 November 2025\n\n"
        "Hook and Dale Integrated Care Board     ....................\n"
        "                                        Date: 24 November 2025\n\n"
        "Dale Valley NHS Foundation Trust        ....................\n"
        "                                        Date: 25 November 2025\n"
    )
    dates = _dates(text)
    assert dates["2025-11-24"] == (
        "signed for Hook City Council and Hook and Dale Integrated Care Board"
    )
    assert dates["2025-11-25"] == "signed for Dale Valley NHS Foundation Trust"


def test_cells_naming_who_signed_and_when_give_the_day_each_signed():
    text = BODY + (
        "Hook Council Signed: ........ Position: Chief Executive Date: 9 Oct 2025 | "
        "Hook Rivers Trust Signed: ........ Position: Director Date: 14 Oct 2025\n"
    )
    dates = _dates(text)
    assert dates["2025-10-09"] == "signed for Hook Council"
    assert dates["2025-10-14"] == "signed for Hook Rivers Trust"
