"""Reminders to pending signatories on a schedule around the sign-up deadline.

Meant for cron or a systemd timer, once a day or more often: each reminder is sent at
most once per invitation and schedule day, so running it twice sends nothing twice.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from django.conf import settings
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.utils import timezone

from accord.accounts.models import Role, RoleName
from accord.agreements.models import Agreement, AgreementStatus, PartyStatus
from accord.audit.actions import AuditAction, History
from accord.audit.services import audit_record
from accord.signing.models import ReminderSent, SigningInvitation
from accord.signing.services.invitations import invite


@dataclass
class RemindResult:
    reminded: list[str] = field(default_factory=list)
    overdue: dict[str, list[str]] = field(default_factory=dict)


def reminder_due(deadline: dt.date, today: dt.date, schedule: list[int]) -> int | None:
    """The schedule entry due today: days before the deadline (positive) or after (negative)."""
    days_before = (deadline - today).days
    return days_before if days_before in schedule else None


def signing_remind(*, today: dt.date | None = None) -> RemindResult:
    today = today or timezone.localdate()
    schedule = settings.ACCORD_REMINDER_DAYS
    result = RemindResult()
    agreements = Agreement.objects.filter(
        status=AgreementStatus.SIGN_UP, signup_deadline__isnull=False
    ).select_related("owning_body")
    for agreement in agreements:
        deadline = agreement.signup_deadline
        assert deadline is not None  # filtered on it above
        offset = reminder_due(deadline, today, schedule)
        pending = agreement.parties.filter(status=PartyStatus.PENDING).select_related(
            "organisation"
        )
        if today > deadline and pending:
            result.overdue[agreement.title] = [str(p.organisation) for p in pending]
        if offset is None:
            continue
        invitations = SigningInvitation.objects.filter(
            party__in=pending,
            version_id=agreement.signing_version_id,
            signatory__active=True,
            used_at__isnull=True,
            revoked_at__isnull=True,
        ).select_related("party__organisation", "party__agreement", "version", "signatory__user")
        for invitation in invitations:
            if _send_once(invitation, offset, today):
                result.reminded.append(
                    f"{invitation.signatory.user.email} ({invitation.party.organisation})"
                )
        if offset < 0 and pending and first_time(f"officers:{agreement.pk}", offset, today):
            _tell_officers(agreement, [str(p.organisation) for p in pending])
    return result


def _send_once(invitation: SigningInvitation, offset: int, today: dt.date) -> bool:
    try:
        with transaction.atomic():
            ReminderSent.objects.create(
                invitation_key=_key(invitation), offset_days=offset, sent_on=today
            )
            when = (
                "is today"
                if offset == 0
                else (f"is in {offset} days" if offset > 0 else f"passed {-offset} days ago")
            )
            fresh = invite(
                party=invitation.party,
                version=invitation.version,
                signatory=invitation.signatory,
                reminder=f"This is a reminder: the deadline {when}.",
            )
            audit_record(
                actor=None,
                actor_label="accord remind",
                action=AuditAction.SIGNING_REMIND,
                obj=invitation.party.agreement,
                subject=History.agreement(invitation.party.agreement_id),
                after={
                    "signatory": invitation.signatory.user.email,
                    "offset_days": offset,
                    "invitation": fresh.pk,
                },
            )
    except IntegrityError:
        return False  # already reminded for this day of the schedule
    return True


def first_time(key: str, offset: int, today: dt.date) -> bool:
    """Record that ``key`` was done on this day of the schedule; False if it was already
    (the worker runs reminders every hour, and two workers may run them at once)."""
    try:
        with transaction.atomic():
            ReminderSent.objects.create(invitation_key=key, offset_days=offset, sent_on=today)
    except IntegrityError:
        return False
    return True


def _key(invitation: SigningInvitation) -> str:
    # Reminders belong to the party, version and signatory, not to one link: a resent link
    # must not earn a second reminder for the same day of the schedule.
    return f"{invitation.party_id}:{invitation.version_id}:{invitation.signatory_id}"


def _tell_officers(agreement: Agreement, overdue: list[str]) -> None:
    if agreement.owning_body_id is None:
        return  # no owning body, so no officers to tell (a filter on None would match none)
    emails = list(
        Role.objects.filter(name=RoleName.OFFICER, body_id=agreement.owning_body_id).values_list(
            "user__email", flat=True
        )
    )
    if not emails:
        return
    context = {
        "agreement": agreement,
        "overdue": overdue,
        "site_name": settings.ACCORD_SITE_NAME,
        "link": settings.ACCORD_BASE_URL + agreement.get_absolute_url(),
    }
    send_mail(
        render_to_string("signing/email/overdue_subject.txt", context).strip(),
        render_to_string("signing/email/overdue.txt", context),
        None,
        emails,
    )
