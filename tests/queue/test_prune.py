"""Finished task rows are pruned on the worker's schedule: succeeded ones after
ACCORD_QUEUE_KEEP_SUCCEEDED_DAYS, failed ones after ACCORD_QUEUE_KEEP_FAILED_DAYS; tasks
still waiting or running are never touched, however old."""

from __future__ import annotations

import datetime as dt

import pytest
from django.utils import timezone
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from accord.queue.services import queue_prune, queue_schedule
from accord.signing.tasks import send_reminders
from tests.queue.workers import run_tasks_here

pytestmark = pytest.mark.django_db

SUCCESSFUL, FAILED = TaskResultStatus.SUCCESSFUL, TaskResultStatus.FAILED
READY, RUNNING = TaskResultStatus.READY, TaskResultStatus.RUNNING


def _row(status: str, days_ago: float) -> str:
    """A real task row (queued through the backend), moved to ``status`` that long ago."""
    result = send_reminders.enqueue()
    at = timezone.now() - dt.timedelta(days=days_ago)
    finished = at if status in (SUCCESSFUL, FAILED) else None
    started = at if status != READY else None
    DBTaskResult.objects.filter(pk=result.id).update(
        status=status, enqueued_at=at, started_at=started, finished_at=finished
    )
    return str(result.id)


def test_the_schedule_prunes_old_finished_rows_and_nothing_else(task_queue, settings):
    settings.ACCORD_QUEUE_KEEP_SUCCEEDED_DAYS = 7
    settings.ACCORD_QUEUE_KEEP_FAILED_DAYS = 30
    kept = [
        _row(SUCCESSFUL, 0.5),
        _row(SUCCESSFUL, 6.9),
        _row(FAILED, 8),
        _row(FAILED, 29),
        _row(READY, 60),  # waiting for a worker for two months: still waiting
        _row(RUNNING, 60),
    ]
    gone = [_row(SUCCESSFUL, 7.1), _row(SUCCESSFUL, 90), _row(FAILED, 31), _row(FAILED, 400)]
    # The READY row would be run by the worker below: keep it out of reach by its queue.
    DBTaskResult.objects.filter(pk=kept[4]).update(run_after=timezone.now() + dt.timedelta(days=1))

    assert "queue.prune" in queue_schedule()
    # The worker runs what the schedule queued (pruning, reminders, webhooks).
    assert run_tasks_here() >= 1
    prune = DBTaskResult.objects.get(task_path="accord.queue.tasks.prune_finished_tasks")
    assert prune.status == SUCCESSFUL
    assert prune.return_value == {"succeeded": 2, "failed": 2}
    remaining = set(map(str, DBTaskResult.objects.values_list("pk", flat=True)))
    assert set(kept) <= remaining and not set(gone) & remaining

    # Shorter settings prune more, on the next run.
    settings.ACCORD_QUEUE_KEEP_SUCCEEDED_DAYS = 1
    settings.ACCORD_QUEUE_KEEP_FAILED_DAYS = 10
    pruned = queue_prune()
    assert (pruned.succeeded, pruned.failed) == (1, 1)
    remaining = set(map(str, DBTaskResult.objects.values_list("pk", flat=True)))
    assert {kept[1], kept[3]} & remaining == set()
    assert {kept[0], kept[2], kept[4], kept[5]} <= remaining
