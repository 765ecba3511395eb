"""How much work waits in the queue, and for how long (for /readyz and metrics)."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db.models import Case, DateTimeField, F, Min, When
from django.utils import timezone
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult, get_date_max


def queue_depth() -> int:
    """Tasks that are due and waiting for a worker."""
    return DBTaskResult.objects.ready().count()


def queue_lag_seconds() -> float:
    """How long the oldest due task has waited for a worker (0 when none waits): from
    when it was queued, or from when it became due if it was queued to run later."""
    due_since = Case(
        When(run_after=get_date_max(), then=F("enqueued_at")),
        default=F("run_after"),
        output_field=DateTimeField(),
    )
    oldest = DBTaskResult.objects.ready().aggregate(oldest=Min(due_since))["oldest"]
    if oldest is None:
        return 0.0
    return max(0.0, (timezone.now() - oldest).total_seconds())


def task_gave_up(task_id: str) -> bool:
    """The task failed and will not run again (raised, or its worker died twice)."""
    if not task_id:
        return False
    try:
        return DBTaskResult.objects.filter(pk=task_id, status=TaskResultStatus.FAILED).exists()
    except ValidationError:  # not an id of this backend (the immediate one keeps none)
        return False
