from __future__ import annotations

from django.contrib.auth.decorators import login_not_required
from django.db.models import Count
from django.http import HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.csrf import requires_csrf_token

from accord.agreements.models import AgreementStatus
from accord.agreements.selectors import attach_progress, next_open_steps
from accord.permissions import visible_agreements, visible_meetings

HOME_PER_STATUS = 5


@login_not_required
def home(request):
    visible = visible_agreements(request.user)
    status_counts = dict(visible.values_list("status").annotate(n=Count("id")).order_by())
    by_status = []
    for status, label in AgreementStatus.choices:
        if not status_counts.get(status):
            continue
        # A few of each status, each with its progress; the list page has the rest.
        members = visible.filter(status=status).select_related("owning_body")
        by_status.append(
            {
                "status": status,
                "label": label,
                "count": status_counts[status],
                "agreements": list(members.order_by("title", "id")[:HOME_PER_STATUS]),
            }
        )
    attach_progress(a for group in by_status for a in group["agreements"])
    upcoming = (
        visible_meetings(request.user)
        .filter(date__gte=timezone.localdate())
        .select_related("body")
        .order_by("date")[:5]
    )
    return render(
        request,
        "core/home.html",
        {
            "by_status": by_status,
            "next_steps": next_open_steps(visible),
            "upcoming_meetings": upcoming,
            "agreement_total": sum(status_counts.values()),
        },
    )


@login_not_required
def healthz(request):
    """A trivial view: the baseline the benchmark measures every page against."""
    return HttpResponse("ok", content_type="text/plain")


@login_not_required
def forbidden(request, exception=None):
    return render(request, "403.html", status=403)


@login_not_required
def not_found(request, exception=None):
    return render(request, "404.html", status=404)


@login_not_required
@requires_csrf_token
def server_error(request):
    return render(request, "500.html", status=500)
