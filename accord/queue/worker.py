"""``accord worker``: django-tasks' database worker, with a heartbeat and the schedule.

The main thread runs django-tasks-db's worker loop (claim one READY task with a row lock,
run it, record the result). A second thread beats: every few seconds it writes this
worker's heartbeat, puts back tasks whose worker died (services.queue_recover) and queues
periodic jobs that are due (services.queue_schedule). SIGTERM or SIGINT stops the worker
after the task in hand; a second signal stops it at once.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import socket
import threading

from django.conf import settings
from django.db import connection
from django.utils import timezone
from django.utils.crypto import get_random_string
from django_tasks_db.management.commands.db_worker import Worker

from accord.queue.services import queue_beat, queue_recover, queue_schedule, queue_worker_stopped

logger = logging.getLogger("accord.queue")


def new_worker_id() -> str:
    return f"{socket.gethostname()[:30]}-{os.getpid()}-{get_random_string(8)}"[:64]


class Beat(threading.Thread):
    def __init__(self, worker_id: str, *, schedule: bool) -> None:
        super().__init__(name="accord-worker-beat", daemon=True)
        self.worker_id = worker_id
        self.schedule = schedule
        self.stopping = threading.Event()
        self.started_at = timezone.now()

    def beat_once(self) -> None:
        queue_beat(self.worker_id, started_at=self.started_at)
        stale = dt.timedelta(seconds=settings.ACCORD_WORKER_STALE_SECONDS)
        queue_recover(stale_after=stale)
        if self.schedule:
            queue_schedule()

    def run(self) -> None:
        try:
            while not self.stopping.is_set():
                try:
                    self.beat_once()
                except Exception:  # a lost beat is logged; the next one tries again
                    logger.exception("The worker's beat failed")
                self.stopping.wait(settings.ACCORD_WORKER_HEARTBEAT_SECONDS)
        finally:
            connection.close()


class AccordWorker(Worker):
    def __init__(self, *, schedule: bool = True, **options) -> None:
        super().__init__(**options)
        self.beat = Beat(self.worker_id, schedule=schedule)

    def run(self) -> None:
        # The heartbeat exists before the first claim, so no task is ever RUNNING on a
        # worker that recovery cannot see.
        queue_beat(self.worker_id, started_at=self.beat.started_at)
        self.beat.start()
        logger.info(
            "Worker %s started (pid %s): heartbeat every %ss, schedule %s",
            self.worker_id,
            os.getpid(),
            settings.ACCORD_WORKER_HEARTBEAT_SECONDS,
            "on" if self.beat.schedule else "off",
        )
        try:
            super().run()
        finally:
            self.beat.stopping.set()
            self.beat.join(timeout=10)
            queue_worker_stopped(self.worker_id)
            logger.info("Worker %s stopped", self.worker_id)
