"""Files for import tests: corpora with gold answers, and PDFs made on the spot."""

from __future__ import annotations

import io
from pathlib import Path

from pypdf import PdfWriter

ROOT = Path(__file__).resolve().parents[1]
THURROCK = ROOT / "accord" / "imports" / "corpus" / "thurrock"
CORPUS = ROOT / "accord" / "imports" / "corpus"
HELD_OUT = CORPUS / "heldout"
BLIND = CORPUS / "blind"


def docx_bytes(document) -> bytes:
    """A python-docx document as the bytes of a .docx file, as an upload would bring it."""
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def step_pairs(result: dict) -> set[tuple[str, str]]:
    """An extraction's approval steps as (body, action) pairs."""
    return {(step["body"], step["action"]) for step in result["approval_steps"]}


def blank_pdf(pages: int, password: str = "") -> bytes:
    """A PDF of empty pages (no text at all), encrypted when a password is given."""
    writer = PdfWriter()
    for _ in range(pages):
        writer.add_blank_page(width=595, height=842)
    if password:
        writer.encrypt(user_password=password, owner_password=password)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def text_pdf(text: str, *, lines_per_page: int = 45) -> bytes:
    """The text as a PDF with real page breaks and a running footer, as councils publish
    their papers: each page holds ``lines_per_page`` lines of the text."""
    from html import escape

    from weasyprint import HTML

    lines = text.splitlines()
    pages = [lines[i : i + lines_per_page] for i in range(0, len(lines), lines_per_page)]
    body = "".join(
        '<pre style="page-break-after: always">' + escape("\n".join(page)) + "</pre>"
        for page in pages
    )
    css = (
        "@page { size: A4; margin: 18mm 15mm; @bottom-center { content: 'Page ' "
        "counter(page) ' of ' counter(pages); font-size: 8pt } } "
        "pre { font: 9pt/1.25 sans-serif; white-space: pre-wrap; margin: 0 }"
    )
    return HTML(
        string=f"<html><head><style>{css}</style></head><body>{body}</body></html>"
    ).write_pdf()
