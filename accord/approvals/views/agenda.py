"""The secretary's pages for a meeting's agenda and its decisions."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_http_methods, require_POST

from accord.approvals import selectors, services
from accord.approvals.forms import DecisionForm, FreeItemForm, StepItemForm
from accord.approvals.models import AgendaItem, Meeting
from accord.approvals.views.common import meeting_crumbs
from accord.core.access import require
from accord.core.confirm import confirm_page
from accord.core.forms.errors import form_errors


def _meeting(request, pk: int, permission: str) -> Meeting:
    meeting = get_object_or_404(Meeting.objects.select_related("body"), pk=pk)
    require(request, permission, meeting)
    return meeting


def _item(meeting: Meeting, item_pk: int) -> AgendaItem:
    return get_object_or_404(
        AgendaItem.objects.select_related("approval_step__agreement", "approval_step__body"),
        pk=item_pk,
        meeting=meeting,
    )


def _back_to(meeting: Meeting, item_pk: int | None = None):
    """Back to the meeting page after a change. A change that worked is reported in the
    success banner at the top, which is focused when the page opens, so the page does not
    jump to the item (the banner would be off-screen); a refusal goes to the item."""
    return redirect(meeting.get_absolute_url() + (f"#item-{item_pk}" if item_pk else ""))


def item_add(request, pk):
    meeting = _meeting(request, pk, "approvals.manage_meeting")
    steps = selectors.steps_open_for_body(meeting.body)
    kind = request.POST.get("kind") if request.method == "POST" else None
    step_form = StepItemForm(request.POST if kind == "step" else None, steps=steps)
    free_form = FreeItemForm(request.POST if kind == "free" else None)
    form = step_form if kind == "step" else free_form
    if kind in ("step", "free") and form.is_valid():
        data = form.cleaned_data
        try:
            item = services.agenda_item_add(
                actor=request.user,
                meeting=meeting,
                title=data.get("title", ""),
                public=data["public"],
                step=data.get("step"),
            )
        except ValidationError as error:
            form_errors(form, error)
        else:
            messages.success(request, f"“{item.title}” is item {item.order} on the agenda.")
            return _back_to(meeting)
    return render(
        request,
        "approvals/item_add.html",
        {
            "meeting": meeting,
            "step_form": step_form,
            "free_form": free_form,
            "has_steps": bool(step_form.fields["step"].queryset),
            "crumbs": meeting_crumbs(meeting),
        },
    )


@require_POST
def item_move(request, pk, item_pk):
    meeting = _meeting(request, pk, "approvals.manage_meeting")
    item = _item(meeting, item_pk)
    offset = {"up": -1, "down": 1}.get(request.POST.get("direction"), 0)
    try:
        services.agenda_item_move(actor=request.user, item=item, offset=offset)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        return _back_to(meeting, item.pk)
    messages.success(request, f"“{item.title}” has moved {'up' if offset < 0 else 'down'}.")
    return _back_to(meeting)


@require_http_methods(["GET", "POST"])
def item_remove(request, pk, item_pk):
    meeting = _meeting(request, pk, "approvals.manage_meeting")
    item = _item(meeting, item_pk)
    if request.method == "GET":
        details = ["The items after it move up one place."]
        if item.approval_step_id:
            details.insert(
                0,
                f"It is step {item.approval_step.order} of the approval route of "
                f"{item.approval_step.agreement.display_title}, which goes back to waiting "
                "for a meeting.",
            )
        return confirm_page(
            request,
            question=f"Are you sure you want to take “{item.title}” off the agenda?",
            caption=f"{meeting.title}, {meeting.display_date}",
            details=details,
            warning="You cannot undo this. To put it back, add the item again.",
            button="Yes, take it off the agenda",
            back=meeting.get_absolute_url(),
            crumbs=meeting_crumbs(meeting),
        )
    try:
        services.agenda_item_remove(actor=request.user, item=item)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        return _back_to(meeting, item.pk)
    messages.success(request, f"“{item.title}” has been taken off the agenda.")
    return _back_to(meeting)


def decision(request, pk, item_pk):
    meeting = _meeting(request, pk, "approvals.record_decision")
    item = _item(meeting, item_pk)
    if selectors.is_decided(item):
        messages.info(request, f"The decision on “{item.title}” has been recorded already.")
        return _back_to(meeting, item.pk)
    form = DecisionForm(request.POST or None, item=item)
    if request.method == "POST" and form.is_valid():
        try:
            recorded = services.decision_record(
                actor=request.user,
                item=item,
                outcome=form.cleaned_data["outcome"],
                minute=form.cleaned_data["minute"],
            )
        except ValidationError as error:
            form_errors(form, error)
        else:
            messages.success(
                request,
                f"The decision on “{item.title}” has been recorded: "
                f"{recorded.decision.get_outcome_display().lower()}.",
            )
            for notice in recorded.notices:
                messages.info(request, notice)
            return _back_to(meeting)
    return render(
        request,
        "approvals/decision_form.html",
        {"meeting": meeting, "item": item, "form": form, "crumbs": meeting_crumbs(meeting)},
    )
