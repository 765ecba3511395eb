"""Queueing work after commit, the periodic schedule, worker heartbeats and recovery.

- ``enqueue_on_commit`` queues a task once the caller's transaction commits, so a change
  that rolls back queues nothing, and a worker never looks for rows not yet committed.
- ``periodic`` registers a job (an app's task with no arguments) to be run every so often;
  ``queue_schedule``, called by every worker's beat, queues each job that is due, once
  per period across all workers, and never while its last run still waits or runs.
- ``queue_prune`` deletes finished task rows once they are old enough (succeeded after
  ``ACCORD_QUEUE_KEEP_SUCCEEDED_DAYS``, failed after ``ACCORD_QUEUE_KEEP_FAILED_DAYS``),
  run by the queue's own periodic job (tasks.py), so the task table stays small.
- ``queue_beat`` and ``queue_recover``: a worker writes its heartbeat every few seconds;
  a task left RUNNING by a worker that stopped beating (killed, machine lost) is put back
  to READY once, and failed if that happens a second time. django-tasks' database backend
  leaves such a task RUNNING for ever (docs/decisions/0017).
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import socket
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone
from django_tasks import TaskResultStatus
from django_tasks.base import Task
from django_tasks_db.models import DBTaskResult

from accord.queue.models import PeriodicRun, WorkerHeartbeat

logger = logging.getLogger("accord.queue")

# How many times a task may be claimed by a worker: the first run, and one more after
# its worker died. A task whose worker dies twice is failed, not tried for ever.
MAX_CLAIMS = 2
WORKER_LOST = "accord.queue.services.WorkerLost"


class WorkerLost(Exception):
    """The worker running a task stopped answering (recorded on a task failed for it)."""


def enqueue_on_commit(task: Task[Any, Any], *args: Any, **kwargs: Any) -> None:
    """Queue ``task(*args, **kwargs)`` when the current transaction commits (at once
    outside a transaction)."""
    transaction.on_commit(lambda: task.enqueue(*args, **kwargs))


@dataclass(frozen=True)
class Periodic:
    name: str
    task: Task[[], Any]
    every: Callable[[], dt.timedelta]  # read when due, so settings may change in tests


_periodic: dict[str, Periodic] = {}


def periodic(name: str, task: Task[[], Any], every: Callable[[], dt.timedelta]) -> None:
    """Run ``task`` every ``every()`` from the worker's schedule. Registering again replaces."""
    _periodic[name] = Periodic(name, task, every)


def periodic_jobs() -> list[Periodic]:
    return sorted(_periodic.values(), key=lambda job: job.name)


def _still_queued(task_id: str) -> bool:
    if not task_id:
        return False
    return DBTaskResult.objects.filter(
        pk=task_id, status__in=[TaskResultStatus.READY, TaskResultStatus.RUNNING]
    ).exists()


def queue_schedule(*, now: dt.datetime | None = None) -> list[str]:
    """Queue every periodic job that is due; returns the names queued by this call.

    Two workers may call this at the same moment: each job's row is moved on by a
    compare-and-set on ``next_run_at``, and only the worker whose update wins queues it."""
    now = now or timezone.now()
    queued = []
    for job in periodic_jobs():
        try:
            run, _ = PeriodicRun.objects.get_or_create(name=job.name, defaults={"next_run_at": now})
        except IntegrityError:  # another worker made the row at the same moment
            continue
        if run.next_run_at > now or _still_queued(run.last_task_id):
            continue
        with transaction.atomic():
            won = PeriodicRun.objects.filter(pk=run.pk, next_run_at=run.next_run_at).update(
                next_run_at=now + job.every(), last_queued_at=now
            )
            if not won:
                continue
            result = job.task.enqueue()
            PeriodicRun.objects.filter(pk=run.pk).update(last_task_id=str(result.id))
        logger.info("Queued the periodic job %s (task %s)", job.name, result.id)
        queued.append(job.name)
    return queued


def queue_beat(worker_id: str, *, started_at: dt.datetime | None = None) -> None:
    """Say that ``worker_id`` is alive now."""
    now = timezone.now()
    updated = WorkerHeartbeat.objects.filter(pk=worker_id).update(beat_at=now)
    if not updated:
        WorkerHeartbeat.objects.create(
            worker_id=worker_id,
            hostname=socket.gethostname()[:255],
            pid=os.getpid(),
            started_at=started_at or now,
            beat_at=now,
        )


def queue_worker_stopped(worker_id: str) -> None:
    """A worker that stops cleanly (after finishing its task) removes its heartbeat."""
    WorkerHeartbeat.objects.filter(pk=worker_id).delete()


def queue_recover(*, stale_after: dt.timedelta, now: dt.datetime | None = None) -> list[str]:
    """Put back every task left RUNNING by a worker that stopped beating; returns their ids.

    A task is put back to READY once (its body must be idempotent: see the tasks of each
    app); a task whose worker dies on its second run too is marked FAILED instead."""
    now = now or timezone.now()
    cutoff = now - stale_after
    alive = set(
        WorkerHeartbeat.objects.filter(beat_at__gte=cutoff).values_list("worker_id", flat=True)
    )
    recovered = []
    running = DBTaskResult.objects.filter(status=TaskResultStatus.RUNNING, started_at__lt=cutoff)
    for task in running:
        worker = task.worker_ids[-1] if task.worker_ids else ""
        if worker in alive:
            continue
        again = len(task.worker_ids) < MAX_CLAIMS
        changes: dict[str, Any] = (
            {"status": TaskResultStatus.READY}
            if again
            else {
                "status": TaskResultStatus.FAILED,
                "finished_at": now,
                "exception_class_path": WORKER_LOST,
                "traceback": (
                    f"WorkerLost: the worker {worker} stopped while running this task, "
                    f"for the {len(task.worker_ids)}th time; it is not tried again."
                ),
            }
        )
        # Compare-and-set on the claim: two workers recovering at once put it back once.
        if DBTaskResult.objects.filter(
            pk=task.pk, status=TaskResultStatus.RUNNING, started_at=task.started_at
        ).update(**changes):
            logger.warning(
                "Task %s (%s) was running on worker %s, which stopped answering: %s",
                task.pk,
                task.task_path,
                worker,
                "queued to run again" if again else "failed, as it already ran once more",
            )
            recovered.append(str(task.pk))
    WorkerHeartbeat.objects.filter(beat_at__lt=now - dt.timedelta(days=1)).delete()
    return recovered


PRUNE_BATCH = 1000  # rows deleted per statement: short write locks, even on SQLite


@dataclass(frozen=True)
class Pruned:
    succeeded: int
    failed: int


def _delete_finished(status: str, before: dt.datetime) -> int:
    deleted = 0
    finished = DBTaskResult.objects.filter(status=status, finished_at__lt=before)
    while True:
        batch = list(finished.values_list("pk", flat=True)[:PRUNE_BATCH])
        if not batch:
            return deleted
        # Only rows still finished: nothing running or waiting is ever deleted.
        count, _ = DBTaskResult.objects.filter(pk__in=batch, status=status).delete()
        deleted += count


def queue_prune(*, now: dt.datetime | None = None) -> Pruned:
    """Delete the rows of tasks that succeeded more than ACCORD_QUEUE_KEEP_SUCCEEDED_DAYS
    ago and of tasks that failed more than ACCORD_QUEUE_KEEP_FAILED_DAYS ago (kept longer,
    for whoever looks into a failure). Waiting and running tasks are never touched."""
    now = now or timezone.now()
    succeeded = _delete_finished(
        TaskResultStatus.SUCCESSFUL,
        now - dt.timedelta(days=settings.ACCORD_QUEUE_KEEP_SUCCEEDED_DAYS),
    )
    failed = _delete_finished(
        TaskResultStatus.FAILED, now - dt.timedelta(days=settings.ACCORD_QUEUE_KEEP_FAILED_DAYS)
    )
    if succeeded or failed:
        logger.info("Pruned %s succeeded and %s failed task rows", succeeded, failed)
    return Pruned(succeeded, failed)
