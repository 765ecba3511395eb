"""The rows the queue keeps beside django-tasks' own task table."""

from __future__ import annotations

from django.db import models


class WorkerHeartbeat(models.Model):
    """A running ``accord worker``: it writes ``beat_at`` every few seconds while it
    lives and deletes its row when it stops cleanly. A task left running by a worker
    whose row is stale or gone was interrupted (services.queue_recover)."""

    worker_id = models.CharField(max_length=64, primary_key=True)
    hostname = models.CharField(max_length=255)
    pid = models.PositiveIntegerField()
    started_at = models.DateTimeField()
    beat_at = models.DateTimeField(db_index=True)

    class Meta:
        app_label = "queue"

    def __str__(self) -> str:
        return f"{self.worker_id} on {self.hostname} (pid {self.pid})"


class PeriodicRun(models.Model):
    """When a periodic job is next due, and the task of its last run: the row every
    worker's scheduler competes for, so a job is queued once per period, and not again
    while its last run is still waiting or running."""

    name = models.CharField(max_length=100, primary_key=True)
    next_run_at = models.DateTimeField()
    last_task_id = models.CharField(max_length=64, blank=True)
    last_queued_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        app_label = "queue"

    def __str__(self) -> str:
        return self.name
