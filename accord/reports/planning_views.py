"""Pages for the forward plan, the annual report and a meeting's agenda pack."""

from __future__ import annotations

import datetime as dt

from django.contrib.auth.decorators import login_not_required
from django.http import FileResponse, HttpRequest, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template.defaultfilters import filesizeformat
from django.urls import reverse
from django.utils import timezone
from django.utils.cache import patch_cache_control
from django.views.decorators.cache import never_cache

from accord.approvals.models import Meeting
from accord.core.access import require
from accord.governance.models import Body
from accord.reports.forms import PeriodForm
from accord.reports.packs import PackState, pack_open, pack_request
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


def _meeting_and_variant(request: HttpRequest, pk: int) -> tuple[Meeting, bool]:
    """The meeting, if this person may see it, and whether their pack has private items."""
    meeting = get_object_or_404(Meeting.objects.select_related("body"), pk=pk)
    require(request, "approvals.view_meeting", meeting)
    return meeting, request.user.has_perm("approvals.view_private_items", meeting)


@login_not_required
def agenda_pack(request, pk):
    """The current pack if it is kept; otherwise its making is queued (again, if it
    failed: the person asked anew) and the person is sent to the page that follows it."""
    meeting, with_private = _meeting_and_variant(request, pk)
    handle = pack_open(pack_request(meeting, with_private=with_private, retry=True))
    if handle is None:
        return redirect("reports:agenda_pack_page", pk=meeting.pk)
    response = FileResponse(handle, content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="agenda-pack-{meeting.pk}.pdf"'
    # The pack changes with its items, and the private variant is this person's alone.
    patch_cache_control(response, private=True, no_cache=True)
    return response


MESSAGES = {
    "waiting": (
        "The agenda pack is being made",
        "It is waiting for its turn. A pack is usually ready within a minute.",
    ),
    "making": (
        "The agenda pack is being made",
        "It is being laid out now. A pack is usually ready within a minute.",
    ),
    "ready": ("The agenda pack is ready", "The agenda pack is ready to download."),
    "failed": (
        "The agenda pack could not be made",
        "Something went wrong while the pack was made. Try again; if it fails again, "
        "tell the site's administrators.",
    ),
}


def _described(meeting: Meeting, state: PackState) -> dict:
    heading, message = MESSAGES[state.state]
    return {
        "state": state.state,
        "heading": heading,
        "message": message,
        "download": reverse("reports:agenda_pack", args=[meeting.pk]),
        "size": filesizeformat(state.size) if state.state == "ready" else "",
    }


@login_not_required
@never_cache
def agenda_pack_page(request, pk):
    """Where the pack stands, with a link to look again; the page's script asks the
    status address below and says what changes, without reloading."""
    meeting, with_private = _meeting_and_variant(request, pk)
    state = pack_request(meeting, with_private=with_private)
    context = {
        "meeting": meeting,
        "pack": _described(meeting, state),
        "status_url": reverse("reports:agenda_pack_status", args=[meeting.pk]),
    }
    return render(request, "reports/agenda_pack.html", context)


@login_not_required
@never_cache
def agenda_pack_status(request, pk):
    """The pack's state as JSON, for the page's script: waiting, making, ready or failed."""
    meeting, with_private = _meeting_and_variant(request, pk)
    return JsonResponse(_described(meeting, pack_request(meeting, with_private=with_private)))
