"""Where an agreement's status may go next, and why not when it may not.

draft ⇄ consultation → approval → sign-up → in force ⇄ under review → superseded;
withdrawn from anywhere before it is superseded. "Approved with amendments" sends an
agreement in approval back to draft for a new version.
"""

from __future__ import annotations

from django.db import transaction
from django.utils import timezone

from accord.agreements.models import Agreement
from accord.agreements.models import AgreementStatus as S
from accord.audit.services import audit_record

ALLOWED: dict[str, set[str]] = {
    S.DRAFT: {S.CONSULTATION, S.APPROVAL, S.WITHDRAWN},
    S.CONSULTATION: {S.DRAFT, S.APPROVAL, S.WITHDRAWN},
    S.APPROVAL: {S.DRAFT, S.SIGN_UP, S.WITHDRAWN},
    S.SIGN_UP: {S.IN_FORCE, S.DRAFT, S.WITHDRAWN},
    S.IN_FORCE: {S.UNDER_REVIEW, S.SUPERSEDED, S.WITHDRAWN},
    S.UNDER_REVIEW: {S.IN_FORCE, S.SUPERSEDED, S.WITHDRAWN},
    S.SUPERSEDED: set(),
    S.WITHDRAWN: set(),
}


class TransitionRefused(Exception):
    """The status change is not allowed now; ``str(error)`` says why in plain words."""


def refusal(agreement: Agreement, to: str) -> str | None:
    """Why ``agreement`` cannot move to ``to`` now, or None when it can."""
    here, there = S(agreement.status).label.lower(), S(to).label.lower() if to in S.values else to
    if to not in S.values:
        return f"“{to}” is not a status an agreement can have."
    if to == agreement.status:
        return f"The agreement is already {here}."
    if to not in ALLOWED[agreement.status]:
        if not ALLOWED[agreement.status]:
            return f"The agreement is {here}; its status can no longer change."
        return f"An agreement that is {here} cannot become {there}."
    published = agreement.versions.filter(published_at__isnull=False)
    if to in (S.CONSULTATION, S.APPROVAL) and not published.exists():
        return "Publish a version first: consultation and approval are always on a fixed text."
    if to == S.APPROVAL and not agreement.approval_steps.exists():
        return "Add the approval route first: which bodies take the agreement, and what each does."
    if to == S.SIGN_UP:
        open_steps = agreement.approval_steps.exclude(status="done")
        if open_steps.exists():
            first = open_steps.select_related("body").order_by("order").first()
            return (
                f"The approval route is not finished: step {first.order} ({first}) is still open."
            )
        if not agreement.parties.exists():
            return "Add the parties first: sign-up needs at least one party."
    return None


@transaction.atomic
def agreement_transition(
    *, actor, agreement: Agreement, to: str, note: str = "", check_permission: bool = True
) -> Agreement:
    """Move the agreement to ``to``. Refused moves raise TransitionRefused and change nothing.

    ``check_permission=False`` is for moves the system makes as the result of another
    action the actor was allowed to take (the last decision of the route opening sign-up).
    """
    agreement = Agreement.objects.select_for_update().get(pk=agreement.pk)
    if check_permission and not actor.has_perm("agreements.manage_agreement", agreement):
        raise TransitionRefused(
            "Only a partnership officer for the owning body can change this agreement's status."
        )
    reason = refusal(agreement, to)
    if reason:
        raise TransitionRefused(reason)
    before = agreement.status
    agreement.status = to
    agreement.save(update_fields=["status"])
    if to == S.APPROVAL:
        # The first body on the route is told the agreement is waiting for it.
        from accord.approvals.services.notifications import route_notify_next_step

        route_notify_next_step(agreement)
    _announce(agreement, to)
    audit_record(
        actor=actor,
        action="agreement.status.change",
        obj=agreement,
        before={"status": before},
        after={"status": to},
        note=note,
        subject=f"agreement:{agreement.pk}",
    )
    return agreement


def _announce(agreement: Agreement, to: str) -> None:
    """Tell registered webhooks when an agreement becomes public (sign-up) or comes into force."""
    if to not in (S.SIGN_UP, S.IN_FORCE):
        return
    from django.conf import settings

    from accord.api.webhooks.services import webhook_emit

    version = agreement.versions.filter(published_at__isnull=False).order_by("-number").first()
    url = settings.ACCORD_BASE_URL + agreement.get_absolute_url()
    if to == S.SIGN_UP:
        webhook_emit(
            "agreement.published",
            {
                "agreement": agreement.slug,
                "title": agreement.title,
                "version": version.number if version else None,
                "owning_body": agreement.owning_body.slug if agreement.owning_body_id else None,
                "status": to,
                "url": url,
            },
        )
    else:
        webhook_emit(
            "agreement.in_force",
            {
                "agreement": agreement.slug,
                "title": agreement.title,
                "version": version.number if version else None,
                "in_force_from": timezone.localdate(),
                "url": url,
            },
        )
