"""Pages for the forward plan, the annual report and a meeting's agenda pack."""

from __future__ import annotations

import datetime as dt

from django.contrib.auth.decorators import login_not_required
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils import timezone

from accord.approvals.models import Meeting
from accord.core.access import require
from accord.governance.models import Body
from accord.reports.forms import PeriodForm
from accord.reports.pack import render_agenda_pack
from accord.reports.planning import annual_report, forward_plan


@login_not_required
def forward_plan_page(request, slug):
    body = get_object_or_404(Body, slug=slug)
    return render(request, "reports/forward_plan.html", {"plan": forward_plan(body, request.user)})


@login_not_required
def annual_report_page(request, slug):
    """The body's year; a period typed wrongly is explained in the error summary and the
    report is not drawn until it is corrected, so no one reads a period they did not ask
    for."""
    body = get_object_or_404(Body, slug=slug)
    today = timezone.localdate()
    form = PeriodForm(request, initial={"from": today - dt.timedelta(days=365), "to": today})
    report = None
    if not form.is_bound or form.is_valid():
        period = form.applied()
        end = period["to"] or today
        start = period["from"] or end - dt.timedelta(days=365)
        report = annual_report(body, request.user, start, end)
    return render(
        request, "reports/annual_report.html", {"body": body, "report": report, "form": form}
    )


@login_not_required
def agenda_pack(request, pk):
    meeting = get_object_or_404(Meeting.objects.select_related("body"), pk=pk)
    require(request, "approvals.view_meeting", meeting)
    with_private = request.user.has_perm("approvals.view_private_items", meeting)
    pdf, _ = render_agenda_pack(meeting, with_private=with_private)
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="agenda-pack-{meeting.pk}.pdf"'
    return response
