"""Recording what a meeting decided, and what that does to the agreement's route."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from django.db import IntegrityError, transaction
from django.utils import timezone

from accord.agreements.models import Agreement, AgreementStatus
from accord.agreements.services.transitions import (
    agreement_advance,
    agreement_transition,
    latest_published,
    refusal,
)
from accord.approvals.models import (
    MINUTE_MAX_LENGTH,
    AgendaItem,
    ApprovalStep,
    Decision,
    Meeting,
    Outcome,
)
from accord.approvals.models import StepStatus as Step
from accord.approvals.selectors import first_open_step
from accord.approvals.services.agenda import step_refusal, subject_of
from accord.approvals.services.notifications import (
    notify_decision_recorded,
    route_notify_next_step,
)
from accord.audit.actions import AuditAction, History
from accord.audit.services import audit_record
from accord.core.errors import Conflict, Invalid, Refused
from accord.core.events import publish

if TYPE_CHECKING:
    from accord.accounts.models import User

STEP_DECIDED = "step.decided"

# What each outcome does to the step that was decided.
STEP_STATUS_AFTER: dict[str, str] = {
    Outcome.APPROVED: Step.DONE,
    Outcome.NOTED: Step.DONE,
    Outcome.DEFERRED: Step.DEFERRED,
    Outcome.REJECTED: Step.REJECTED,
    Outcome.APPROVED_WITH_AMENDMENTS: Step.PLANNED,
}


@dataclass
class RecordedDecision:
    """The decision, and what the secretary should be told about its consequences."""

    decision: Decision
    notices: list[str] = field(default_factory=list)


def _check_outcome(
    outcome: str, minute: str, restart_from_step: ApprovalStep | None, step: ApprovalStep | None
) -> None:
    if outcome not in Outcome.values:
        raise Invalid({"outcome": "Choose what the meeting decided."})
    if len(minute) > MINUTE_MAX_LENGTH:
        raise Invalid({"minute": f"The minute can be at most {MINUTE_MAX_LENGTH:,} characters."})
    amended = outcome == Outcome.APPROVED_WITH_AMENDMENTS
    if amended and step is None:
        raise Invalid({"outcome": "Only an approval step can be approved with amendments."})
    if not amended and restart_from_step is not None:
        raise Invalid(
            {
                "restart_from_step": "A step to start again from is only for a decision to "
                "approve with amendments."
            }
        )
    # An amended text is a new version, and every step approves a new version again
    # (docs/decisions/0007): the route always starts again from its first step.
    if amended and restart_from_step is not None and restart_from_step.order != 1:
        raise Invalid(
            {
                "restart_from_step": "An amended version goes through the whole route again, "
                "from step 1."
            }
        )


def _check_meeting_has_met(meeting: Meeting) -> None:
    # A meeting's date is the first day of its day, month or year, so this holds
    # whatever precision the date is known to.
    if meeting.date > timezone.localdate():
        raise Conflict(
            f"The meeting is on {meeting.display_date}: its decisions can be recorded once "
            "it has met."
        )


@transaction.atomic
def decision_record(
    *,
    actor: User,
    item: AgendaItem,
    outcome: str,
    minute: str = "",
    restart_from_step: ApprovalStep | None = None,
) -> RecordedDecision:
    """Record the meeting's decision on ``item``, once, and move the route on.

    Approved or noted: the step is done; after the last step the agreement opens for
    sign-up. Deferred: the step waits for a later agenda. Rejected: the agreement goes
    back to draft. Approved with amendments: the agreement goes back to draft for a new
    version, and the route starts again at ``restart_from_step``.
    """
    meeting = Meeting.objects.select_related("body").get(pk=item.meeting_id)
    if not actor.has_perm("approvals.record_decision", meeting):
        raise Refused(
            f"Only the secretary of {meeting.body.name} or an administrator can record its "
            "decisions."
        )
    # Locked so that a decision cannot be recorded twice by two people at once.
    item = AgendaItem.objects.select_for_update().get(pk=item.pk)
    if Decision.objects.filter(agenda_item=item).exists():
        raise Conflict("A decision has been recorded on this item already.")
    minute = minute.strip()
    step = None
    if item.approval_step_id is not None:
        step = (
            ApprovalStep.objects.select_for_update(of=("self",))
            .select_related("body")
            .get(pk=item.approval_step_id)
        )
    _check_outcome(outcome, minute, restart_from_step, step)
    _check_meeting_has_met(meeting)
    agreement = version = None
    if step is not None:
        agreement = Agreement.objects.select_for_update().get(pk=step.agreement_id)
        step.agreement = agreement
        reason = step_refusal(step, agreement)
        if reason:
            raise Conflict(reason)
        # The meeting decides on the text before it: the latest published version.
        version = latest_published(agreement)
        if outcome == Outcome.APPROVED_WITH_AMENDMENTS:
            restart_from_step = agreement.approval_steps.order_by("order").first()
    try:
        with transaction.atomic():
            decision = Decision.objects.create(
                agenda_item=item,
                approval_step=step,
                version=version,
                outcome=outcome,
                minute=minute,
                restart_from_step=restart_from_step,
                recorded_by=actor,
            )
    except IntegrityError:
        raise Conflict("A decision has been recorded on this item already.") from None
    recorded = RecordedDecision(decision)
    if step is None:
        audit_record(
            actor=actor,
            action=AuditAction.MEETING_ITEM_DECIDE,
            obj=decision,
            subject=subject_of(item),
            after={"item": item.title, "outcome": outcome, "minute": minute},
        )
        return recorded
    _apply_to_route(actor, decision, step, meeting, step.agreement, recorded)
    notify_decision_recorded(decision, notices=recorded.notices)
    return recorded


def _apply_to_route(
    actor: User,
    decision: Decision,
    step: ApprovalStep,
    meeting: Meeting,
    agreement: Agreement,
    recorded: RecordedDecision,
) -> None:
    outcome = decision.outcome
    version = decision.version
    # A step is decided on the published version before the meeting (step_refusal).
    assert version is not None
    before = {"step_status": step.status, "agreement_status": agreement.status}
    step.status = STEP_STATUS_AFTER[outcome]
    if step.status == Step.DONE:
        step.meeting = meeting
        step.decided_version = decision.version
        step.decision_date, step.decision_date_precision = meeting.date, meeting.date_precision
        step.decision_text = decision.minute or f"{decision.get_outcome_display()} at {meeting}."
    step.save(
        update_fields=[
            "status",
            "meeting",
            "decided_version",
            "decision_date",
            "decision_date_precision",
            "decision_text",
        ]
    )
    audit_record(
        actor=actor,
        action=AuditAction.STEP_DECIDE,
        obj=decision,
        subject=History.agreement(agreement.pk),
        before=before,
        after={
            "meeting": str(meeting),
            "step": str(step),
            "step_order": step.order,
            "version": version.number,
            "content_hash": version.content_hash,
            "outcome": outcome,
            "minute": decision.minute,
            "step_status": step.status,
        },
    )
    publish(STEP_DECIDED, decision_id=decision.pk, step_id=step.pk, agreement_id=agreement.pk)
    if outcome in (Outcome.REJECTED, Outcome.APPROVED_WITH_AMENDMENTS):
        why = (
            "rejected"
            if outcome == Outcome.REJECTED
            else "approved with amendments: a new version is needed"
        )
        agreement_transition(
            actor=actor,
            agreement=agreement,
            to=AgreementStatus.DRAFT,
            note=f"Step {step.order} ({step}) {why} at {meeting}.",
            check_permission=False,
        )
        agreement.status = AgreementStatus.DRAFT
        recorded.notices.append(
            f"{agreement.display_title} is back in draft. Its officer publishes a new version "
            "and moves it to approval again"
            + (
                "; the new version then goes through the whole route again, from step 1."
                if outcome == Outcome.APPROVED_WITH_AMENDMENTS
                else "."
            )
        )
    elif step.status == Step.DONE:
        _after_step_done(actor, agreement, step, meeting, recorded)


def _after_step_done(
    actor: User,
    agreement: Agreement,
    step: ApprovalStep,
    meeting: Meeting,
    recorded: RecordedDecision,
) -> None:
    moved = agreement_advance(
        actor=actor, agreement=agreement, note=f"Step {step.order} was decided at {meeting}."
    )
    agreement.refresh_from_db()
    following = first_open_step(agreement)
    if moved == AgreementStatus.SIGN_UP:
        recorded.notices.append(
            f"{agreement.display_title} is now open for sign-up, and each party's signatories "
            "have been sent a link to sign."
        )
    elif moved == AgreementStatus.IN_FORCE:
        recorded.notices.append(
            f"Every step is done and every party has signed: {agreement.display_title} is now "
            "in force."
        )
    if following is not None:
        route_notify_next_step(agreement)
        recorded.notices.append(
            f"Next on the route of {agreement.display_title}: step {following.order} ({following})."
        )
    elif agreement.status == AgreementStatus.SIGN_UP:
        recorded.notices.append(
            f"Every step is done; {agreement.display_title} comes into force when every party "
            "has signed."
        )
    elif agreement.status == AgreementStatus.APPROVAL:
        reason = refusal(agreement, AgreementStatus.SIGN_UP, actor=actor)
        recorded.notices.append(
            f"The decision is recorded and every step is done, but {agreement.display_title} "
            f"did not open for sign-up: {reason}"
        )
