"""Editing an agreement's approval route: which bodies take it, in what order, to do what."""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.db import transaction
from django.db.models import Max

from accord.agreements.models import Agreement
from accord.approvals.models import Action, ApprovalStep
from accord.audit.actions import AuditAction, History
from accord.audit.services import audit_record
from accord.core.errors import Conflict, Invalid, Refused

if TYPE_CHECKING:
    from accord.accounts.models import User
    from accord.governance.models import Body


def _require(actor: User, agreement: Agreement) -> None:
    if not actor.has_perm("agreements.edit_draft", agreement):
        raise Refused(
            "The route can be changed by a partnership officer for the owning body while the "
            "agreement is a draft or in consultation."
        )


@transaction.atomic
def step_add(
    *, actor: User, agreement: Agreement, body: Body | None, action: str, label: str = ""
) -> ApprovalStep:
    _require(actor, agreement)
    if action not in Action.values:
        raise Invalid(
            {
                "action": "Choose what the body does: agree, note, approve, endorse, consider or comment."
            }
        )
    label = label.strip()[:200]
    if body is None and not label:
        raise Invalid({"body": "Choose the body that takes this step."})
    order = (agreement.approval_steps.aggregate(m=Max("order"))["m"] or 0) + 1
    step = ApprovalStep.objects.create(
        agreement=agreement, order=order, body=body, label=label, action=action
    )
    audit_record(
        actor=actor,
        action=AuditAction.AGREEMENT_ROUTE_ADD,
        obj=agreement,
        subject=History.agreement(agreement.pk),
        after={"order": order, "body": str(body or label), "action": action},
    )
    return step


def _renumber(steps: list[ApprovalStep]) -> None:
    for index, step in enumerate(steps, start=1):
        ApprovalStep.objects.filter(pk=step.pk).update(order=10_000 + index)
    for index, step in enumerate(steps, start=1):
        ApprovalStep.objects.filter(pk=step.pk).update(order=index)


def _require_untaken(step: ApprovalStep) -> None:
    if step.status == "done" or step.agenda_items.exists():
        raise Conflict(
            f"Step {step.order} ({step}) has been taken or is on an agenda; it stays on record."
        )


@transaction.atomic
def step_remove(*, actor: User, step: ApprovalStep) -> None:
    agreement = step.agreement
    _require(actor, agreement)
    _require_untaken(step)
    before = {"order": step.order, "body": step.actor_name, "action": step.action}
    step.delete()
    _renumber(list(agreement.approval_steps.order_by("order")))
    audit_record(
        actor=actor,
        action=AuditAction.AGREEMENT_ROUTE_REMOVE,
        obj=agreement,
        subject=History.agreement(agreement.pk),
        before=before,
    )


@transaction.atomic
def step_move(*, actor: User, step: ApprovalStep, offset: int) -> None:
    agreement = step.agreement
    _require(actor, agreement)
    steps = list(agreement.approval_steps.order_by("order"))
    index = next(i for i, s in enumerate(steps) if s.pk == step.pk)
    target = index + offset
    if not 0 <= target < len(steps):
        raise Conflict("That step cannot move further.")
    for moved in (steps[index], steps[target]):
        _require_untaken(moved)
    steps.insert(target, steps.pop(index))
    _renumber(steps)
    audit_record(
        actor=actor,
        action=AuditAction.AGREEMENT_ROUTE_MOVE,
        obj=agreement,
        subject=History.agreement(agreement.pk),
        before={"order": index + 1},
        after={"order": target + 1, "step": str(step)},
    )
