"""Issuing an agreement version as a sealed PDF, and sealing it again for each answer.

Stage 0 is the agreement rendered and sealed once. Every signature (or decline) then
adds a seal to that same file as an incremental update, naming the signatory and
their organisation in the seal's reason; the file is never rendered again, because a
new rendering would leave the earlier seals on a different file. When every party
has answered, a certificate of completion is issued beside it, sealed too.
"""

from __future__ import annotations

import hashlib
from typing import TYPE_CHECKING

from django.conf import settings
from django.core.files.base import ContentFile
from django.db import transaction

from accord.agreements.models import AgreementVersion
from accord.audit.actions import AuditAction, History
from accord.audit.services import audit_record
from accord.documents.content import london_time
from accord.documents.models import DocumentKind, IssuedDocument
from accord.documents.pdf import render_agreement_pdf, render_certificate_pdf
from accord.documents.seals import seal_pdf
from accord.signing.models import Decision, Signature

if TYPE_CHECKING:
    from accord.accounts.models import User


class DocumentError(Exception):
    """A document cannot be issued or sealed in the state things are in."""


def latest_document(version: AgreementVersion) -> IssuedDocument | None:
    return (
        IssuedDocument.objects.filter(version=version, kind=DocumentKind.AGREEMENT)
        .order_by("-stage")
        .first()
    )


def read_document(document: IssuedDocument) -> bytes:
    """The stored file, refused if its bytes are not the ones recorded at issue."""
    with document.file.open("rb") as handle:
        data = handle.read()
    if hashlib.sha256(data).hexdigest() != document.sha256:
        raise DocumentError(
            f"The stored file {document.file.name} has changed since it was issued."
        )
    return data


@transaction.atomic
def document_issue(version: AgreementVersion, *, actor: User | None = None) -> IssuedDocument:
    """Render ``version`` and seal it as stage 0; the existing stage 0 if already issued."""
    if not version.is_published:
        raise DocumentError("Only a published version can be issued: a draft may still change.")
    _lock(version)
    existing = IssuedDocument.objects.filter(
        version=version, kind=DocumentKind.AGREEMENT, stage=0
    ).first()
    if existing is not None:
        return existing
    agreement = version.agreement
    site = settings.ACCORD_SITE_NAME
    sealed = seal_pdf(
        render_agreement_pdf(version, []),
        reason=(
            f"Issued by {site}: {agreement.display_title}, version {version.number} "
            f"({version.label}), content hash {version.content_hash}"
        ),
        name=site,
    )
    document = _store(version, DocumentKind.AGREEMENT, 0, sealed)
    _audit(actor, AuditAction.DOCUMENT_ISSUE, document)
    return document


@transaction.atomic
def document_add_signature(
    version: AgreementVersion, signature: Signature, *, actor: User | None = None
) -> IssuedDocument:
    """Seal the latest stage once more for ``signature``: the next stage. Issues stage 0
    first if needed; returns the existing stage if this signature is already sealed."""
    if signature.version_id != version.pk:
        raise DocumentError("This signature was given on a different version.")
    _lock(version)
    existing = IssuedDocument.objects.filter(signature=signature).first()
    if existing is not None:
        return existing
    latest = latest_document(version) or document_issue(version, actor=actor)
    answer = "Signed" if signature.decision == Decision.SIGNED else "Declined"
    sealed = seal_pdf(
        read_document(latest),
        reason=(
            f"{answer} for {signature.organisation_name} by {signature.full_name}, "
            f"{signature.post}, on {london_time(signature.signed_at)}"
        ),
        name=f"{signature.full_name}, {signature.organisation_name}",
    )
    document = _store(version, DocumentKind.AGREEMENT, latest.stage + 1, sealed, signature)
    _audit(actor, AuditAction.DOCUMENT_SEAL, document, signature=signature)
    return document


@transaction.atomic
def document_current(version: AgreementVersion, *, actor: User | None = None) -> IssuedDocument:
    """The latest stage with every answer recorded so far sealed into it, catching up
    on any answer that was recorded without being sealed."""
    document = latest_document(version) or document_issue(version, actor=actor)
    unsealed = Signature.objects.filter(version=version, sealed_document__isnull=True)
    for signature in unsealed.order_by("signed_at", "pk"):
        document = document_add_signature(version, signature, actor=actor)
    return document


@transaction.atomic
def document_final(version: AgreementVersion, *, actor: User | None = None) -> IssuedDocument:
    """The certificate of completion, once every party has answered: sealed, and naming
    the sealed agreement file it completes by that file's SHA-256."""
    _lock(version)
    existing = IssuedDocument.objects.filter(version=version, kind=DocumentKind.CERTIFICATE).first()
    if existing is not None:
        return existing
    signatures = list(Signature.objects.filter(version=version).order_by("signed_at", "pk"))
    answered = {signature.party_id for signature in signatures}
    waiting = version.agreement.parties.exclude(pk__in=answered).count()
    if waiting or not signatures:
        raise DocumentError(
            f"The certificate of completion is issued once every party has answered; "
            f"{waiting} part{'y has' if waiting == 1 else 'ies have'} not."
        )
    agreement_file = document_current(version, actor=actor)
    signed = sum(1 for signature in signatures if signature.decision == Decision.SIGNED)
    sealed = seal_pdf(
        render_certificate_pdf(version, signatures, sealed_sha256=agreement_file.sha256),
        reason=(
            f"Certificate of completion for {version.agreement.display_title}, version "
            f"{version.number}: {signed} signed, {len(signatures) - signed} declined"
        ),
        name=settings.ACCORD_SITE_NAME,
    )
    document = _store(version, DocumentKind.CERTIFICATE, agreement_file.stage, sealed)
    _audit(actor, AuditAction.DOCUMENT_ISSUE, document)
    return document


def _lock(version: AgreementVersion) -> None:
    """Serialise work on one version's documents, so two answers sealed at the same
    moment become consecutive stages instead of two rival ones (PostgreSQL locks the
    row; SQLite's immediate transactions already admit one writer at a time)."""
    AgreementVersion.objects.select_for_update().filter(pk=version.pk).first()


def _store(
    version: AgreementVersion,
    kind: str,
    stage: int,
    data: bytes,
    signature: Signature | None = None,
) -> IssuedDocument:
    document = IssuedDocument(
        version=version,
        kind=kind,
        stage=stage,
        signature=signature,
        sha256=hashlib.sha256(data).hexdigest(),
    )
    # The name is decided by document_path; the one given here is not used.
    document.file.save("document.pdf", ContentFile(data), save=False)
    try:
        document.save()
    except Exception:
        # No row, so no file: a file left behind would be one nobody can find.
        if document.file.name:
            document.file.storage.delete(document.file.name)
        raise
    return document


def _audit(
    actor: User | None,
    action: AuditAction,
    document: IssuedDocument,
    *,
    signature: Signature | None = None,
) -> None:
    agreement = document.version.agreement
    signed_in = actor is not None and getattr(actor, "is_authenticated", False)
    audit_record(
        actor=actor if signed_in else None,
        actor_label="" if signed_in else f"{settings.ACCORD_SITE_NAME} document service",
        action=action,
        obj=document,
        subject=History.agreement(agreement.pk),
        after={
            "version": document.version.number,
            "kind": document.kind,
            "stage": document.stage,
            "file": document.file.name,
            "sha256": document.sha256,
            "signature": signature.pk if signature else None,
            "organisation": signature.organisation_name if signature else None,
        },
    )
