from __future__ import annotations

from django.contrib.auth.decorators import login_not_required
from django.db.models import Prefetch
from django.shortcuts import get_object_or_404, render

from accord.approvals.models import AgendaItem, Meeting
from accord.core.access import require
from accord.core.pagination import paginate
from accord.permissions import visible_meetings


@login_not_required
def meeting_list(request):
    meetings = visible_meetings(request.user).select_related("body").order_by("-date", "title")
    return render(request, "approvals/meeting_list.html", {"page": paginate(request, meetings)})


@login_not_required
def meeting_detail(request, pk):
    items = AgendaItem.objects.select_related(
        "approval_step__agreement", "approval_step__body"
    ).order_by("order")
    meeting = get_object_or_404(
        Meeting.objects.select_related("body").prefetch_related(Prefetch("items", queryset=items)),
        pk=pk,
    )
    require(request, "approvals.view_meeting", meeting)
    return render(request, "approvals/meeting_detail.html", {"meeting": meeting})
