"""What the approval route requires of an agreement's status, and what status changes and
new versions do to the route. Registered with the lifecycle in ``ApprovalsConfig.ready``.

The rule: every step of the route approves one exact version. Sign-up opens when the
steps up to ``Agreement.signup_opens_after`` (all of them when it is empty) are done on
the latest version; the agreement comes into force only when every step is done on the
version the parties signed. A new version sends the route back to its first step; what
was decided on the old text stays in the Decision rows.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from accord.agreements.models import Agreement, AgreementVersion
from accord.agreements.models import AgreementStatus as S
from accord.agreements.services.transitions import Move, condition, on_enter
from accord.agreements.services.versions import VERSION_PUBLISHED
from accord.approvals.models import ApprovalStep, StepStatus
from accord.audit.actions import AuditAction, History
from accord.audit.services import audit_record
from accord.core.events import Event, subscribe

if TYPE_CHECKING:
    from django.db.models import QuerySet


def steps_needed_for_sign_up(agreement: Agreement) -> QuerySet[ApprovalStep]:
    steps = agreement.approval_steps.all()
    if agreement.signup_opens_after:
        steps = steps.filter(order__lte=agreement.signup_opens_after)
    return steps


def first_not_done_on(
    steps: QuerySet[ApprovalStep], version: AgreementVersion | None
) -> ApprovalStep | None:
    """The first of ``steps`` that is not done on ``version``."""
    if version is None:
        return steps.order_by("order").first()
    return (
        steps.exclude(status=StepStatus.DONE, decided_version=version)
        .select_related("body")
        .order_by("order")
        .first()
    )


@condition(S.APPROVAL)
def _needs_a_route(move: Move) -> str | None:
    if not move.agreement.approval_steps.exists():
        return "Add the approval route first: which bodies take the agreement, and what each does."
    return None


@condition(S.SIGN_UP)
def _route_done_far_enough(move: Move) -> str | None:
    open_step = first_not_done_on(steps_needed_for_sign_up(move.agreement), move.version)
    if open_step is None:
        return None
    number = move.version.number if move.version else None
    return (
        f"The approval route is not finished on version {number}: step {open_step.order} "
        f"({open_step}) has not approved it yet."
    )


@condition(S.IN_FORCE)
def _route_done_on_the_signed_version(move: Move) -> str | None:
    agreement = move.agreement
    version = agreement.signing_version or move.version
    open_step = first_not_done_on(agreement.approval_steps.all(), version)
    if open_step is None:
        return None
    return (
        f"It cannot come into force until every step of the route has approved version "
        f"{version.number if version else '?'}: step {open_step.order} ({open_step}) has not."
    )


@on_enter(S.APPROVAL)
def _tell_the_first_body(move: Move) -> None:
    from accord.approvals.services.notifications import route_notify_next_step

    route_notify_next_step(move.agreement)


def route_restart_for_new_version(event: Event) -> None:
    """A new version was published: every step decided on another text starts again."""
    version = AgreementVersion.objects.select_related("agreement").get(
        pk=event.payload["version_id"]
    )
    agreement = version.agreement
    stale = list(
        agreement.approval_steps.exclude(status=StepStatus.PLANNED, decided_version=None)
        .exclude(status=StepStatus.SCHEDULED)
        .order_by("order")
    )
    if not stale:
        return
    for step in stale:
        step.status, step.meeting, step.decided_version = StepStatus.PLANNED, None, None
        step.decision_date, step.decision_text = None, ""
        step.save(
            update_fields=["status", "meeting", "decided_version", "decision_date", "decision_text"]
        )
    audit_record(
        actor=event.payload.get("actor"),
        action=AuditAction.AGREEMENT_ROUTE_RESTART,
        obj=agreement,
        subject=History.agreement(agreement.pk),
        after={"version": version.number, "steps_restarted": [s.order for s in stale]},
        note="A new version is approved by every step again; earlier decisions stay on record.",
    )


def register() -> None:
    subscribe(VERSION_PUBLISHED, route_restart_for_new_version, in_transaction=True)
