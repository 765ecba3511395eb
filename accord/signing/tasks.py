"""Signing's work in the task queue: reminders and review notices, run by the worker's
schedule (every ``ACCORD_SCHEDULE_REMIND_SECONDS``, an hour by default).

Each reminder is recorded with a unique row before it is sent (services/reminders.py and
approvals' term_reminders.py), so a second run the same day, or two at once, send
nothing twice; the schedule itself queues the job once per period across all workers.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.conf import settings
from django_tasks import task

from accord.approvals.services.term_reminders import TermResult, term_remind
from accord.queue.services import periodic
from accord.signing.models import JoinConsent
from accord.signing.services.consents import consents_lapse, consents_remind
from accord.signing.services.reminders import RemindResult, signing_remind


@dataclass
class ConsentResult:
    reminded: list[str]  # signatories reminded that their party has not answered
    lapsed: list[JoinConsent]  # requests ended by their deadline


def remind_everyone() -> tuple[RemindResult, ConsentResult, TermResult]:
    """Sign-up reminders and overdue notices; reminders to parties that have not answered
    a request for their consent to a joiner, and requests past their deadline ended; then
    review and end-of-term reminders."""
    lapsed = consents_lapse()
    consents = ConsentResult(reminded=consents_remind(), lapsed=lapsed)
    return signing_remind(), consents, term_remind()


@task()
def send_reminders() -> dict[str, int]:
    signing, consents, term = remind_everyone()
    return {
        "signatories_reminded": len(signing.reminded),
        "agreements_overdue": len(signing.overdue),
        "consent_reminders": len(consents.reminded),
        "consent_requests_lapsed": len(consents.lapsed),
        "term_reminders": len(term.reminded),
        "expired": len(term.expired),
    }


def register() -> None:
    periodic(
        "signing.remind",
        send_reminders,
        lambda: dt.timedelta(seconds=settings.ACCORD_SCHEDULE_REMIND_SECONDS),
    )
