"""Importing a document: read it, keep it for review, and make a draft only once an
officer has confirmed what was found.

``import_create`` reads the file and stores it with its findings, waiting for review; a
file that cannot be read is refused before anything is stored (the command line). The
pages keep an upload first and read it in the task queue (background.py). ``import_confirm`` turns
the officer's reviewed choices into a draft agreement in one transaction (sections,
parties, route, values, principles, dated facts), with the file kept as its source.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass, field

from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify

from accord.accounts.models import User
from accord.agreements.models import Agreement, Commitment, Milestone, Section
from accord.agreements.services.drafting import agreement_create
from accord.agreements.services.parties import party_add
from accord.approvals.services.route import step_add
from accord.audit.actions import AuditAction, History
from accord.audit.services import audit_record
from accord.governance.models import Body
from accord.imports.extraction import extract
from accord.imports.matching import Register
from accord.imports.models import ImportedDocument, ImportStatus
from accord.imports.reading import Progress, SourceText, format_of, read_document
from accord.organisations.models import Organisation
from accord.organisations.services import organisation_create

# Accord records six decisions; documents use a few more words for them.
ACCORD_ACTION = {
    "adopt": "agree",
    "ratify": "approve",
    "sign": "endorse",
    "recommend": "endorse",
    "review": "consider",
}
_KIND_BY_NAME = (
    (r"\b(?:ccg|clinical commissioning|icb|integrated care board)\b", "nhs_commissioner"),
    (r"\bprimary care network", "primary_care_network"),
    (r"\b(?:trust|hospital)\b", "nhs_trust"),
    (r"\bcouncil\b(?! for voluntary)|\bauthority\b", "local_authority"),
    (r"\bpolice\b", "police"),
    (r"\bdepartment for\b|\bministry\b", "central_government"),
    (r"\bcollege|university\b", "education_provider"),
    (r"\bhead ?teachers|school", "school_association"),
    (r"\bcvs\b|voluntary|healthwatch|charity|community interest", "voluntary_sector"),
    (r"\brehabilitation|probation\b", "probation"),
    (r"\bpartnership|group|board\b", "partnership_group"),
)


def subject_of(record: ImportedDocument) -> str:
    return f"import:{record.pk}"


def read(
    content: bytes, filename: str, progress: Progress | None = None
) -> tuple[SourceText, dict]:
    """The file's text and findings, matched to the register. Raises UnreadableDocument."""
    source = read_document(content, filename, progress)
    findings = extract(source)
    organisations, bodies = Register.organisations(), Register.bodies()
    for party in findings["parties"]:
        best, others = organisations.match(party["name"])
        party["match"] = best.as_dict() if best else None
        party["candidates"] = [m.as_dict() for m in others]
    for step in findings["approval_steps"]:
        best, others = bodies.match(step["body"])
        step["match"] = best.as_dict() if best else None
        step["candidates"] = [m.as_dict() for m in others]
        step["accord_action"] = ACCORD_ACTION.get(step["action"], step["action"])
    return source, findings


def kept_name(filename: str, kind: str) -> str:
    """The name a file is shown under: its own, without any folder a browser sent."""
    return filename.replace("\\", "/").rsplit("/", 1)[-1][:255] or f"document.{kind}"


def new_record(
    *, actor: User | None, content: bytes, filename: str, kind: str, **fields: object
) -> ImportedDocument:
    """An import of ``content``, saved with its file (removed again if saving fails).
    Call inside a transaction; ``fields`` are the record's other fields."""
    record = ImportedDocument(
        filename=kept_name(filename, kind),
        format=kind,
        size=len(content),
        sha256=hashlib.sha256(content).hexdigest(),
        uploaded_by=actor,
        **fields,
    )
    stem = slugify(record.filename.rsplit(".", 1)[0])[:60] or "document"
    record.file.save(f"{stem}.{kind}", ContentFile(content), save=False)
    try:
        record.save()
    except Exception:
        record.file.delete(save=False)
        raise
    return record


def read_summary(record: ImportedDocument) -> dict:
    """What the audit trail keeps of a reading: the counts, not the findings."""
    findings = record.findings
    return {
        "filename": record.filename,
        "sha256": record.sha256,
        "kind": findings.get("kind", ""),
        "sections": len(findings.get("sections", [])),
        "parties": len(findings.get("parties", [])),
    }


def import_create(
    *, actor: User | None, content: bytes, filename: str, progress: Progress | None = None
) -> ImportedDocument:
    """Read and keep the file for review, at once (the command line, and tests that need a
    read import); a file that cannot be read is refused before anything is kept. The pages
    read an upload in the task queue instead (background.py). ``actor`` None is the
    command line."""
    if actor is not None and not actor.has_perm("imports.add_import"):
        raise PermissionDenied("Only partnership officers and administrators can import documents.")
    kind = format_of(filename)
    source, findings = read(content, filename, progress)
    with transaction.atomic():
        record = new_record(
            actor=actor,
            content=content,
            filename=filename,
            kind=kind,
            pages=source.pages,
            pages_read=source.pages,
            pages_total=source.pages,
            findings=findings,
            text=source.text,
            read_at=timezone.now(),
        )
        try:
            audit_record(
                actor=actor,
                action=AuditAction.IMPORT_CREATE,
                obj=record,
                subject=subject_of(record),
                after=read_summary(record),
                actor_label="" if actor else "accord import (command line)",
            )
        except Exception:
            record.file.delete(save=False)
            raise
    return record


# --- confirming -------------------------------------------------------------------------


@dataclass
class Reviewed:
    """What the officer confirmed on the review page."""

    title: str
    kind: str
    owning_body: Body
    sections: list[tuple[str, str]] = field(default_factory=list)  # (heading, text)
    parties: list[dict] = field(default_factory=list)  # organisation | new_name, category
    steps: list[dict] = field(default_factory=list)  # body | label, action
    values: list[str] = field(default_factory=list)
    principles: list[str] = field(default_factory=list)
    # (date, precision, what happened): the precision the officer confirmed.
    dates: list[tuple[dt.date, str, str]] = field(default_factory=list)
    # The officer's answers as a gold file (accord.imports.gold), kept with the import.
    gold: dict | None = None


def _require_review(actor: User, record: ImportedDocument) -> None:
    if not actor.has_perm("imports.review_import", record):
        raise PermissionDenied(
            "Only the officer who imported this file or an administrator can review it."
        )
    if record.status == ImportStatus.READING:
        raise ValidationError("This import is still being read: wait until it is done.")
    if record.status == ImportStatus.UNREADABLE:
        raise ValidationError("This file could not be read, so nothing can be made from it.")
    if record.status != ImportStatus.REVIEW:
        raise ValidationError(
            f"This import has already been {record.get_status_display().lower()}."
        )


def _new_organisation(actor: User, name: str, record: ImportedDocument) -> Organisation:
    existing = Organisation.objects.filter(name__iexact=name).first()
    if existing:
        return existing
    kind = next(
        (kind for pattern, kind in _KIND_BY_NAME if re.search(pattern, name, re.IGNORECASE)),
        "other",
    )
    return organisation_create(
        actor=actor, name=name, kind=kind, note=f"Proposed by the import of {record.filename}."
    )


@transaction.atomic
def import_confirm(*, actor: User, record: ImportedDocument, reviewed: Reviewed) -> Agreement:
    """Create the draft agreement from what the officer confirmed; all or nothing."""
    record = ImportedDocument.objects.select_for_update().get(pk=record.pk)
    _require_review(actor, record)
    agreement = agreement_create(
        actor=actor, title=reviewed.title, kind=reviewed.kind, owning_body=reviewed.owning_body
    )
    draft = agreement.versions.get()
    for order, (heading, text) in enumerate(reviewed.sections, start=1):
        Section.objects.create(
            version=draft, order=order, number=str(order), heading=heading[:300], text=text
        )
    for party in reviewed.parties:
        organisation = party.get("organisation") or _new_organisation(
            actor, party["new_name"], record
        )
        if agreement.parties.filter(organisation=organisation).exists():
            continue
        party_add(
            actor=actor, agreement=agreement, organisation=organisation, category=party["category"]
        )
    for step in reviewed.steps:
        step_add(
            actor=actor,
            agreement=agreement,
            body=step.get("body"),
            label=step.get("label", ""),
            action=step["action"],
        )
    for kind, texts in (("value", reviewed.values), ("principle", reviewed.principles)):
        for order, text in enumerate(texts, start=1):
            Commitment.objects.create(agreement=agreement, kind=kind, order=order, text=text)
    for date, precision, what in reviewed.dates:
        Milestone.objects.create(
            agreement=agreement, date=date, date_precision=precision, description=what[:400]
        )
    record.status = ImportStatus.CONFIRMED
    record.agreement = agreement
    record.decided_by = actor
    record.decided_at = timezone.now()
    record.gold = reviewed.gold
    record.save(update_fields=["status", "agreement", "decided_by", "decided_at", "gold"])
    audit_record(
        actor=actor,
        action=AuditAction.IMPORT_CONFIRM,
        obj=record,
        subject=subject_of(record),
        after={
            "agreement": agreement.slug,
            "sections": len(reviewed.sections),
            "parties": len(reviewed.parties),
            "steps": len(reviewed.steps),
        },
    )
    audit_record(
        actor=actor,
        action=AuditAction.AGREEMENT_IMPORT,
        obj=agreement,
        subject=History.agreement(agreement.pk),
        after={"source_file": record.filename, "sha256": record.sha256},
    )
    return agreement


@transaction.atomic
def import_reject(*, actor: User, record: ImportedDocument) -> None:
    """Nothing is created; the stored file is removed, the record of the decision stays."""
    record = ImportedDocument.objects.select_for_update().get(pk=record.pk)
    _require_review(actor, record)
    record.status = ImportStatus.REJECTED
    record.decided_by = actor
    record.decided_at = timezone.now()
    record.save(update_fields=["status", "decided_by", "decided_at"])
    stored = record.file
    transaction.on_commit(lambda: stored.delete(save=False))
    audit_record(
        actor=actor, action=AuditAction.IMPORT_REJECT, obj=record, subject=subject_of(record)
    )
