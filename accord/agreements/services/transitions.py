"""The one place that decides where an agreement's status may go, and what follows.

draft ⇄ consultation → approval → sign-up → in force ⇄ under review → superseded;
in force (or under review) → expired when its end date has passed; withdrawn from
anywhere before it is superseded or expired.

Every path that changes an agreement's status (pages, the API, decisions, signatures,
closing sign-up, commands) calls ``agreement_transition`` or ``agreement_advance``. The
facts a move depends on belong to other apps (the route to approvals, signatures to
signing, consultations to consultations), so each app registers, in its own
``lifecycle.py``, the **conditions** it sets on a move (``condition``) and the **effects**
a move has on what it owns (``on_enter`` / ``on_leave``). They run inside the same
transaction as the move: a refused condition changes nothing, a failing effect rolls the
whole move back.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from django.db import transaction
from django.utils import timezone

from accord.agreements.models import Agreement, AgreementVersion, StatusChange
from accord.agreements.models import AgreementStatus as S
from accord.audit.actions import AuditAction, History
from accord.audit.anchoring import audit_publish_head
from accord.audit.services import audit_record
from accord.core.dates import format_partial_date
from accord.core.errors import Conflict
from accord.core.events import publish

if TYPE_CHECKING:
    from accord.accounts.models import User

ALLOWED: dict[str, set[str]] = {
    S.DRAFT: {S.CONSULTATION, S.APPROVAL, S.WITHDRAWN},
    S.CONSULTATION: {S.DRAFT, S.APPROVAL, S.WITHDRAWN},
    S.APPROVAL: {S.DRAFT, S.SIGN_UP, S.WITHDRAWN},
    S.SIGN_UP: {S.IN_FORCE, S.DRAFT, S.WITHDRAWN},
    S.IN_FORCE: {S.UNDER_REVIEW, S.SUPERSEDED, S.EXPIRED, S.WITHDRAWN},
    S.UNDER_REVIEW: {S.IN_FORCE, S.SUPERSEDED, S.EXPIRED, S.WITHDRAWN},
    S.SUPERSEDED: set(),
    S.EXPIRED: set(),
    S.WITHDRAWN: set(),
}
# Statuses in which an agreement stands on one agreed version: ``signing_version``.
ON_AN_AGREED_VERSION = (S.SIGN_UP, S.IN_FORCE, S.UNDER_REVIEW, S.SUPERSEDED, S.EXPIRED)
# Statuses in which an agreement has been agreed and binds its parties: where parties
# join, leave, are succeeded and re-confirm.
BINDING = (S.IN_FORCE, S.UNDER_REVIEW)

STATUS_CHANGED = "agreement.status.changed"


class TransitionRefused(Conflict):
    """The status change is not allowed now; ``str(error)`` says why in plain words."""


@dataclass(frozen=True)
class Move:
    """One status change as the conditions and effects see it."""

    agreement: Agreement
    before: str
    to: str
    actor: User | None
    version: AgreementVersion | None  # the latest published version


Condition = Callable[[Move], str | None]
Effect = Callable[[Move], None]

_conditions: list[tuple[frozenset[str], Condition]] = []
_entering: dict[str, list[Effect]] = {}
_leaving: dict[str, list[Effect]] = {}


def condition(*statuses: str) -> Callable[[Condition], Condition]:
    """Register ``check(move)`` for moves to any of ``statuses``; it returns why the move
    cannot happen, in plain words, or None."""

    def register(check: Condition) -> Condition:
        if check not in [c for _, c in _conditions]:
            _conditions.append((frozenset(statuses), check))
        return check

    return register


def on_enter(status: str) -> Callable[[Effect], Effect]:
    def register(effect: Effect) -> Effect:
        if effect not in _entering.setdefault(status, []):
            _entering[status].append(effect)
        return effect

    return register


def on_leave(status: str) -> Callable[[Effect], Effect]:
    def register(effect: Effect) -> Effect:
        if effect not in _leaving.setdefault(status, []):
            _leaving[status].append(effect)
        return effect

    return register


def latest_published(agreement: Agreement) -> AgreementVersion | None:
    return agreement.versions.filter(published_at__isnull=False).order_by("-number").first()


def refusal(agreement: Agreement, to: str, *, actor: User | None = None) -> str | None:
    """Why ``agreement`` cannot move to ``to`` now, or None when it can."""
    if to not in S.values:
        return f"“{to}” is not a status an agreement can have."
    here, there = S(agreement.status).label.lower(), S(to).label.lower()
    if to == agreement.status:
        return f"The agreement is already {here}."
    if to not in ALLOWED[agreement.status]:
        if not ALLOWED[agreement.status]:
            return f"The agreement is {here}; its status can no longer change."
        return f"An agreement that is {here} cannot become {there}."
    move = Move(agreement, agreement.status, to, actor, latest_published(agreement))
    for statuses, check in _conditions:
        if to in statuses:
            reason = check(move)
            if reason:
                return reason
    return None


@condition(S.CONSULTATION, S.APPROVAL, S.SIGN_UP)
def _needs_a_published_version(move: Move) -> str | None:
    if move.version is None:
        return "Publish a version first: consultation and approval are always on a fixed text."
    return None


@condition(S.SIGN_UP)
def _needs_parties(move: Move) -> str | None:
    if not move.agreement.parties.exists():
        return "Add the parties first: sign-up needs at least one party."
    return None


@condition(S.IN_FORCE)
def _in_force_on_the_version_open_for_sign_up(move: Move) -> str | None:
    agreement = move.agreement
    if move.before == S.SIGN_UP and agreement.signing_version_id != getattr(
        move.version, "pk", None
    ):
        return "Sign-up is not open on the latest version: it cannot come into force."
    return None


@condition(S.EXPIRED)
def _expires_after_its_end_date(move: Move) -> str | None:
    end = move.agreement.end_date
    if end is None:
        return "It has no end date, so it cannot expire; withdraw it to end it."
    if end >= timezone.localdate():
        return f"It is in force until {format_partial_date(end)}; it expires after that day."
    return None


@transaction.atomic
def agreement_transition(
    *,
    actor: User | None,
    agreement: Agreement,
    to: str,
    note: str = "",
    check_permission: bool = True,
    actor_label: str = "",
) -> Agreement:
    """Move the agreement to ``to``. Refused moves raise TransitionRefused and change nothing.

    ``check_permission=False`` is for moves the system makes as the result of another
    action the actor was allowed to take (the last signature bringing it into force).
    """
    agreement = Agreement.objects.select_for_update().get(pk=agreement.pk)
    if check_permission and (
        actor is None or not actor.has_perm("agreements.manage_agreement", agreement)
    ):
        raise TransitionRefused(
            "Only a partnership officer for the owning body can change this agreement's status."
        )
    reason = refusal(agreement, to, actor=actor)
    if reason:
        raise TransitionRefused(reason)
    before = agreement.status
    version = latest_published(agreement)
    agreement.status = to
    if to == S.SIGN_UP:
        agreement.signing_version = version
    elif to not in ON_AN_AGREED_VERSION:
        agreement.signing_version = None
    agreement.save(update_fields=["status", "signing_version"])
    StatusChange.objects.create(
        agreement=agreement,
        before=before,
        to=to,
        version=agreement.signing_version,
        at=timezone.now(),
        note=note[:2000],
    )
    audit_record(
        actor=actor,
        action=AuditAction.AGREEMENT_STATUS_CHANGE,
        obj=agreement,
        before={"status": before},
        after={
            "status": to,
            **({"version": version.number} if to == S.SIGN_UP and version is not None else {}),
        },
        note=note,
        subject=History.agreement(agreement.pk),
        actor_label=actor_label,
    )
    move = Move(agreement, before, to, actor, version)
    for effect in _leaving.get(before, []):
        effect(move)
    for effect in _entering.get(to, []):
        effect(move)
    publish(STATUS_CHANGED, agreement_id=agreement.pk, before=before, to=to)
    return agreement


# The statuses an agreement passes through to reach each status, whose conditions must
# all hold of an agreement standing there.
ROUTE_TO: dict[str, tuple[str, ...]] = {
    S.DRAFT: (),
    S.CONSULTATION: (S.CONSULTATION,),
    S.APPROVAL: (S.APPROVAL,),
    S.SIGN_UP: (S.APPROVAL, S.SIGN_UP),
    S.IN_FORCE: (S.APPROVAL, S.SIGN_UP, S.IN_FORCE),
    S.UNDER_REVIEW: (S.APPROVAL, S.SIGN_UP, S.IN_FORCE),
    S.SUPERSEDED: (S.APPROVAL, S.SIGN_UP, S.IN_FORCE),
    S.EXPIRED: (S.APPROVAL, S.SIGN_UP, S.IN_FORCE, S.EXPIRED),
    S.WITHDRAWN: (),
}


def status_problems(agreement: Agreement) -> list[str]:
    """What is untrue about the agreement standing where it stands: the conditions of
    every move that leads to its status, checked now. Empty for a true record. Used to
    check records that did not come through ``agreement_transition`` (the demo data)."""
    problems: list[str] = []
    before: str = S.DRAFT
    version = latest_published(agreement)
    if agreement.status in ON_AN_AGREED_VERSION and agreement.signing_version_id != getattr(
        version, "pk", None
    ):
        problems.append("It does not stand on its latest published version.")
    for status in ROUTE_TO[agreement.status]:
        move = Move(agreement, before, status, None, version)
        problems += [
            reason
            for statuses, check in _conditions
            if status in statuses and (reason := check(move))
        ]
        before = status
    return list(dict.fromkeys(problems))


# The moves the system makes on its own when their conditions are met: a finished route
# opens sign-up, and a finished sign-up (with a finished route) brings it into force.
AUTOMATIC: dict[str, str] = {S.APPROVAL: S.SIGN_UP, S.SIGN_UP: S.IN_FORCE}


def agreement_advance(*, actor: User, agreement: Agreement, note: str) -> str | None:
    """Make the next automatic move if its conditions now hold; returns the new status, or
    None when the agreement stays where it is."""
    moved_to = None
    for _ in AUTOMATIC:  # at most every automatic move once: sign-up, then in force
        agreement = Agreement.objects.get(pk=agreement.pk)
        to = AUTOMATIC.get(agreement.status)
        if to is None or refusal(agreement, to, actor=actor) is not None:
            break
        agreement_transition(
            actor=actor, agreement=agreement, to=to, note=note, check_permission=False
        )
        moved_to = to
    return moved_to


@on_enter(S.IN_FORCE)
def _publish_the_audit_head(move: Move) -> None:
    """An agreement in force is a fact people will rely on: publish the sealed end of the
    audit chain (accord/audit/anchoring.py) once the move has committed."""
    title = move.agreement.display_title
    transaction.on_commit(lambda: audit_publish_head(reason=f"{title} came into force"))
