"""Changes to the party list of an agreement after it has been agreed: a party leaving by
notice, and a party removed by a recorded variation (most often one that no longer
exists). Joining and a successor taking a party's place are answers given through a
signing link (accord/signing/services/admissions.py).

Each change is a dated, permanent ``PartyChange`` and sets the party's ``left_on``: the
party list changes from that day, not before, so the list as at any earlier date still
shows the party. Other apps are told through events (who is told, webhooks).
"""

from __future__ import annotations

import datetime as dt

from django.db import transaction
from django.utils import timezone

from accord.accounts.models import User
from accord.agreements.models import Agreement, Party, PartyChange, PartyChangeKind
from accord.agreements.models import AgreementStatus as S
from accord.agreements.services.transitions import BINDING, agreement_advance
from accord.audit.actions import AuditAction, History
from accord.audit.services import audit_record
from accord.core.dates import format_partial_date
from accord.core.errors import Conflict, Invalid, Refused
from accord.core.events import publish

PARTY_LEAVING = "agreement.party.leaving"
PARTY_REMOVED = "agreement.party.removed"

REASON_MAX = 2000
# Long enough for any real notice period, short enough that a typing slip is caught.
NOTICE_DAYS_MAX = 3650


def _reason(text: str, *, what: str) -> str:
    text = text.strip()
    if not text:
        raise Invalid({"reason": f"Say why {what}."})
    if len(text) > REASON_MAX:
        raise Invalid({"reason": f"The reason can be at most {REASON_MAX} characters."})
    return text


def _lock(party: Party) -> tuple[Agreement, Party]:
    """Lock the agreement, then the party, as signing does: one change at a time."""
    agreement = Agreement.objects.select_for_update().get(pk=party.agreement_id)
    party = (
        Party.objects.select_for_update(of=("self",))
        .select_related("organisation")
        .get(pk=party.pk)
    )
    return agreement, party


def notice_effective_on(given_on: dt.date, period_days: int) -> dt.date:
    """The day a party that gave notice on ``given_on`` stops being a party."""
    return given_on + dt.timedelta(days=period_days)


@transaction.atomic
def party_give_notice(
    *,
    actor: User,
    party: Party,
    given_on: dt.date,
    reason: str,
    period_days: int | None = None,
) -> PartyChange:
    """Record that ``party`` gave notice to leave on ``given_on``. It stays a party for the
    notice period the agreement sets (or, when the agreement sets none, ``period_days``)
    and leaves on the day after the period ends."""
    if not actor.has_perm("agreements.give_notice", party):
        raise Refused(
            "Notice is recorded by a partnership officer for the owning body, or by a "
            f"signatory of {party.organisation}."
        )
    agreement, party = _lock(party)
    if agreement.status not in BINDING:
        raise Conflict(
            f"The agreement is {agreement.get_status_display().lower()}: a party gives notice "
            "to leave an agreement in force."
        )
    today = timezone.localdate()
    if not party.is_current(today):
        raise Conflict(f"{party.organisation} is not a party now, so it cannot give notice.")
    if party.left_on is not None:
        raise Conflict(
            f"{party.organisation} has already given notice: it leaves on "
            f"{format_partial_date(party.left_on)}."
        )
    reason = _reason(reason, what=f"{party.organisation} is leaving")
    errors = {}
    if given_on > today:
        errors["given_on"] = "The day notice was given must be today or earlier."
    elif party.joined_on and given_on < party.joined_on:
        errors["given_on"] = "Notice cannot have been given before the party joined."
    if agreement.notice_period_days is not None:
        period_days = agreement.notice_period_days
    elif period_days is None:
        errors["period_days"] = "The agreement sets no notice period: enter the one that applies."
    elif not 0 <= period_days <= NOTICE_DAYS_MAX:
        errors["period_days"] = f"Enter a notice period between 0 and {NOTICE_DAYS_MAX} days."
    if errors:
        raise Invalid(errors)
    assert period_days is not None  # from the agreement, or refused above when missing
    effective_on = notice_effective_on(given_on, period_days)
    party.left_on = effective_on
    party.save(update_fields=["left_on"])
    change = PartyChange.objects.create(
        agreement=agreement,
        party=party,
        kind=PartyChangeKind.NOTICE,
        effective_on=effective_on,
        party_name=party.name_as_party,
        reason=reason,
        notice_given_on=given_on,
        notice_period_days=period_days,
        recorded_at=timezone.now(),
        recorded_by=actor,
    )
    audit_record(
        actor=actor,
        action=AuditAction.AGREEMENT_PARTY_NOTICE,
        obj=agreement,
        subject=History.agreement(agreement.pk),
        after={
            "party": change.party_name,
            "notice_given_on": given_on,
            "notice_period_days": period_days,
            "leaves_on": effective_on,
            "reason": reason,
        },
    )
    publish(PARTY_LEAVING, change_id=change.pk, agreement_id=agreement.pk, actor=actor)
    return change


@transaction.atomic
def party_withdraw_notice(*, actor: User, party: Party, reason: str = "") -> PartyChange:
    """The party stays after all: its notice is withdrawn before the day it would leave."""
    if not actor.has_perm("agreements.give_notice", party):
        raise Refused(
            "A notice is withdrawn by a partnership officer for the owning body, or by a "
            f"signatory of {party.organisation}."
        )
    agreement, party = _lock(party)
    notice = party.changes.filter(kind=PartyChangeKind.NOTICE).order_by("-recorded_at").first()
    today = timezone.localdate()
    if notice is None or party.left_on is None or party.left_on != notice.effective_on:
        raise Conflict(f"{party.organisation} has no notice to withdraw.")
    if party.left_on <= today:
        raise Conflict(
            f"{party.organisation} left on {format_partial_date(party.left_on)}: a notice "
            "can only be withdrawn before it takes effect."
        )
    reason = reason.strip()[:REASON_MAX]
    party.left_on = None
    party.save(update_fields=["left_on"])
    change = PartyChange.objects.create(
        agreement=agreement,
        party=party,
        kind=PartyChangeKind.NOTICE_WITHDRAWN,
        effective_on=today,
        party_name=party.name_as_party,
        reason=reason,
        recorded_at=timezone.now(),
        recorded_by=actor,
    )
    audit_record(
        actor=actor,
        action=AuditAction.AGREEMENT_PARTY_NOTICE_WITHDRAW,
        obj=agreement,
        subject=History.agreement(agreement.pk),
        before={"party": change.party_name, "leaves_on": notice.effective_on},
        after={"leaves_on": None, "reason": reason},
    )
    return change


@transaction.atomic
def party_remove_by_variation(
    *, actor: User, party: Party, reason: str, effective_on: dt.date | None = None
) -> PartyChange:
    """Take ``party`` off the list of an agreement open for sign-up or in force, with the
    reason recorded: most often an organisation that no longer exists and whose successor
    does not take its place. Its signature, if it gave one, stays on record."""
    if not actor.has_perm("agreements.manage_agreement", party.agreement):
        raise Refused("Only a partnership officer for the owning body can vary the parties.")
    agreement, party = _lock(party)
    if agreement.status not in (S.SIGN_UP, *BINDING):
        raise Conflict(
            f"The agreement is {agreement.get_status_display().lower()}. Before sign-up, "
            "change the parties on the draft; after it has ended, its parties stay as they were."
        )
    today = timezone.localdate()
    effective_on = effective_on or today
    if not party.is_current(today):
        raise Conflict(f"{party.organisation} is not a party now: there is nothing to remove.")
    if party.left_on is not None:
        raise Conflict(
            f"{party.organisation} already leaves on {format_partial_date(party.left_on)}."
        )
    if effective_on > today:
        raise Invalid({"effective_on": "A removal takes effect today or on a day that has passed."})
    if party.joined_on and effective_on < party.joined_on:
        raise Invalid({"effective_on": "A party cannot be removed before it joined."})
    reason = _reason(reason, what=f"{party.organisation} is removed")
    party.left_on = effective_on
    party.save(update_fields=["left_on"])
    change = PartyChange.objects.create(
        agreement=agreement,
        party=party,
        kind=PartyChangeKind.REMOVAL,
        effective_on=effective_on,
        party_name=party.name_as_party,
        reason=reason,
        version=agreement.signing_version,
        recorded_at=timezone.now(),
        recorded_by=actor,
    )
    audit_record(
        actor=actor,
        action=AuditAction.AGREEMENT_PARTY_REMOVE_BY_VARIATION,
        obj=agreement,
        subject=History.agreement(agreement.pk),
        before={"party": change.party_name, "status": party.status},
        after={"left_on": effective_on, "reason": reason},
    )
    publish(PARTY_REMOVED, change_id=change.pk, agreement_id=agreement.pk, actor=actor)
    # In sign-up, the party removed may have been the last one the agreement waited for.
    agreement_advance(
        actor=actor, agreement=agreement, note=f"{change.party_name} was removed from the parties"
    )
    return change
