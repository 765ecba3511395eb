"""'SIGNED', 'Execution' or 'Signatories' alone on a line over the signature blocks heads a
section of its own, as 'Signatures' does."""

from accord.imports.extraction import extract
from accord.imports.reading import read_document


def test_signed_alone_on_a_line_heads_the_signature_section():
    text = (
        "Hook Mental Health Memorandum of Understanding\n\n"
        "PURPOSE\n\nThe partners work together on mental health.\n\n"
        "APPROVAL\n\nThe Board agreed this Memorandum on 2 September 2025.\n\n\n"
        "SIGNED\n\n"
        "Signed for Hook Borough Council\n\n..................\nName: Ann Lee\n"
        "Date: 02/09/2025\n"
    )
    result = extract(read_document(text.encode(), "hook.txt"))
    headings = [section["heading"] for section in result["sections"]]
    assert "SIGNED" in headings
