"""The cover report as Word and PDF files: read back, converted by LibreOffice, and
checked for its text and appendices."""

from __future__ import annotations

import subprocess
from io import BytesIO

import pytest
from docx import Document
from pypdf import PdfReader

from accord.reports import selectors, services
from accord.reports.documents import render_report_docx, render_report_pdf
from tests.reports.test_reports_services import gold_report_headings, hwb_step, user

pytestmark = pytest.mark.django_db


@pytest.fixture
def view(demo_accounts):
    report = services.report_create(actor=user("officer@example.org"), step=hwb_step())
    services.report_revise(
        actor=user("officer@example.org"),
        report=report,
        changes={"implication_legal": "There are no direct legal implications <b>at all</b>."},
    )
    return selectors.report_view(report)


def test_the_word_file_reads_back_with_its_headings_and_tables(view):
    document = Document(BytesIO(render_report_docx(view)))
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert headings == [*gold_report_headings(), "Report Author"]
    subheadings = [p.text for p in document.paragraphs if p.style.name == "Heading 2"]
    assert subheadings == [
        "7.1 Financial",
        "7.2 Legal",
        "7.3 Diversity and Equality",
        "7.4 Other implications",
    ]
    facts = {row.cells[0].text: row.cells[1].text for row in document.tables[0].rows}
    assert facts["Meeting"] == "Thurrock Health and Wellbeing Board"
    assert facts["Public or exempt"] == "Public"
    text = "\n".join(p.text for p in document.paragraphs)
    assert "There are no direct legal implications <b>at all</b>." in text
    assert "Appendix 1" in text


def test_libreoffice_converts_the_word_file(view, tmp_path):
    source = tmp_path / "report.docx"
    source.write_bytes(render_report_docx(view))
    result = subprocess.run(
        [
            "libreoffice",
            f"-env:UserInstallation=file://{tmp_path}/profile",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(source),
        ],
        capture_output=True,
        timeout=180,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    converted = PdfReader(tmp_path / "report.pdf")
    assert "1. Recommendation(s)" in "".join(page.extract_text() for page in converted.pages)


def test_the_pdf_has_the_report_then_the_agreement_then_the_map(view):
    reader = PdfReader(BytesIO(render_report_pdf(view)))
    pages = [page.extract_text() for page in reader.pages]
    # Long headings wrap over lines in the PDF's text.
    text = " ".join(" ".join(pages).split())
    assert len(reader.pages) >= 4
    for heading in gold_report_headings():
        assert heading in text
    recommendation = text.index("1. Recommendation(s)")
    agreement = text.index("2. Parties to this Memorandum of Understanding", recommendation)
    governance_map = text.rindex("Appendix 2: Governance map")
    assert recommendation < agreement < governance_map
    # Appendix 1 is the agreement document itself, with its own title page.
    assert "Content hash" in text[recommendation:governance_map]
    assert "Appendix 2: Governance map" in " ".join(pages[-2:])
