"""Signing's work in the task queue: reminders and review notices, run by the worker's
schedule (every ``ACCORD_SCHEDULE_REMIND_SECONDS``, an hour by default).

Each reminder is recorded with a unique row before it is sent (services/reminders.py and
approvals' term_reminders.py), so a second run the same day, or two at once, send
nothing twice; the schedule itself queues the job once per period across all workers.
"""

from __future__ import annotations

import datetime as dt

from django.conf import settings
from django_tasks import task

from accord.approvals.services.term_reminders import TermResult, term_remind
from accord.queue.services import periodic
from accord.signing.models import JoinConsent
from accord.signing.services.consents import consents_lapse
from accord.signing.services.reminders import RemindResult, signing_remind


def remind_everyone() -> tuple[RemindResult, list[JoinConsent], TermResult]:
    """Sign-up reminders and overdue notices; requests for every party's consent to a
    joiner that passed their deadline, ended; then review and end-of-term reminders."""
    return signing_remind(), consents_lapse(), term_remind()


@task()
def send_reminders() -> dict[str, int]:
    signing, lapsed, term = remind_everyone()
    return {
        "signatories_reminded": len(signing.reminded),
        "agreements_overdue": len(signing.overdue),
        "consent_requests_lapsed": len(lapsed),
        "term_reminders": len(term.reminded),
        "expired": len(term.expired),
    }


def register() -> None:
    periodic(
        "signing.remind",
        send_reminders,
        lambda: dt.timedelta(seconds=settings.ACCORD_SCHEDULE_REMIND_SECONDS),
    )
