"""The start page: what needs attention across the agreements and meetings a person may
see. It composes the selectors of the apps that own each part (agreements, approvals)."""

from __future__ import annotations

from django.contrib.auth.decorators import login_not_required
from django.shortcuts import render
from django.utils import timezone

from accord.agreements.models import AgreementStatus
from accord.agreements.selectors import attach_progress, start_page_agreements
from accord.approvals.selectors import next_open_steps_for
from accord.approvals.visibility import visible_meetings
from accord.core.access import require
from accord.home.attention import attention_for


@login_not_required
def home(request):
    # The counts by status, and a few of each status counted, each with its progress
    # counted for these few only.
    status_counts, firsts = start_page_agreements(request.user)
    shown = [(status, label) for status, label in AgreementStatus.choices if status in firsts]
    by_status = [
        {
            "status": status,
            "label": label,
            "count": status_counts[status],
            "agreements": firsts[status],
        }
        for status, label in shown
    ]
    attach_progress(a for group in by_status for a in group["agreements"])
    upcoming = (
        visible_meetings(request.user)
        .filter(date__gte=timezone.localdate())
        .select_related("body")
        .order_by("date")[:5]
    )
    return render(
        request,
        "home/home.html",
        {
            "by_status": by_status,
            "next_steps": next_open_steps_for(request.user),
            "upcoming_meetings": upcoming,
            "agreement_total": sum(status_counts.values()),
        },
    )


def attention(request):
    """The officer's dashboard: everything needing attention across the agreements they
    manage, each with the action to take."""
    require(request, "home.view_attention")
    sections = attention_for(request.user)
    return render(
        request,
        "home/attention.html",
        {"sections": sections, "total": sum(len(section.items) for section in sections)},
    )
