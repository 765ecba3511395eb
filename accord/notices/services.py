"""Changing a notice's text. The text it replaces stays in the audit trail."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone

from accord.accounts.models import User
from accord.audit.actions import AuditAction, History
from accord.audit.services import audit_record
from accord.notices.models import TEXT_MAX, Notice, NoticeKind


def _check(actor: User, kind: str) -> None:
    if not actor.has_perm("notices.edit_notice"):
        raise PermissionDenied("Only an administrator can change this text.")
    if kind not in NoticeKind.values:
        raise ValidationError(f"“{kind}” is not a notice Accord publishes.")


@transaction.atomic
def notice_save(*, actor: User, kind: str, text: str) -> Notice:
    """Publish the administrator's own text in place of the generated one."""
    _check(actor, kind)
    text = text.replace("\r\n", "\n").strip()
    if not text:
        raise ValidationError({"text": "Enter the text to publish."})
    if len(text) > TEXT_MAX:
        raise ValidationError({"text": f"The text must be {TEXT_MAX:,} characters or fewer."})
    notice = Notice.objects.select_for_update().filter(kind=kind).first()
    before = {"text": notice.text} if notice else {"text": None}
    if notice is None:
        notice = Notice(kind=kind)
    notice.text, notice.updated_at, notice.updated_by = text, timezone.now(), actor
    notice.save()
    audit_record(
        actor=actor,
        action=AuditAction.NOTICE_SAVE,
        obj=notice,
        subject=History.notice(kind),
        before=before,
        after={"text": text},
    )
    return notice


@transaction.atomic
def notice_reset(*, actor: User, kind: str) -> None:
    """Go back to the text generated from the settings."""
    _check(actor, kind)
    notice = Notice.objects.select_for_update().filter(kind=kind).first()
    if notice is None:
        return
    audit_record(
        actor=actor,
        action=AuditAction.NOTICE_RESET,
        obj=notice,
        subject=History.notice(kind),
        before={"text": notice.text},
        after={"text": None},
    )
    notice.delete()
