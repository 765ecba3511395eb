"""The worker's schedule: reminders run every period by whichever worker wins it, and two
workers running side by side never send a reminder twice; the schedule's row queues a
job once per period and not again while its last run is still waiting."""

from __future__ import annotations

import datetime as dt
import re
import socket

import pytest
from aiosmtpd.controller import Controller
from django.utils import timezone
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from accord.accounts.models import User
from accord.queue.models import PeriodicRun, WorkerHeartbeat
from accord.queue.services import queue_schedule
from accord.signing.models import ReminderSent
from accord.signing.services import invitations
from tests.queue.workers import WorkerProcess, wait_until, worker_env
from tests.signing_setup import agreement_open_for_signing


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Collect:
    def __init__(self):
        self.envelopes = []

    async def handle_DATA(self, server, session, envelope):
        self.envelopes.append(envelope)
        return "250 Message accepted for delivery"


def _reminder_runs() -> int:
    return DBTaskResult.objects.filter(
        task_path="accord.signing.tasks.send_reminders", status=TaskResultStatus.SUCCESSFUL
    ).count()


def _waiting() -> int:
    return DBTaskResult.objects.filter(
        status__in=[TaskResultStatus.READY, TaskResultStatus.RUNNING]
    ).count()


@pytest.mark.django_db(transaction=True)
def test_two_workers_run_reminders_every_second_and_send_each_once(
    task_queue, mailoutbox, tmp_path
):
    admin = User.objects.create_superuser(email="root@example.org", password="x")
    deadline = timezone.localdate() + dt.timedelta(days=7)  # a day of the default schedule
    agreement, signatories = agreement_open_for_signing(2, deadline=deadline)
    invitations.signing_open(actor=admin, agreement=agreement)  # to this test's outbox
    handler = Collect()
    smtp = Controller(handler, hostname="127.0.0.1", port=_free_port())
    smtp.start()
    try:
        env = worker_env(
            ACCORD_EMAIL_HOST="127.0.0.1",
            ACCORD_EMAIL_PORT=str(smtp.port),
            ACCORD_EMAIL_TLS="false",
            ACCORD_SCHEDULE_REMIND_SECONDS="1",
        )
        with (
            WorkerProcess(tmp_path / "a.log", env) as a,
            WorkerProcess(tmp_path / "b.log", env) as b,
        ):
            wait_until(lambda: _reminder_runs() >= 5, timeout=60)
            wait_until(lambda: _waiting() == 0 and len(handler.envelopes) >= 2, timeout=30)
            # Stopped with SIGTERM, each finishes cleanly and takes its heartbeat away.
            assert a.stop() == 0 and b.stop() == 0
            logs = a.output() + b.output()
    finally:
        smtp.stop()

    recipients = sorted(r for e in handler.envelopes for r in e.rcpt_tos)
    assert recipients == sorted(s.user.email for s in signatories), logs
    assert all(re.search(rb"reminder", e.content, re.I) for e in handler.envelopes)
    assert ReminderSent.objects.count() == 2
    assert "Queued the periodic job signing.remind" in logs
    assert logs.count("Worker ") >= 4 and WorkerHeartbeat.objects.count() == 0
    assert "stopped" in a.output() and "stopped" in b.output()


@pytest.mark.django_db
def test_a_job_is_queued_once_per_period_and_not_while_its_last_run_waits(task_queue):
    now = timezone.now()
    queued = queue_schedule(now=now)
    assert sorted(queued) == [
        "queue.prune",
        "reports.prune_packs",
        "signing.remind",
        "webhooks.deliver_due",
    ]
    assert queue_schedule(now=now) == []  # a second worker at the same moment
    # A period later, but the last run has not run yet: not queued again.
    later = now + dt.timedelta(hours=2)
    assert queue_schedule(now=later) == []
    DBTaskResult.objects.update(status=TaskResultStatus.SUCCESSFUL)
    # Pruning (task rows, superseded packs) is due once a day, the others every minute and
    # every hour.
    assert sorted(queue_schedule(now=later)) == ["signing.remind", "webhooks.deliver_due"]
    run = PeriodicRun.objects.get(name="signing.remind")
    assert run.next_run_at == later + dt.timedelta(hours=1)
    assert DBTaskResult.objects.filter(pk=run.last_task_id, status="READY").exists()
