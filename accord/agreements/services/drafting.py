"""Creating agreements and editing their draft text.

An agreement's draft is its one unpublished version. Editing after a version is
published starts a new draft from that version's text. Every edit carries the draft
revision the editor started from: if someone else saved in between, the edit is
refused with ``DraftConflict`` so the editor can see both texts and nothing is lost.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import yaml
from django.db import transaction
from django.db.models import F

from accord.agreements.models import Agreement, AgreementVersion, Commitment, Party, Section
from accord.agreements.visibility import EDITABLE_AGREEMENT_STATUSES
from accord.audit.actions import AuditAction, History
from accord.audit.services import audit_record
from accord.core.errors import Conflict, Invalid, Refused
from accord.core.slugs import unique_slug

if TYPE_CHECKING:
    from accord.accounts.models import User
    from accord.governance.models import Body

TITLE_MAX = 400
STARTER_FILE = Path(__file__).resolve().parents[1] / "data" / "starter-mou.yaml"
HEADING_MAX = 300
TEXT_MAX = 50_000


class DraftConflict(Conflict):
    """The draft changed since the editor loaded it."""

    def __init__(self, current_revision: int, section: Section | None = None):
        super().__init__("Someone else saved this draft after you opened it.")
        self.current_revision = current_revision
        self.section = section


@dataclass
class StarterSection:
    heading: str
    text: str


def starter_sections() -> list[StarterSection]:
    data = yaml.safe_load(STARTER_FILE.read_text(encoding="utf-8"))
    return [StarterSection(s["heading"], s["text"].strip()) for s in data["sections"]]


def _subject(agreement: Agreement) -> str:
    return History.agreement(agreement.pk)


def _require_edit(actor: User, agreement: Agreement) -> None:
    if not actor.has_perm("agreements.edit_draft", agreement):
        if agreement.status not in EDITABLE_AGREEMENT_STATUSES:
            raise Refused(
                f"This agreement is {agreement.get_status_display().lower()}; its text can only "
                "change while it is a draft or in consultation."
            )
        raise Refused("Only a partnership officer for the owning body can edit this draft.")


@transaction.atomic
def agreement_create(
    *,
    actor: User,
    title: str,
    kind: str,
    owning_body: Body,
    legally_binding: bool = False,
    from_template: bool = False,
) -> Agreement:
    if not actor.has_perm("agreements.add_agreement"):
        raise Refused("Only partnership officers and administrators can create agreements.")
    if owning_body is None or not (
        actor.has_perm("agreements.manage_agreement", Agreement(owning_body=owning_body))
    ):
        raise Invalid({"owning_body": "Choose a body you are a partnership officer for."})
    # One line, whatever was pasted: a title heads pages and documents and is the subject
    # of every e-mail about the agreement.
    title = " ".join(title.split())
    if not title:
        raise Invalid({"title": "Give the agreement a title."})
    if len(title) > TITLE_MAX:
        raise Invalid({"title": f"A title can be at most {TITLE_MAX} characters."})
    agreement = Agreement.objects.create(
        title=title,
        slug=unique_slug(title, model=Agreement, fallback="agreement", max_length=100),
        kind=kind,
        owning_body=owning_body,
        legally_binding=legally_binding,
    )
    draft = AgreementVersion.objects.create(agreement=agreement, number=1, label="Draft")
    if from_template:
        for order, section in enumerate(starter_sections(), start=1):
            Section.objects.create(
                version=draft,
                order=order,
                number=str(order),
                heading=section.heading,
                text=section.text,
            )
    audit_record(
        actor=actor,
        action=AuditAction.AGREEMENT_CREATE,
        obj=agreement,
        subject=_subject(agreement),
        after={
            "title": agreement.title,
            "kind": kind,
            "owning_body": str(owning_body),
            "from_template": from_template,
        },
    )
    return agreement


@transaction.atomic
def agreement_adapt(*, actor: User, source: Agreement, title: str, owning_body: Body) -> Agreement:
    """A new draft agreement with the source's sections, parties and commitments, and
    its lineage recorded."""
    agreement = agreement_create(
        actor=actor,
        title=title,
        kind=source.kind,
        owning_body=owning_body,
        legally_binding=source.legally_binding,
    )
    agreement.adapted_from = source
    agreement.declaration = source.declaration
    agreement.save(update_fields=["adapted_from", "declaration"])
    origin = latest_version(source)
    draft = agreement.versions.get()
    if origin is not None:
        for section in origin.sections.all():
            Section.objects.create(
                version=draft,
                order=section.order,
                number=section.number,
                heading=section.heading,
                text=section.text,
            )
    # The parties as they stand today: not those that left, nor any still asked to join.
    for party in source.parties.current().order_by("order"):
        Party.objects.create(
            agreement=agreement,
            organisation_id=party.organisation_id,
            category=party.category,
            order=party.order,
        )
    for commitment in source.commitments.all():
        Commitment.objects.create(
            agreement=agreement, kind=commitment.kind, order=commitment.order, text=commitment.text
        )
    audit_record(
        actor=actor,
        action=AuditAction.AGREEMENT_ADAPT,
        obj=agreement,
        subject=_subject(agreement),
        after={"adapted_from": source.slug, "from_version": origin.number if origin else None},
    )
    return agreement


def latest_version(agreement: Agreement, *, published_only: bool = True) -> AgreementVersion | None:
    versions = agreement.versions.order_by("-number")
    if published_only:
        versions = versions.filter(published_at__isnull=False)
    return versions.first()


def current_draft(agreement: Agreement) -> AgreementVersion | None:
    return agreement.versions.filter(published_at__isnull=True).order_by("-number").first()


@transaction.atomic
def draft_start(*, actor: User, agreement: Agreement) -> AgreementVersion:
    """The agreement's draft, starting a new one from the latest published text if needed."""
    _require_edit(actor, agreement)
    draft = current_draft(agreement)
    if draft is not None:
        return draft
    origin = latest_version(agreement)
    number = (
        agreement.versions.order_by("-number").values_list("number", flat=True).first() or 0
    ) + 1
    draft = AgreementVersion.objects.create(agreement=agreement, number=number, label="Draft")
    if origin is not None:
        Section.objects.bulk_create(
            Section(version=draft, order=s.order, number=s.number, heading=s.heading, text=s.text)
            for s in origin.sections.all()
        )
    audit_record(
        actor=actor,
        action=AuditAction.AGREEMENT_DRAFT_START,
        obj=agreement,
        subject=_subject(agreement),
        after={"version": number, "from_version": origin.number if origin else None},
    )
    return draft


def _claim(draft: AgreementVersion, revision: int, section: Section | None = None) -> None:
    """Move the draft on by one revision, or refuse if it moved since ``revision``."""
    moved = AgreementVersion.objects.filter(
        pk=draft.pk, revision=revision, published_at__isnull=True
    ).update(revision=F("revision") + 1)
    if not moved:
        current = AgreementVersion.objects.get(pk=draft.pk)
        raise DraftConflict(current.revision, section)
    draft.revision = revision + 1


def _renumber(sections: list[Section]) -> None:
    """Number sections 1, 2, 3... in the given order: numbers always follow the order."""
    # Two passes, so the unique (version, order) never sees a duplicate mid-way.
    for index, section in enumerate(sections, start=1):
        Section.objects.filter(pk=section.pk).update(order=10_000 + index)
    for index, section in enumerate(sections, start=1):
        Section.objects.filter(pk=section.pk).update(order=index, number=str(index))


def _require_draft_section(actor: User, section: Section) -> None:
    _require_edit(actor, section.version.agreement)
    if section.version.is_published:
        raise Conflict(
            f"Section {section.number} belongs to published version {section.version.number}, "
            "which cannot change. Edit the current draft instead."
        )


def _clean(heading: str, text: str) -> tuple[str, str]:
    heading, text = heading.strip(), text.replace("\r\n", "\n").strip()
    if not heading:
        raise Invalid({"heading": "Enter a heading for the section."})
    if len(heading) > HEADING_MAX:
        raise Invalid({"heading": f"Headings can be at most {HEADING_MAX} characters."})
    if len(text) > TEXT_MAX:
        raise Invalid({"text": f"A section can be at most {TEXT_MAX:,} characters."})
    return heading, text


@transaction.atomic
def section_add(
    *, actor: User, agreement: Agreement, heading: str, text: str, revision: int
) -> Section:
    draft = draft_start(actor=actor, agreement=agreement)
    heading, text = _clean(heading, text)
    _claim(draft, revision)
    order = draft.sections.count() + 1
    section = Section.objects.create(
        version=draft, order=order, number=str(order), heading=heading, text=text
    )
    audit_record(
        actor=actor,
        action=AuditAction.AGREEMENT_SECTION_ADD,
        obj=agreement,
        subject=_subject(agreement),
        after={"version": draft.number, "number": section.number, "heading": heading},
    )
    return section


@transaction.atomic
def section_update(
    *, actor: User, section: Section, heading: str, text: str, revision: int
) -> Section:
    agreement = section.version.agreement
    _require_draft_section(actor, section)
    heading, text = _clean(heading, text)
    _claim(section.version, revision, section)
    before = {"heading": section.heading, "text": section.text}
    Section.objects.filter(pk=section.pk).update(heading=heading, text=text)
    section.heading, section.text = heading, text
    audit_record(
        actor=actor,
        action=AuditAction.AGREEMENT_SECTION_UPDATE,
        obj=agreement,
        subject=_subject(agreement),
        before=before,
        after={"heading": heading, "text": text},
        note=f"version {section.version.number}, section {section.number}",
    )
    return section


@transaction.atomic
def section_delete(*, actor: User, section: Section, revision: int) -> None:
    agreement, draft = section.version.agreement, section.version
    _require_draft_section(actor, section)
    _claim(draft, revision, section)
    before = {"number": section.number, "heading": section.heading, "text": section.text}
    Section.objects.filter(pk=section.pk).delete()
    _renumber(list(draft.sections.order_by("order")))
    audit_record(
        actor=actor,
        action=AuditAction.AGREEMENT_SECTION_DELETE,
        obj=agreement,
        subject=_subject(agreement),
        before=before,
    )


@transaction.atomic
def section_move(*, actor: User, section: Section, offset: int, revision: int) -> None:
    """Move a section up (offset -1) or down (+1); numbers follow."""
    agreement, draft = section.version.agreement, section.version
    _require_draft_section(actor, section)
    sections = list(draft.sections.order_by("order"))
    index = next(i for i, s in enumerate(sections) if s.pk == section.pk)
    target = index + offset
    if not 0 <= target < len(sections):
        raise Conflict("That section cannot move further.")
    _claim(draft, revision, section)
    sections.insert(target, sections.pop(index))
    _renumber(sections)
    audit_record(
        actor=actor,
        action=AuditAction.AGREEMENT_SECTION_MOVE,
        obj=agreement,
        subject=_subject(agreement),
        before={"number": str(index + 1), "heading": section.heading},
        after={"number": str(target + 1)},
    )
