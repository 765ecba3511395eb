"""Meetings and their decisions, scoped by ``visible_meetings``."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from django.shortcuts import get_object_or_404
from ninja import Query, Router
from pydantic import Field

from accord.agreements.visibility import visible_agreements
from accord.api.paging import PageParams, ordered, page_of
from accord.api.schemas import READ_ERRORS, MeetingDetail, MeetingPage
from accord.approvals.selectors import agenda_items
from accord.approvals.visibility import visible_meetings

MeetingId = Annotated[int, Field(ge=1, le=2**31 - 1)]

router = Router(tags=["meetings"])


def _meetings(request):
    return visible_meetings(request.user).select_related("body")


@router.get("/meetings", response={200: MeetingPage, **READ_ERRORS})
def list_meetings(
    request,
    page: Query[PageParams],
    body: str | None = None,
    date_from: dt.date | None = None,
    date_to: dt.date | None = None,
    ordering: Literal["date", "-date", "title"] = "-date",
):
    """Meetings you may see: public ones, and those of bodies you hold a role at."""
    queryset = _meetings(request)
    if body:
        queryset = queryset.filter(body__slug=body)
    if date_from:
        queryset = queryset.filter(date__gte=date_from)
    if date_to:
        queryset = queryset.filter(date__lte=date_to)
    return page_of(ordered(queryset, ordering), page)


@router.get("/meetings/{meeting_id}", response={200: MeetingDetail, **READ_ERRORS})
def get_meeting(request, meeting_id: MeetingId):
    """A meeting with its agenda and each item's decision. Private items show only to
    those the rule ``approvals.view_private_items`` lets see them, as on the meeting page."""
    meeting = get_object_or_404(_meetings(request), pk=meeting_id)
    items = list(
        agenda_items(request.user, meeting).select_related("decision__approval_step__agreement")
    )
    decided = {
        step.agreement_id
        for item in items
        if getattr(item, "decision", None) is not None
        and (step := item.decision.approval_step) is not None
    }
    visible_ids = set(
        visible_agreements(request.user).filter(pk__in=decided).values_list("pk", flat=True)
    )
    for item in items:
        decision = getattr(item, "decision", None)
        if decision is not None and decision.approval_step_id:
            step = decision.approval_step
            # The decision is public; its agreement only once the caller may read it.
            if step.agreement_id in visible_ids:
                decision.shown_agreement = step.agreement.slug
    meeting.visible_items = items
    return meeting
