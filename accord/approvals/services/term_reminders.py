"""Reminders that an agreement's review is due or its term is ending, and its expiry.

Run by ``accord remind`` (daily, from cron or a systemd timer). For each agreement in
force with a review date or an end date, the officers and the owning body's secretaries
are written to when the date comes within a day of the schedule
(``ACCORD_TERM_REMINDER_DAYS``, days before). Each reminder is a ``TermReminder`` row,
unique per agreement, kind, due date and schedule day: a second run, or two at once,
sends nothing twice. A run that missed days sends one reminder for the nearest day of
the schedule passed, not one for each. An agreement whose end date has passed expires.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from django.conf import settings
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone

from accord.accounts.models import RoleName
from accord.agreements import notify
from accord.agreements.models import Agreement
from accord.agreements.models import AgreementStatus as S
from accord.agreements.services.transitions import BINDING, TransitionRefused, agreement_transition
from accord.approvals.models import ReminderKind, TermReminder
from accord.audit.actions import AuditAction, History
from accord.audit.services import audit_record
from accord.core.events import publish

REVIEW_DUE = "agreement.review_due"


@dataclass
class TermResult:
    reminded: list[str] = field(default_factory=list)
    expired: list[str] = field(default_factory=list)


def _crossed(due_on: dt.date, today: dt.date, schedule: list[int]) -> list[int]:
    """The days of the schedule already reached, nearest the due date first."""
    left = (due_on - today).days
    return sorted((offset for offset in schedule if left <= offset), reverse=False)


def _remind_once(agreement: Agreement, kind: str, due_on: dt.date, today: dt.date) -> bool:
    crossed = _crossed(due_on, today, sorted(set(settings.ACCORD_TERM_REMINDER_DAYS)))
    if not crossed:
        return False
    nearest, earlier = crossed[0], crossed[1:]
    try:
        with transaction.atomic():
            TermReminder.objects.create(
                agreement=agreement, kind=kind, due_on=due_on, offset_days=nearest, sent_on=today
            )
            # The days of the schedule this one reminder stands for are spent too.
            TermReminder.objects.bulk_create(
                [
                    TermReminder(
                        agreement=agreement, kind=kind, due_on=due_on, offset_days=o, sent_on=today
                    )
                    for o in earlier
                ],
                ignore_conflicts=True,
            )
            days = (due_on - today).days
            audit_record(
                actor=None,
                actor_label="accord remind",
                action=AuditAction.REVIEW_REMIND,
                obj=agreement,
                subject=History.agreement(agreement.pk),
                after={"kind": kind, "due_on": due_on, "days_before": days},
            )
            if kind == ReminderKind.REVIEW:
                publish(REVIEW_DUE, agreement_id=agreement.pk, due_on=due_on, days_before=days)
            context = {
                "agreement": agreement,
                "kind": kind,
                "due_on": due_on,
                "days": days,
                "link": notify.link(
                    reverse("approvals:review", args=[agreement.slug])
                    if kind == ReminderKind.REVIEW
                    else agreement.get_absolute_url()
                ),
            }
            recipients = notify.people_of_owning_body(
                agreement, RoleName.OFFICER, RoleName.SECRETARY
            )
            transaction.on_commit(
                lambda: notify.send("approvals/email/term_reminder", context, recipients)
            )
    except IntegrityError:
        return False  # reminded already for this day of the schedule
    return True


def term_remind(*, today: dt.date | None = None) -> TermResult:
    today = today or timezone.localdate()
    result = TermResult()
    for agreement in Agreement.objects.filter(status__in=BINDING, end_date__lt=today):
        assert agreement.end_date is not None  # filtered on it above
        try:
            agreement_transition(
                actor=None,
                actor_label="accord remind",
                agreement=agreement,
                to=S.EXPIRED,
                check_permission=False,
                note=f"its term ended on {agreement.end_date.isoformat()}",
            )
        except TransitionRefused:
            continue
        result.expired.append(agreement.title)
    agreements = Agreement.objects.filter(status__in=BINDING).select_related("owning_body")
    for agreement in agreements.exclude(review_date__isnull=True, end_date__isnull=True):
        for kind, due_on in (
            (ReminderKind.REVIEW, agreement.review_date),
            (ReminderKind.EXPIRY, agreement.end_date),
        ):
            if due_on is not None and _remind_once(agreement, kind, due_on, today):
                label = "review" if kind == ReminderKind.REVIEW else "end of term"
                result.reminded.append(f"{agreement.title}: {label} on {due_on.isoformat()}")
    return result
