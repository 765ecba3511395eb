"""A cover report as a Word file in the council layout, and as a PDF with the agreement
as Appendix 1 and the governance map as Appendix 2."""

from __future__ import annotations

from io import BytesIO

from django.conf import settings
from django.template.loader import render_to_string
from docx import Document
from docx.shared import Pt
from weasyprint import HTML

from accord.agreements.models import AgreementVersion
from accord.documents.content import agreement_content
from accord.documents.pdf import VARIANT, _refuse, _stylesheet
from accord.documents.word import _table
from accord.governance.maps import map_fragment
from accord.reports.selectors import ReportView

CONSULTATION_HEADINGS = ["Who was consulted", "What they said", "What we did"]


def _paragraphs(document, text: str) -> None:
    for block in (text or "Not applicable.").split("\n\n"):
        document.add_paragraph(block.strip())


def render_report_docx(view: ReportView) -> bytes:
    document = Document()
    document.core_properties.title = f"{view.title}, cover report version {view.number}"
    document.styles["Normal"].font.size = Pt(11)
    cover = dict(view.cover)
    document.add_paragraph(f"{cover['Meeting']}: {cover['Date'] or 'date to be set'}")
    document.add_heading(view.title, level=0)
    _table(document, ["", ""], [row for row in view.cover if row[0] != "Title"], header=False)
    for part in view.parts:
        document.add_heading(part.heading, level=1 if part.level == 2 else 2)
        if part.key == "implications":
            continue
        _paragraphs(document, part.text)
        if part.key == "consultation" and view.consultation_rows:
            rows = [(row["who"], row["said"], row["did"]) for row in view.consultation_rows]
            _table(document, CONSULTATION_HEADINGS, rows)
        if part.key == "implication_other" and view.verified_by:
            document.add_paragraph(f"Implications verified by: {view.verified_by}")
    document.add_heading("Report Author", level=1)
    document.add_paragraph(cover["Report Author"] or "Not named.")
    output = BytesIO()
    document.save(output)
    return output.getvalue()


def _document(template: str, context: dict):
    html = render_to_string(template, {"site_name": settings.ACCORD_SITE_NAME, **context})
    return HTML(string=html, url_fetcher=_refuse).render(stylesheets=[_stylesheet()])


def appendix_version(view: ReportView) -> AgreementVersion | None:
    """The agreement text the board is asked about: its latest published version, or
    the latest draft when none is published yet."""
    versions = view.report.step.agreement.versions.order_by("-number")
    return versions.filter(published_at__isnull=False).first() or versions.first()


def render_report_pdf(view: ReportView) -> bytes:
    documents = report_documents(view)
    pages = [page for document in documents for page in document.pages]
    return documents[0].copy(pages).write_pdf(pdf_variant=VARIANT)


def report_documents(view: ReportView) -> list:
    """The report, then Appendix 1 (the agreement) and Appendix 2 (the map), laid out."""
    step = view.report.step
    documents = [_document("reports/pdf/report.html", {"view": view})]
    version = appendix_version(view)
    if version is not None:
        documents.append(
            _document("documents/pdf/agreement.html", {"doc": agreement_content(version)})
        )
    # An agreement with no owning body (possible for an administrator's report) gets the
    # whole map rather than a crash.
    owning_body = step.agreement.owning_body
    area = owning_body.area if owning_body is not None else None
    documents.append(
        _document("reports/pdf/map.html", {"view": view, "map": map_fragment(area, wait=None)})
    )
    return documents
