"""How much work waits in the queue, and for how long (for /readyz and metrics)."""

from __future__ import annotations

from django.db.models import Case, DateTimeField, F, Min, When
from django.utils import timezone
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
