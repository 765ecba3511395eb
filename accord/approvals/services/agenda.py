"""Building a meeting's agenda: free items, and the steps of agreements' approval routes."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from django.db import transaction
from django.db.models import Max

from accord.agreements.models import Agreement, AgreementStatus
from accord.approvals.models import AgendaItem, ApprovalStep, Decision, Meeting, Outcome
from accord.approvals.models import StepStatus as Step
from accord.approvals.selectors import (
    deciding_body_id,
    first_open_step,
    is_decided,
    open_agenda_items,
    step_is_for_body,
)
from accord.audit.actions import AuditAction, History
from accord.audit.services import audit_record
from accord.core.errors import Conflict, Invalid, Refused

if TYPE_CHECKING:
    from accord.accounts.models import User

TITLE_MAX = 300

# What other apps require before a step goes on an agenda, each returning why not (or
# None); registered in their ready() with ``agenda_condition`` (reports: verified
# implications).
AgendaCondition = Callable[[ApprovalStep], str | None]
_agenda_conditions: list[AgendaCondition] = []


def agenda_condition(condition: AgendaCondition) -> AgendaCondition:
    if condition not in _agenda_conditions:
        _agenda_conditions.append(condition)
    return condition


def require_manager(actor: User, meeting: Meeting) -> None:
    if not actor.has_perm("approvals.manage_meeting", meeting):
        raise Refused(
            f"Only the secretary of {meeting.body.name} or an administrator can change the "
            "agenda of its meetings."
        )


def subject_of(item: AgendaItem) -> str:
    """Audit entries about a step belong to its agreement's history; others to the meeting."""
    step = item.approval_step  # None without a query when the item has no step
    if step is not None:
        return History.agreement(step.agreement_id)
    return History.meeting(item.meeting_id)


def step_refusal(step: ApprovalStep, agreement: Agreement) -> str | None:
    """Why ``step`` cannot be taken now, whatever the meeting; None when it can."""
    named = f"Step {step.order} ({step})"
    if step.status == Step.DONE:
        return f"{named} is done already."
    # Steps are taken in approval, and, when the route lets sign-up open early, during
    # sign-up for the steps after that point (coming into force waits for them).
    if agreement.status not in (AgreementStatus.APPROVAL, AgreementStatus.SIGN_UP):
        status = AgreementStatus(agreement.status).label.lower()
        return (
            f"{agreement.display_title} is {status}, not in approval: its steps can be "
            "taken once it has been moved to approval."
        )
    first = first_open_step(agreement)
    if first is not None and first.pk != step.pk:
        return (
            "Steps are taken in order: a step opens only when the one before is done. "
            f"Step {first.order} ({first}) comes first."
        )
    return None


def _placement_refusal(step: ApprovalStep, meeting: Meeting) -> str | None:
    """Why ``step`` cannot go on the agenda of ``meeting``; None when it can."""
    agreement = step.agreement
    if not step_is_for_body(step, meeting.body_id):
        if deciding_body_id(step) is None:
            return (
                f"Step {step.order} ({step}) names no body, and its agreement has no owning "
                "body to record the decision."
            )
        body = step.body if step.body is not None else agreement.owning_body
        assert body is not None  # deciding_body_id above found one
        whose = body.name
        return (
            f"Step {step.order} ({step}) is for {whose}: it can go only on the agenda of a "
            "meeting of that body."
        )
    reason = step_refusal(step, agreement)
    if reason:
        return reason
    already = open_agenda_items(step).select_related("meeting").first()
    if already is not None:
        return (
            f"Step {step.order} ({step}) is already on the agenda of {already.meeting}, with "
            "no decision yet. A step can be on only one open agenda."
        )
    return None


def _renumber(meeting: Meeting, items: list[AgendaItem]) -> None:
    """Store ``items`` in this order, 1 to n. Two passes, because the database checks
    that no two items of a meeting share a number after every single update."""
    for index, item in enumerate(items, start=1):
        AgendaItem.objects.filter(pk=item.pk).update(order=10_000 + index)
    for index, item in enumerate(items, start=1):
        AgendaItem.objects.filter(pk=item.pk).update(order=index)
        item.order = index


@transaction.atomic
def agenda_item_add(
    *,
    actor: User,
    meeting: Meeting,
    title: str = "",
    public: bool = True,
    step: ApprovalStep | None = None,
) -> AgendaItem:
    """Add an item at the end of the agenda: a free item with a title, or a step of an
    agreement's route (its title then defaults to the step and the agreement)."""
    require_manager(actor, meeting)
    # Locked so that two secretaries adding at once cannot take the same number.
    meeting = (
        Meeting.objects.select_for_update(of=("self",)).select_related("body").get(pk=meeting.pk)
    )
    title = title.strip()
    if step is not None:
        # Only the step's own row is locked: PostgreSQL cannot lock the optional side of
        # the outer joins that bring its body and owning body.
        step = (
            ApprovalStep.objects.select_for_update(of=("self",))
            .select_related("agreement__owning_body", "body")
            .get(pk=step.pk)
        )
        reason = _placement_refusal(step, meeting)
        if reason:
            raise Conflict(reason)
        for condition in _agenda_conditions:
            reason = condition(step)
            if reason:
                raise Conflict(reason)
        title = title or f"{step.get_action_display()}: {step.agreement.title}"[:TITLE_MAX]
    if not title:
        raise Invalid({"title": "Give the item a title."})
    if len(title) > TITLE_MAX:
        raise Invalid({"title": f"A title can be at most {TITLE_MAX} characters."})
    last = meeting.items.aggregate(last=Max("order"))["last"] or 0
    item = AgendaItem.objects.create(
        meeting=meeting, order=last + 1, title=title, public=public, approval_step=step
    )
    after = {"meeting": str(meeting), "title": title, "order": item.order, "public": public}
    if step is not None:
        before_status = step.status
        step.status, step.meeting = Step.SCHEDULED, meeting
        step.save(update_fields=["status", "meeting"])
        after |= {"step": str(step), "step_order": step.order, "step_status": step.status}
    audit_record(
        actor=actor,
        action=AuditAction.MEETING_ITEM_ADD,
        obj=item,
        subject=subject_of(item),
        before={"step_status": before_status} if step is not None else None,
        after=after,
    )
    return item


@transaction.atomic
def agenda_item_move(*, actor: User, item: AgendaItem, offset: int) -> AgendaItem:
    """Move an item up (``offset=-1``) or down (``offset=1``) the agenda."""
    meeting = item.meeting
    require_manager(actor, meeting)
    if offset not in (-1, 1):
        raise Conflict("An item moves one place up or one place down.")
    Meeting.objects.select_for_update().get(pk=meeting.pk)
    items = list(meeting.items.order_by("order"))
    index = next((i for i, each in enumerate(items) if each.pk == item.pk), None)
    if index is None:
        raise Conflict("This item is no longer on the agenda.")
    target = index + offset
    if not 0 <= target < len(items):
        raise Conflict(
            "This item is first on the agenda already."
            if offset < 0
            else "This item is last on the agenda already."
        )
    moved = items.pop(index)
    items.insert(target, moved)
    _renumber(meeting, items)
    audit_record(
        actor=actor,
        action=AuditAction.MEETING_ITEM_MOVE,
        obj=moved,
        subject=subject_of(moved),
        before={"order": index + 1},
        after={"order": target + 1},
    )
    return moved


def _status_after_removal(step: ApprovalStep) -> str:
    """The status a step had before it went on the agenda, read from its last decision."""
    last = Decision.objects.filter(approval_step=step).order_by("-recorded_at", "-pk").first()
    if last is not None and last.outcome == Outcome.DEFERRED:
        return Step.DEFERRED
    if last is not None and last.outcome == Outcome.REJECTED:
        return Step.REJECTED
    return Step.PLANNED


@transaction.atomic
def agenda_item_remove(*, actor: User, item: AgendaItem) -> None:
    """Take an undecided item off the agenda; a step goes back to waiting for a meeting."""
    meeting = item.meeting
    require_manager(actor, meeting)
    Meeting.objects.select_for_update().get(pk=meeting.pk)
    item = AgendaItem.objects.select_related("approval_step").get(pk=item.pk)
    if is_decided(item):
        raise Conflict(
            "A decision has been recorded on this item, so it stays on the agenda as part of "
            "the record."
        )
    before = {"meeting": str(meeting), "title": item.title, "order": item.order}
    step = item.approval_step
    subject = subject_of(item)
    if step is not None:
        before |= {"step": str(step), "step_status": step.status}
        step.status = _status_after_removal(step)
        if step.meeting_id == meeting.pk:
            step.meeting = None
        step.save(update_fields=["status", "meeting"])
    removed_pk = item.pk
    item.delete()
    item.pk = removed_pk  # the audit entry names the row that was removed
    _renumber(meeting, list(meeting.items.order_by("order")))
    audit_record(
        actor=actor,
        action=AuditAction.MEETING_ITEM_REMOVE,
        obj=item,
        subject=subject,
        before=before,
        after={"step_status": step.status} if step is not None else None,
    )
