"""The queue's own periodic job: pruning the rows of finished tasks (services.queue_prune),
every ``ACCORD_SCHEDULE_PRUNE_SECONDS`` (a day by default). Idempotent: a second run finds
nothing more to delete."""

from __future__ import annotations

import datetime as dt

from django.conf import settings
from django_tasks import task

from accord.queue.services import periodic, queue_prune


@task()
def prune_finished_tasks() -> dict[str, int]:
    pruned = queue_prune()
    return {"succeeded": pruned.succeeded, "failed": pruned.failed}


def register() -> None:
    periodic(
        "queue.prune",
        prune_finished_tasks,
        lambda: dt.timedelta(seconds=settings.ACCORD_SCHEDULE_PRUNE_SECONDS),
    )
