"""``accord worker``: run queued tasks and the periodic schedule until stopped.

Run one or more beside the app servers (``make run`` starts one; docs/deploy.md). Stop it
with SIGTERM: it finishes the task in hand, removes its heartbeat and exits.
"""

from __future__ import annotations

import logging
import sys

from django_tasks_db.management.commands.db_worker import valid_interval

from accord.core.commands import AccordCommand
from accord.queue.worker import AccordWorker, new_worker_id

LOGGERS = ("accord.queue", "django_tasks", "django_tasks_db")


class Command(AccordCommand):
    help = (
        "Run the task queue: queued e-mails, webhook deliveries, seals, map drawings and "
        "agenda packs, and the periodic jobs (webhook retries, reminders, pruning finished "
        "tasks). Stop with SIGTERM or Ctrl+C."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--interval",
            type=valid_interval,
            default=0.5,
            help="Seconds to wait before looking again when no task is waiting.",
        )
        parser.add_argument(
            "--worker-id", default="", help="A name unique among the workers (default: made up)."
        )
        parser.add_argument(
            "--no-schedule",
            action="store_true",
            help="Run queued tasks only; leave the periodic jobs to other workers.",
        )
        parser.add_argument(
            "--batch",
            action="store_true",
            help="Run every task waiting now, then exit (for scripts and tests).",
        )

    def handle(self, *args, interval, worker_id, no_schedule, batch, **options):
        handler = logging.StreamHandler(sys.stdout)
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        level = logging.DEBUG if options["verbosity"] > 1 else logging.INFO
        for name in LOGGERS:
            log = logging.getLogger(name)
            log.setLevel(level)
            log.addHandler(handler)
            log.propagate = False
        worker = AccordWorker(
            schedule=not no_schedule,
            queue_names=["*"],
            interval=interval,
            batch=batch,
            backend_name="default",
            startup_delay=not batch,
            max_tasks=None,
            worker_id=worker_id or new_worker_id(),
            excluded_queue_names=[],
        )
        worker.configure_signals()
        worker.run()
