"""``/readyz``: whether this instance can do its work now (for a load balancer or monitor).

Public and harmless: it says only whether the database answers and how long the oldest
waiting task has waited, never what the tasks are."""

from __future__ import annotations

from django.conf import settings
from django.contrib.auth.decorators import login_not_required
from django.db import DatabaseError, connection
from django.http import HttpRequest, JsonResponse
from django.views.decorators.cache import never_cache

from accord.core.access import require
from accord.queue.selectors import queue_depth, queue_lag_seconds


@login_not_required
@never_cache
def readyz(request: HttpRequest) -> JsonResponse:
    require(request, "queue.view_readiness")
    limit = settings.ACCORD_READY_MAX_LAG_SECONDS
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
        depth, lag = queue_depth(), queue_lag_seconds()
    except DatabaseError:
        return JsonResponse(
            {"status": "unavailable", "reason": "The database does not answer."}, status=503
        )
    body = {
        "status": "ready",
        "database": "ok",
        "queue": {"depth": depth, "lag_seconds": round(lag, 1), "max_lag_seconds": limit},
    }
    if lag > limit:
        body["status"] = "unavailable"
        body["reason"] = (
            f"The oldest waiting task has waited {lag:.0f} seconds, more than {limit}: "
            f"is a worker running?"
        )
        return JsonResponse(body, status=503)
    return JsonResponse(body)
