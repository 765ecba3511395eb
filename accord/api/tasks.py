"""The API's work in the task queue: sending webhook deliveries.

``deliver_webhook`` is queued for each delivery when the change that emitted it commits,
and again after each failed attempt, not before its back-off has passed. The periodic
``deliver_due_webhooks`` sends anything due that has no task of its own (say the process
stopped between the commit and the queueing), as ``accord webhooks deliver`` does.
"""

from __future__ import annotations

import datetime as dt

from django.conf import settings
from django_tasks import TaskContext, task

from accord.api.webhooks.services import webhook_deliver_due, webhook_deliver_one
from accord.queue.services import periodic


@task(takes_context=True)
def deliver_webhook(context: TaskContext, delivery_id: int) -> str:
    delivery = webhook_deliver_one(delivery_id, claim=f"task-{context.task_result.id}")
    return delivery.status if delivery is not None else "gone"


@task()
def deliver_due_webhooks() -> int:
    return len(webhook_deliver_due())


def register() -> None:
    periodic(
        "webhooks.deliver_due",
        deliver_due_webhooks,
        lambda: dt.timedelta(seconds=settings.ACCORD_SCHEDULE_WEBHOOKS_SECONDS),
    )
