"""Meetings and their decisions, scoped by ``visible_meetings``."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from django.db.models import Prefetch, Q
from django.shortcuts import get_object_or_404
from ninja import Query, Router
from pydantic import Field

from accord.accounts.scope import scope_of
from accord.agreements.visibility import visible_agreements
from accord.api import presenters
from accord.api.paging import PageParams, ordered, page_of
from accord.api.schemas import READ_ERRORS, MeetingDetail, MeetingPage
from accord.approvals.models import AgendaItem
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
    return page_of(ordered(queryset, ordering), page, presenters.meeting)


@router.get("/meetings/{meeting_id}", response={200: MeetingDetail, **READ_ERRORS})
def get_meeting(request, meeting_id: MeetingId):
    """A meeting with its agenda and each item's decision. Private items show only to
    those with a role at the body."""
    scope = scope_of(request.user)
    items = AgendaItem.objects.select_related("decision__approval_step__agreement").order_by(
        "order"
    )
    if not scope.administrator:
        items = items.filter(Q(public=True) | Q(meeting__body_id__in=scope.body_ids()))
    meeting = get_object_or_404(
        _meetings(request).prefetch_related(Prefetch("items", queryset=items)),
        pk=meeting_id,
    )
    decided = {
        item.decision.approval_step.agreement_id
        for item in meeting.items.all()
        if getattr(item, "decision", None) is not None and item.decision.approval_step_id
    }
    visible = visible_agreements(request.user).filter(pk__in=decided)
    visible_ids = set(visible.values_list("pk", flat=True))
    return {
        **presenters.meeting(meeting),
        "items": [_item(item, visible_ids) for item in meeting.items.all()],
    }


def _item(item, visible_agreement_ids: set[int]) -> dict:
    decision = getattr(item, "decision", None)
    shown = None
    if decision is not None:
        shown = presenters.decision(decision)
        step = decision.approval_step
        if step is not None and step.agreement_id not in visible_agreement_ids:
            shown["agreement"] = None  # the decision is public; the agreement is not yet
    return {"order": item.order, "title": item.title, "decision": shown}
