"""Hostile files made on the spot, for the tests and the benchmark of bounded work.

- ``many_seals_pdf``: a real Accord-sealed PDF with one incremental update that adds
  thousands of signature fields, each holding a copy of the real seal's signature: every
  copy is a valid-looking seal that a checker would validate one by one.
- ``swollen_docx``: a Word file that passes the import's size and compression-ratio
  checks (a few MB that unpack about 4.4 times) but whose one document part is tens of
  MB of small paragraphs, which python-docx turns into a huge tree.
"""

from __future__ import annotations

import io
import random
import zipfile

from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter


def many_seals_pdf(sealed_pdf: bytes, copies: int = 3000) -> bytes:
    writer = IncrementalPdfFileWriter(io.BytesIO(sealed_pdf), strict=False)
    acroform = writer.root["/AcroForm"]
    fields = acroform["/Fields"]
    seal_field = fields[0].get_object()
    signature = seal_field["/V"].get_object()
    page = writer.root["/Pages"]["/Kids"][0]
    for number in range(copies):
        copy = generic.DictionaryObject(dict(signature.items()))
        field = generic.DictionaryObject(
            {
                generic.pdf_name("/FT"): generic.pdf_name("/Sig"),
                generic.pdf_name("/T"): generic.pdf_string(f"Copy{number}"),
                generic.pdf_name("/V"): writer.add_object(copy),
                generic.pdf_name("/Type"): generic.pdf_name("/Annot"),
                generic.pdf_name("/Subtype"): generic.pdf_name("/Widget"),
                generic.pdf_name("/F"): generic.NumberObject(132),
                generic.pdf_name("/Rect"): generic.ArrayObject([generic.NumberObject(0)] * 4),
                generic.pdf_name("/P"): page,
            }
        )
        fields.append(writer.add_object(field))
    writer.update_container(fields)
    writer.update_container(acroform)
    output = io.BytesIO()
    writer.write(output)
    return output.getvalue()


_PARTS = {
    "[Content_Types].xml": (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
        "</Types>"
    ),
    "_rels/.rels": (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
        "</Relationships>"
    ),
}


def swollen_docx(unpacked_bytes: int = 58_000_000, seed: int = 12) -> bytes:
    """A DOCX whose document part is about ``unpacked_bytes`` of short paragraphs, with
    enough random letters in each that it packs only about 4.4 to 1."""
    chooser = random.Random(seed)
    head = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        "<w:body>"
    )
    tail = "</w:body></w:document>"
    # Random bytes mapped onto letters: fast to make, and about as compressible as text.
    letters = bytes(ord("a") + byte % 26 for byte in range(256))
    template = "<w:p><w:r><w:t>{} of the {}</w:t></w:r></w:p>"
    paragraph_size = len(template.format("x" * 7, "x" * 8))
    count = (unpacked_bytes - len(head) - len(tail)) // paragraph_size
    pool = chooser.randbytes(count * 15).translate(letters).decode("ascii")
    body = "".join(
        template.format(pool[n * 15 : n * 15 + 7], pool[n * 15 + 7 : n * 15 + 15])
        for n in range(count)
    )
    output = io.BytesIO()
    with zipfile.ZipFile(output, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in _PARTS.items():
            archive.writestr(name, text)
        archive.writestr("word/document.xml", head + body + tail)
    return output.getvalue()
