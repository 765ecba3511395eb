"""Publishing a version, and comparing two texts section by section and word by word."""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from django.db import transaction
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from accord.agreements.canonical import content_hash
from accord.agreements.models import Agreement, AgreementVersion
from accord.agreements.services.drafting import DraftConflict, current_draft, latest_version
from accord.audit.actions import AuditAction, History
from accord.audit.services import audit_record
from accord.core.errors import Conflict, Invalid, Refused
from accord.core.events import publish

if TYPE_CHECKING:
    from collections.abc import Iterable

    from accord.accounts.models import User
    from accord.agreements.models import Section

VERSION_PUBLISHED = "agreement.version.published"

LABEL_MAX = 120


@transaction.atomic
def agreement_publish_version(
    *, actor: User, agreement: Agreement, label: str, revision: int
) -> AgreementVersion:
    """Freeze the draft as an immutable version with a label and a content hash."""
    if not actor.has_perm("agreements.edit_draft", agreement):
        raise Refused("Only a partnership officer for the owning body can publish a version.")
    label = label.strip()
    if not label:
        raise Invalid({"label": "Give the version a label, such as “Final draft”."})
    if len(label) > LABEL_MAX:
        raise Invalid({"label": f"A label can be at most {LABEL_MAX} characters."})
    draft = current_draft(agreement)
    if draft is None:
        raise Conflict("There is no draft to publish: every version is already published.")
    draft = AgreementVersion.objects.select_for_update().get(pk=draft.pk)
    if draft.revision != revision:
        raise DraftConflict(draft.revision)
    sections = list(draft.sections.order_by("order"))
    if not sections:
        raise Conflict("The draft has no sections yet. Add its text before publishing it.")
    previous = latest_version(agreement)
    if previous is not None and previous.content_hash == content_hash(sections):
        raise Conflict(
            f"The draft is the same text as version {previous.number}; nothing would change."
        )
    AgreementVersion.objects.filter(pk=draft.pk).update(label=label)
    draft.label = label
    draft.publish(by=actor)
    audit_record(
        actor=actor,
        action=AuditAction.AGREEMENT_VERSION_PUBLISH,
        obj=agreement,
        subject=History.agreement(agreement.pk),
        after={"version": draft.number, "label": label, "content_hash": draft.content_hash},
    )
    # The route starts again for the new text (accord/approvals/lifecycle.py).
    publish(VERSION_PUBLISHED, agreement_id=agreement.pk, version_id=draft.pk, actor=actor)
    return draft


# --- comparing texts --------------------------------------------------------------------

_TOKENS = re.compile(r"\s+|[^\s]+")


@dataclass
class SectionChange:
    number: str
    heading: str
    change: str  # "added", "removed", "changed" or "unchanged"
    old_heading: str
    html: SafeString


_HIDDEN = '<span class="govuk-visually-hidden">{}</span>'
# Colour alone does not say what changed (WCAG 1.4.1): each change is an <ins> or <del>,
# styled with an underline or a strike-through, and read out with "added" or "removed".
_INS = "<ins>" + _HIDDEN.format("[added: ") + "{}" + _HIDDEN.format("]") + "</ins>"
_DEL = "<del>" + _HIDDEN.format("[removed: ") + "{}" + _HIDDEN.format("]") + "</del>"


def word_diff(old: str, new: str) -> SafeString:
    """The new text with deleted words in <del> and added words in <ins>; all escaped."""
    a, b = _TOKENS.findall(old), _TOKENS.findall(new)
    out: list[str] = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes():
        if op == "equal":
            out.append(escape("".join(a[i1:i2])))
            continue
        if op in ("delete", "replace"):
            out.append(_DEL.format(escape("".join(a[i1:i2]))))
        if op in ("insert", "replace"):
            out.append(_INS.format(escape("".join(b[j1:j2]))))
    return mark_safe("".join(out))


def _key(section: Section) -> str:
    return section.heading.strip().lower()


def compare(
    old_sections: Iterable[Section], new_sections: Iterable[Section]
) -> list[SectionChange]:
    """Pair sections by heading (numbers move when sections are reordered), in the new order;
    sections only in the old text are listed where they stood."""
    old = list(old_sections)
    new = list(new_sections)
    old_by_key = {_key(s): s for s in old}
    new_keys = {_key(s) for s in new}
    changes: list[SectionChange] = []
    removed = [s for s in old if _key(s) not in new_keys]
    for section in new:
        before = old_by_key.get(_key(section))
        if before is None:
            changes.append(
                SectionChange(
                    section.number, section.heading, "added", "", word_diff("", section.text)
                )
            )
            continue
        same = before.text.strip() == section.text.strip()
        changes.append(
            SectionChange(
                section.number,
                section.heading,
                "unchanged" if same else "changed",
                before.heading,
                word_diff(before.text, section.text),
            )
        )
    for section in removed:
        changes.append(
            SectionChange(
                section.number,
                section.heading,
                "removed",
                section.heading,
                word_diff(section.text, ""),
            )
        )
    return changes
