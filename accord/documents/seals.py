"""Sealing a PDF with this Accord's certificate, as a PAdES baseline B-B signature.

Each seal is an incremental update: the bytes already in the file stay exactly as they
were, so a file sealed at issue and then once per signature keeps every earlier seal
valid. There is no timestamp server to reach, so the seals are B-B, not B-T.
"""

from __future__ import annotations

from io import BytesIO

from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.sign.fields import SigSeedSubFilter, enumerate_sig_fields
from pyhanko.sign.signers import PdfSignatureMetadata, PdfSigner

from accord.core.seal_keys import outside_event_loop, seal_material

FIELD_PREFIX = "AccordSeal"


def seal_pdf(pdf_bytes: bytes, *, reason: str, name: str) -> bytes:
    """The PDF with one more seal added; ``reason`` says what the seal records."""
    return outside_event_loop(_seal, pdf_bytes, reason=reason, name=name)


def _seal(pdf_bytes: bytes, *, reason: str, name: str) -> bytes:
    writer = IncrementalPdfFileWriter(BytesIO(pdf_bytes), strict=False)
    taken = {field_name for field_name, *_ in enumerate_sig_fields(writer.prev)}
    number = 1
    while f"{FIELD_PREFIX}{number}" in taken:
        number += 1
    metadata = PdfSignatureMetadata(
        field_name=f"{FIELD_PREFIX}{number}",
        md_algorithm="sha256",
        subfilter=SigSeedSubFilter.PADES,
        reason=reason,
        name=name,
    )
    signer = PdfSigner(metadata, signer=seal_material().signer)
    output = signer.sign_pdf(writer)
    return output.getvalue()
