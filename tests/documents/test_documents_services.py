"""Issuing the demo Children's MOU, sealing it once per answer, and the final certificate."""

from __future__ import annotations

import hashlib
from io import BytesIO

import pytest
from django.core.files.storage import default_storage
from pypdf import PdfReader

from accord.accounts.models import User
from accord.agreements.models import AgreementVersion
from accord.audit.models import AuditEntry
from accord.audit.services import audit_verify
from accord.documents.models import DocumentKind, IssuedDocument
from accord.documents.services import (
    DocumentError,
    document_add_signature,
    document_current,
    document_final,
    document_issue,
    read_document,
)
from accord.documents.verify import verify_pdf
from tests.documents.test_documents_render import answer, childrens_mou

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _documents_in_tmp(settings, tmp_path):
    settings.DATA_DIR = tmp_path / "data"
    settings.MEDIA_ROOT = str(tmp_path / "files")


def test_issuing_stores_a_sealed_stage_0_and_audits_it(demo):
    officer = User.objects.create_user(email="officer@documents.example.org")
    version = childrens_mou()
    document = document_issue(version, actor=officer)
    assert document.stage == 0 and document.kind == DocumentKind.AGREEMENT
    assert document.file.name == "documents/childrens-mou/v1/stage-0.pdf"
    data = read_document(document)
    assert hashlib.sha256(data).hexdigest() == document.sha256
    report = verify_pdf(data)
    assert report.exactly_as_issued and len(report.seals) == 1
    assert version.content_hash in report.seals[0].reason
    entry = AuditEntry.objects.get(action="document.issue")
    assert entry.actor == officer and entry.subject == f"agreement:{version.agreement.pk}"
    assert entry.after["sha256"] == document.sha256
    # Issuing again hands back the same file rather than a second stage 0.
    assert document_issue(version) == document
    assert IssuedDocument.objects.count() == 1


def test_each_answer_adds_a_seal_and_every_stage_stays_verifiable(demo):
    version = childrens_mou()
    first, second = version.agreement.parties.order_by("order")[:2]
    signed = answer(first, full_name="Lyn Carpenter")
    declined = answer(second, decision="declined", full_name="Mark Tebbs", reason="Not yet.")
    stage_1 = document_add_signature(version, signed)
    stage_2 = document_add_signature(version, declined)
    assert [d.stage for d in IssuedDocument.objects.order_by("stage")] == [0, 1, 2]
    assert stage_2.file.name == "documents/childrens-mou/v1/stage-2.pdf"
    assert stage_1.signature == signed and stage_2.signature == declined

    final = verify_pdf(read_document(stage_2))
    assert final.exactly_as_issued and len(final.seals) == 3
    assert final.seals[1].reason.startswith(f"Signed for {first.name_as_party} by Lyn Carpenter")
    assert final.seals[2].reason.startswith(f"Declined for {second.name_as_party} by Mark Tebbs")
    for document in IssuedDocument.objects.all():
        assert verify_pdf(read_document(document)).exactly_as_issued
    # The bytes of each earlier stage are kept, unchanged, at the start of the next.
    assert read_document(stage_2).startswith(read_document(stage_1))

    assert AuditEntry.objects.filter(action="document.seal").count() == 2
    assert AuditEntry.objects.get(action="document.seal", after__stage=1).actor_label
    assert audit_verify()[1] == []


def test_sealing_the_same_answer_twice_is_one_stage(demo):
    version = childrens_mou()
    signed = answer(version.agreement.parties.order_by("order").first())
    assert document_add_signature(version, signed) == document_add_signature(version, signed)
    assert IssuedDocument.objects.count() == 2


def test_an_answer_on_another_version_is_refused(demo):
    version = childrens_mou()
    signed = answer(version.agreement.parties.order_by("order").first())
    alliance = AgreementVersion.objects.filter(
        agreement__slug="alliance-mou", published_at__isnull=False
    ).first()
    with pytest.raises(DocumentError, match="different version"):
        document_add_signature(alliance, signed)
    assert not IssuedDocument.objects.exists()


def test_a_draft_cannot_be_issued(demo):
    agreement = childrens_mou().agreement
    draft = agreement.versions.create(number=5, label="Rework")
    with pytest.raises(DocumentError, match="published"):
        document_issue(draft)


def test_current_catches_up_on_answers_recorded_without_a_seal(demo):
    version = childrens_mou()
    parties = list(version.agreement.parties.order_by("order")[:3])
    for party in parties:
        answer(party)
    document = document_current(version)
    assert document.stage == 3
    assert len(verify_pdf(read_document(document)).seals) == 4


def test_a_stored_file_changed_on_disk_is_not_sealed_over(demo):
    version = childrens_mou()
    issued = document_issue(version)
    path = default_storage.path(issued.file.name)
    with open(path, "r+b") as handle:
        handle.seek(1000)
        handle.write(b"X")
    with pytest.raises(DocumentError, match="has changed since it was issued"):
        document_add_signature(version, answer(version.agreement.parties.first()))


def test_the_certificate_waits_for_every_party_then_names_the_sealed_file(demo):
    version = childrens_mou()
    parties = list(version.agreement.parties.order_by("order"))
    answer(parties[0])
    with pytest.raises(DocumentError, match=f"{len(parties) - 1} parties have not"):
        document_final(version)
    for party in parties[1:-1]:
        answer(party)
    answer(parties[-1], decision="declined", reason="Our members have not agreed.")
    certificate = document_final(version)
    assert certificate.kind == DocumentKind.CERTIFICATE
    assert certificate.file.name == "documents/childrens-mou/v1/certificate.pdf"
    agreement_file = IssuedDocument.objects.filter(kind=DocumentKind.AGREEMENT).latest("stage")
    assert agreement_file.stage == len(parties) == certificate.stage

    data = read_document(certificate)
    report = verify_pdf(data)
    assert report.exactly_as_issued
    assert f"{len(parties) - 1} signed, 1 declined" in report.seals[0].reason
    text = " ".join(page.extract_text() for page in PdfReader(BytesIO(data)).pages)
    assert agreement_file.sha256 in text.replace("\n", "").replace(" ", "")
    assert "Our members have not agreed." in " ".join(text.split())
    assert document_final(version) == certificate
