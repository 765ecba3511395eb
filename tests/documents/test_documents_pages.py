"""The "Check a document" page and the document downloads, through the test client."""

from __future__ import annotations

from io import BytesIO

import docx
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from pypdf import PdfReader

from accord.agreements.models import Section
from accord.documents.models import IssuedDocument
from accord.documents.services import document_issue, read_document
from accord.documents.verify import verify_pdf
from tests.documents.test_documents_render import answer, childrens_mou

pytestmark = pytest.mark.django_db

PASSWORD = "accord-demo"
CHECK = "/documents/check/"


@pytest.fixture(autouse=True)
def _documents_in_tmp(settings, tmp_path):
    settings.DATA_DIR = tmp_path / "data"
    settings.MEDIA_ROOT = str(tmp_path / "files")


@pytest.fixture
def issued(demo) -> bytes:
    return read_document(document_issue(childrens_mou()))


def _upload(client, data: bytes, name: str = "agreement.pdf"):
    return client.post(CHECK, {"file": SimpleUploadedFile(name, data, "application/pdf")})


def _signed_in(client, email: str):
    assert client.login(email=email, password=PASSWORD)
    return client


def test_the_check_page_is_public_and_offers_an_upload(client, db):
    page = client.get(CHECK).content.decode()
    assert "<h1" in page and "Check a document" in page
    assert 'type="file"' in page and 'enctype="multipart/form-data"' in page
    assert "20.0\xa0MB" in page


def test_an_intact_file_is_reported_as_issued(client, issued):
    page = _upload(client, issued).content.decode()
    assert "This file is exactly what Accord issued." in page
    assert "govuk-panel--confirmation" in page
    assert "Issued by Accord: Children&#x27;s Partnership MOU, version 1" in page


def test_a_changed_file_is_reported_in_plain_words(client, issued):
    changed = bytearray(issued)
    changed[len(changed) // 2] ^= 0x01
    page = _upload(client, bytes(changed)).content.decode()
    assert "This file has been changed" in page
    assert "govuk-panel--confirmation" not in page and "govuk-warning-text" in page


def test_a_file_over_the_limit_is_refused_with_a_message(client, settings, issued):
    settings.ACCORD_CHECK_MAX_BYTES = 4096
    response = _upload(client, issued)
    page = response.content.decode()
    assert response.status_code == 200
    assert "The file must be smaller than 4.0\xa0KB" in page
    assert "govuk-error-summary" in page and 'href="#file"' in page
    assert 'id="result"' not in page
    assert "<title>Error: Check a document" in page


def test_the_limit_holds_with_the_cross_site_check_on(settings, issued):
    # As a browser posts the form: the token first (it comes first in the form), then the
    # file. The token is read although the rest of the file is refused unread.
    settings.ACCORD_CHECK_MAX_BYTES = 4096
    browser = Client(enforce_csrf_checks=True)
    browser.get(CHECK)
    token = browser.cookies["csrftoken"].value
    upload = SimpleUploadedFile("agreement.pdf", issued, "application/pdf")
    page = browser.post(CHECK, {"csrfmiddlewaretoken": token, "file": upload}).content.decode()
    assert "The file must be smaller than 4.0\xa0KB" in page


def test_a_file_that_is_not_a_pdf(client, db):
    page = _upload(client, b"Dear partners, please sign.", "letter.txt").content.decode()
    assert "This is not a PDF file." in page


def test_posting_without_a_file_asks_for_one(client, db):
    page = client.post(CHECK, {}).content.decode()
    assert "Choose the PDF file you want to check." in page


def test_the_check_form_is_protected_against_cross_site_posts(db, issued):
    response = _upload(Client(enforce_csrf_checks=True), issued)
    assert response.status_code == 403


def test_anyone_downloads_the_sealed_pdf_of_a_public_agreement(client, demo):
    response = client.get("/documents/childrens-mou/v1.pdf")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert 'filename="childrens-mou-v1.pdf"' in response["Content-Disposition"]
    assert "private" in response["Cache-Control"]
    first = b"".join(response.streaming_content)
    assert verify_pdf(first).exactly_as_issued
    again = b"".join(client.get("/documents/childrens-mou/v1.pdf").streaming_content)
    assert again == first and IssuedDocument.objects.count() == 1


def test_the_download_includes_every_answer_sealed_so_far(client, demo):
    client.get("/documents/childrens-mou/v1.pdf")
    answer(childrens_mou().agreement.parties.order_by("order").first(), full_name="Lyn Carpenter")
    data = b"".join(client.get("/documents/childrens-mou/v1.pdf").streaming_content)
    report = verify_pdf(data)
    assert report.exactly_as_issued and len(report.seals) == 2
    assert "Lyn Carpenter" in report.seals[1].reason


def test_the_word_download(client, demo):
    response = client.get("/documents/childrens-mou/v1.docx")
    assert response.status_code == 200
    assert response["Content-Type"].endswith("wordprocessingml.document")
    document = docx.Document(BytesIO(b"".join(response.streaming_content)))
    assert document.paragraphs[0].text.startswith("An integrated approach")


def test_a_member_only_agreement_needs_a_role(client, demo_accounts):
    for suffix in ("pdf", "docx"):
        response = client.get(f"/documents/alliance-mou/v1.{suffix}")
        assert response.status_code == 302 and "/accounts/sign-in/" in response["Location"]
    _signed_in(client, "member@example.org")  # a member of body A, not of the Alliance
    assert client.get("/documents/alliance-mou/v1.pdf").status_code == 403
    client.logout()
    _signed_in(client, "officer@example.org")
    assert client.get("/documents/alliance-mou/v1.docx").status_code == 200


def test_a_draft_is_for_those_who_manage_the_agreement(client, demo_accounts):
    draft = childrens_mou().agreement.versions.create(number=2, label="Review")
    Section.objects.create(version=draft, order=1, number="1", heading="Scope", text="Text.")
    _signed_in(client, "member@example.org")
    assert client.get("/documents/childrens-mou/v2.pdf").status_code == 403
    client.logout()
    _signed_in(client, "officer@example.org")
    response = client.get("/documents/childrens-mou/v2.pdf")
    assert response.status_code == 200
    assert 'filename="childrens-mou-v2-draft.pdf"' in response["Content-Disposition"]
    data = b"".join(response.streaming_content)
    assert (
        "Draft: this version is not published" in PdfReader(BytesIO(data)).pages[0].extract_text()
    )
    assert verify_pdf(data).outcome == "no_seals"
    assert not IssuedDocument.objects.exists()


def test_an_unknown_version_or_agreement_is_not_found(client, demo):
    assert client.get("/documents/childrens-mou/v7.pdf").status_code == 404
    assert client.get("/documents/no-such-agreement/v1.docx").status_code == 404


def test_the_certificate_appears_once_every_party_has_answered(client, demo):
    url = "/documents/childrens-mou/v1-certificate.pdf"
    assert client.get(url).status_code == 404
    for party in childrens_mou().agreement.parties.all():
        answer(party)
    response = client.get(url)
    assert response.status_code == 200
    assert verify_pdf(b"".join(response.streaming_content)).exactly_as_issued
