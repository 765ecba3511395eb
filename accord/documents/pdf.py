"""Agreement documents as PDF, drawn by WeasyPrint from Django templates.

The templates autoescape every value, and WeasyPrint is given a URL fetcher that
refuses everything: a document is built from its text, our stylesheet and system
fonts, and never reaches out to the network or the disk for anything a text names.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from django.conf import settings
from django.template.loader import render_to_string
from weasyprint import CSS, HTML

from accord.agreements.models import AgreementVersion
from accord.documents.content import agreement_content

# Tagged PDF/UA: public bodies' documents must work with screen readers, and tagging
# costs nothing measurable here (and leaves the file sealable).
VARIANT = "pdf/ua-1"
STYLESHEET = Path(__file__).resolve().parent / "data" / "print.css"


class FetchRefused(Exception):
    """A document tried to load an outside resource, which documents never need."""


def _refuse(url: str, *args, **kwargs):
    raise FetchRefused(f"Agreement documents load nothing from outside; refused {url!r}.")


@lru_cache(maxsize=1)
def _stylesheet() -> CSS:
    # Parsed once per process: the stylesheet is part of the code, not of the data.
    return CSS(string=STYLESHEET.read_text(encoding="utf-8"), url_fetcher=_refuse)


def _write(template: str, context: dict) -> bytes:
    html = render_to_string(template, {"site_name": settings.ACCORD_SITE_NAME, **context})
    return HTML(string=html, url_fetcher=_refuse).write_pdf(
        stylesheets=[_stylesheet()], pdf_variant=VARIANT
    )


def render_agreement_pdf(version: AgreementVersion, signatures=()) -> bytes:
    """The agreement as a PDF: title page, sections, parties, declaration, the
    signature page and the certificate of completion for ``signatures``."""
    return _write("documents/pdf/agreement.html", {"doc": agreement_content(version, signatures)})


def render_certificate_pdf(version: AgreementVersion, signatures, *, sealed_sha256: str) -> bytes:
    """The certificate of completion on its own, naming the sealed agreement file it
    completes by that file's SHA-256."""
    return _write(
        "documents/pdf/certificate.html",
        {"doc": agreement_content(version, signatures), "sealed_sha256": sealed_sha256},
    )
