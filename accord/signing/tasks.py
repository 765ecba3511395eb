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
from accord.signing.services.reminders import RemindResult, signing_remind


def remind_everyone() -> tuple[RemindResult, TermResult]:
    """Sign-up reminders and overdue notices, then review and end-of-term reminders."""
    return signing_remind(), term_remind()


@task()
def send_reminders() -> dict[str, int]:
    signing, term = remind_everyone()
    return {
        "signatories_reminded": len(signing.reminded),
        "agreements_overdue": len(signing.overdue),
        "term_reminders": len(term.reminded),
        "expired": len(term.expired),
    }


def register() -> None:
    periodic(
        "signing.remind",
        send_reminders,
        lambda: dt.timedelta(seconds=settings.ACCORD_SCHEDULE_REMIND_SECONDS),
    )
