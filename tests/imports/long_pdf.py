"""A long real PDF for tests of reading in the queue: a corpus agreement's pages, repeated."""

from __future__ import annotations

import io

from pypdf import PdfReader, PdfWriter

from tests.importing import CORPUS

NORTHMARSH = CORPUS / "northmarsh-alliance-agreement.pdf"


def long_pdf(copies: int = 18) -> bytes:
    """The Northmarsh agreement's 8 pages ``copies`` times over (144 pages by default)."""
    source = PdfReader(NORTHMARSH)
    writer = PdfWriter()
    for _ in range(copies):
        for page in source.pages:
            writer.add_page(page)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()
