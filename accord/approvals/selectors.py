"""Reads of meetings, agendas and routes that pages and services share.

Each is a fixed number of queries, whatever the amount of data.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.db.models import Exists, OuterRef, Prefetch, Q, QuerySet

from accord.accounts.scope import Viewer, scope_of
from accord.agreements.models import Agreement, AgreementStatus
from accord.agreements.visibility import PUBLIC_AGREEMENT_STATUSES, member_agreements
from accord.approvals.models import AgendaItem, ApprovalStep, Decision, Meeting, StepStatus
from accord.approvals.visibility import visible_meetings
from accord.caching.values import cached_value
from accord.governance.models import Body

if TYPE_CHECKING:
    import datetime as dt

    from accord.governance.models import Body


def step_is_for_body(step: ApprovalStep, body_id: int) -> bool:
    """A step names the body that takes it. A step named only by a label ("partner
    agency Boards") has no meeting of its own in Accord: what the group decided is
    reported to, and recorded at, a meeting of the agreement's owning body."""
    if step.body_id is not None:
        return step.body_id == body_id
    return step.agreement.owning_body_id == body_id


def deciding_body_id(step: ApprovalStep) -> int | None:
    """The body whose meeting takes ``step``; see ``step_is_for_body``."""
    return step.body_id if step.body_id is not None else step.agreement.owning_body_id


def first_open_step(agreement: Agreement) -> ApprovalStep | None:
    """The first step of the route not yet done: the only one that may be taken now."""
    return (
        agreement.approval_steps.exclude(status=StepStatus.DONE)
        .select_related("body", "agreement")
        .order_by("order")
        .first()
    )


def decided_before_accord(item: AgendaItem) -> bool:
    """A step done at this meeting with no Decision row: decided before Accord recorded
    decisions (the demo's history), with its decision kept as text on the step."""
    step = item.approval_step
    return (
        step is not None
        and step.status == StepStatus.DONE
        and step.meeting_id == item.meeting_id
        and getattr(item, "decision", None) is None
    )


def is_decided(item: AgendaItem) -> bool:
    return Decision.objects.filter(agenda_item=item).exists() or decided_before_accord(item)


def open_agenda_items(step: ApprovalStep) -> QuerySet[AgendaItem]:
    """Agenda items for ``step`` that have no decision yet."""
    return AgendaItem.objects.filter(approval_step=step, decision__isnull=True)


def steps_open_for_body(body: Body) -> QuerySet[ApprovalStep]:
    """Steps a secretary of ``body`` can put on an agenda now: the agreement is in
    approval, every earlier step is done, and the step is on no open agenda."""
    earlier_not_done = ApprovalStep.objects.filter(
        agreement=OuterRef("agreement"), order__lt=OuterRef("order")
    ).exclude(status=StepStatus.DONE)
    on_open_agenda = AgendaItem.objects.filter(approval_step=OuterRef("pk"), decision__isnull=True)
    return (
        ApprovalStep.objects.filter(agreement__status=AgreementStatus.APPROVAL)
        .filter(Q(body=body) | Q(body__isnull=True, agreement__owning_body=body))
        .exclude(status=StepStatus.DONE)
        .filter(~Exists(earlier_not_done), ~Exists(on_open_agenda))
        .select_related("agreement", "body")
        .order_by("agreement__title", "order")
    )


def may_see_private_items(user: Viewer, meeting: Meeting) -> bool:
    return user is not None and user.has_perm("approvals.view_private_items", meeting)


def agenda_items(user: Viewer, meeting: Meeting) -> QuerySet[AgendaItem]:
    """The meeting's agenda as ``user`` may see it: private items only for members of
    the body and administrators."""
    items = AgendaItem.objects.filter(meeting=meeting).select_related(
        "approval_step__agreement",
        "approval_step__body",
        "decision__recorded_by",
        "decision__version",
    )
    if not may_see_private_items(user, meeting):
        items = items.filter(public=True)
    return items.order_by("order")


def calendar_meetings(
    *, body: Body | None = None, since: dt.date | None = None
) -> QuerySet[Meeting]:
    """Public meetings with a known day, each with its public agenda items."""
    meetings = Meeting.objects.filter(public=True, date_precision="day")
    if body is not None:
        meetings = meetings.filter(body=body)
    if since is not None:
        meetings = meetings.filter(date__gte=since)
    return (
        meetings.select_related("body")
        .prefetch_related(
            Prefetch(
                "items",
                queryset=AgendaItem.objects.filter(public=True).order_by("order"),
                to_attr="public_items",
            )
        )
        .order_by("date", "start_time", "pk")
    )


def secretary_bodies(user: Viewer) -> QuerySet[Body]:
    """The bodies ``user`` is secretary of, for the "Add a meeting" links. An administrator,
    who may add a meeting of any body, is not offered every body here."""
    scope = scope_of(user)
    if scope.administrator:
        return Body.objects.none()
    return Body.objects.filter(pk__in=scope.body_ids("secretary")).order_by("name")


def meeting_list(user: Viewer) -> QuerySet[Meeting]:
    return visible_meetings(user).select_related("body").order_by("-date", "title")


OPEN_STEP_STATUSES = [StepStatus.PLANNED, StepStatus.SCHEDULED, StepStatus.DEFERRED]


def next_open_steps(agreements: QuerySet[Agreement], limit: int = 10) -> list[ApprovalStep]:
    """For each agreement, its first step not yet done, in the order of the agreements' titles.

    Walks the open steps (an index on their status), keeps those with no open step before
    them in the same route, and stops at ``limit``: the cost follows the open steps, not
    the whole register."""
    earlier_open = ApprovalStep.objects.filter(
        agreement=OuterRef("agreement"), status__in=OPEN_STEP_STATUSES, order__lt=OuterRef("order")
    )
    return list(
        ApprovalStep.objects.filter(
            status__in=OPEN_STEP_STATUSES, agreement__in=agreements.values("id")
        )
        .filter(~Exists(earlier_open))
        .select_related("agreement", "body", "meeting")
        .order_by("agreement__title", "agreement_id")[:limit]
    )


def next_open_steps_for(user: Viewer, limit: int = 10) -> list[ApprovalStep]:
    """``next_open_steps`` of the agreements ``user`` may see.

    Finding each agreement's first open step reads the open steps of the whole register,
    so the answer for the public agreements, the same for everyone, is kept
    (``cached_value``) until a step, agreement, body or meeting next changes, and so is
    the administrators'. A member's own agreements that are not yet public are looked up
    for them alone, and merged in title order: the first ``limit`` of two disjoint lists
    are all the first ``limit`` of both can hold."""
    scope = scope_of(user)
    if scope.administrator:
        return cached_value(
            f"next-open-steps:every:{limit}",
            lambda: next_open_steps(Agreement.objects.all(), limit),
        )
    public = cached_value(
        f"next-open-steps:public:{limit}",
        lambda: next_open_steps(
            Agreement.objects.filter(status__in=PUBLIC_AGREEMENT_STATUSES), limit
        ),
    )
    if not scope.authenticated:
        return public
    own = next_open_steps(
        member_agreements(scope).exclude(status__in=PUBLIC_AGREEMENT_STATUSES), limit
    )
    merged = sorted([*public, *own], key=lambda step: (step.agreement.title, step.agreement_id))
    return merged[:limit]


def recent_meetings(body: Body) -> QuerySet[Meeting]:
    """A body's meetings, latest first."""
    return body.meetings.order_by("-date")
