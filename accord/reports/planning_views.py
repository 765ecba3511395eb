"""Pages for the forward plan, the annual report and a meeting's agenda pack."""

from __future__ import annotations

import datetime as dt

from django.contrib.auth.decorators import login_not_required
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils import timezone

from accord.approvals.models import Meeting
from accord.core.access import require
from accord.core.params import text_param
from accord.governance.models import Body
from accord.reports.pack import render_agenda_pack
from accord.reports.planning import annual_report, forward_plan


@login_not_required
def forward_plan_page(request, slug):
    body = get_object_or_404(Body, slug=slug)
    return render(request, "reports/forward_plan.html", {"plan": forward_plan(body, request.user)})


def _date(request, name: str, default: dt.date) -> tuple[dt.date, str]:
    raw = text_param(request, name, 10)
    if not raw:
        return default, ""
    try:
        return dt.date.fromisoformat(raw), ""
    except ValueError:
        return default, f"“{raw}” is not a date of the form 2026-04-01; the default was used."


@login_not_required
def annual_report_page(request, slug):
    body = get_object_or_404(Body, slug=slug)
    today = timezone.localdate()
    end, end_problem = _date(request, "to", today)
    start, start_problem = _date(request, "from", end - dt.timedelta(days=365))
    problems = [p for p in (start_problem, end_problem) if p]
    if start > end:
        start, end = end, start
        problems.append("The period ran backwards, so its dates were swapped.")
    report = annual_report(body, request.user, start, end)
    return render(request, "reports/annual_report.html", {"report": report, "problems": problems})


@login_not_required
def agenda_pack(request, pk):
    meeting = get_object_or_404(Meeting.objects.select_related("body"), pk=pk)
    require(request, "approvals.view_meeting", meeting)
    with_private = request.user.has_perm("approvals.view_private_items", meeting)
    pdf, _ = render_agenda_pack(meeting, with_private=with_private)
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="agenda-pack-{meeting.pk}.pdf"'
    return response
