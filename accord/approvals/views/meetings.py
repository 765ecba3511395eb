"""Reading meetings, and adding or correcting one."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_not_required
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render

from accord.agreements.visibility import visible_agreements
from accord.approvals import selectors, services
from accord.approvals.forms import MeetingForm
from accord.approvals.models import Meeting
from accord.approvals.presenters import agenda_rows
from accord.core.access import require
from accord.core.forms.errors import form_errors
from accord.core.pagination import paginate
from accord.governance.models import Body


@login_not_required
def meeting_list(request):
    return render(
        request,
        "approvals/meeting_list.html",
        {
            "page": paginate(request, selectors.meeting_list(request.user)),
            "secretary_bodies": selectors.secretary_bodies(request.user),
        },
    )


@login_not_required
def meeting_detail(request, pk):
    meeting = get_object_or_404(Meeting.objects.select_related("body"), pk=pk)
    require(request, "approvals.view_meeting", meeting)
    items = list(selectors.agenda_items(request.user, meeting))
    agreement_ids = {item.approval_step.agreement_id for item in items if item.approval_step_id}
    # Agreements still in approval are not public: the agenda names them, but links only
    # for those who may open them.
    readable = (
        set(
            visible_agreements(request.user)
            .filter(pk__in=agreement_ids)
            .values_list("pk", flat=True)
        )
        if agreement_ids
        else set()
    )
    return render(
        request,
        "approvals/meeting_detail.html",
        {
            "meeting": meeting,
            "rows": agenda_rows(items, readable),
            "can_manage": request.user.has_perm("approvals.manage_meeting", meeting),
            "can_decide": request.user.has_perm("approvals.record_decision", meeting),
            "shows_private": selectors.may_see_private_items(request.user, meeting),
        },
    )


def meeting_add(request, slug):
    body = get_object_or_404(Body, slug=slug)
    require(request, "approvals.add_meeting", body)
    form = MeetingForm(request.POST or None, initial={"public": True})
    if request.method == "POST" and form.is_valid():
        try:
            meeting = services.meeting_create(
                actor=request.user, body=body, **form.service_arguments()
            )
        except ValidationError as error:
            form_errors(form, error)
        else:
            messages.success(request, f"{meeting.title} on {meeting.display_date} has been added.")
            return redirect(meeting)
    return render(request, "approvals/meeting_form.html", {"form": form, "body": body})


def meeting_edit(request, pk):
    meeting = get_object_or_404(Meeting.objects.select_related("body"), pk=pk)
    require(request, "approvals.manage_meeting", meeting)
    form = MeetingForm(request.POST or None, initial=MeetingForm.initial_for(meeting))
    if request.method == "POST" and form.is_valid():
        try:
            meeting = services.meeting_update(
                actor=request.user, meeting=meeting, **form.service_arguments()
            )
        except ValidationError as error:
            form_errors(form, error)
        else:
            messages.success(request, "The meeting's details have been saved.")
            return redirect(meeting)
    return render(
        request,
        "approvals/meeting_form.html",
        {"form": form, "body": meeting.body, "meeting": meeting},
    )
