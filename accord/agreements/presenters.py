"""The words every page, e-mail and export uses for where an agreement and its parties
stand: one rule for each, so no two pages can disagree.

A party that has not answered is "Not signed yet" while sign-up is open, and "Not signed
yet — overdue since <deadline>" once the deadline has passed (the same test ``accord
remind`` uses: today is after the deadline). Once sign-up is over it "Did not sign".
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.utils import timezone

from accord.agreements.models import AgreementStatus, PartyStatus
from accord.core.dates import format_partial_date

# "The agreement ..." followed by this reads as a sentence.
STATUS_PHRASES: dict[str, str] = {
    AgreementStatus.DRAFT: "is a draft",
    AgreementStatus.CONSULTATION: "is in consultation",
    AgreementStatus.APPROVAL: "is in approval",
    AgreementStatus.SIGN_UP: "is open for sign-up",
    AgreementStatus.IN_FORCE: "is in force",
    AgreementStatus.UNDER_REVIEW: "is under review",
    AgreementStatus.SUPERSEDED: "has been superseded",
    AgreementStatus.WITHDRAWN: "has been withdrawn",
}
SIGN_UP_OVER = (
    AgreementStatus.IN_FORCE,
    AgreementStatus.UNDER_REVIEW,
    AgreementStatus.SUPERSEDED,
    AgreementStatus.WITHDRAWN,
)


def status_phrase(status: str, *, now: bool = False) -> str:
    """ "is in approval"; with ``now``, "is now in approval"."""
    phrase = STATUS_PHRASES.get(status, f"is {status}")
    if now:
        verb, _, rest = phrase.partition(" ")
        phrase = f"{verb} now {rest}"
    return phrase


@dataclass(frozen=True)
class PartyState:
    key: str  # "signed", "declined", "not_signed", "overdue" or "did_not_sign"
    label: str
    colour: str

    @property
    def counts_as(self) -> str:
        """The group a summary counts it in: signed, declined or not signed."""
        return self.key if self.key in ("signed", "declined") else "not_signed"


def party_state(
    party_status: str,
    agreement_status: str,
    deadline: dt.date | None,
    today: dt.date | None = None,
) -> PartyState:
    if party_status == PartyStatus.SIGNED:
        return PartyState("signed", "Signed", "green")
    if party_status == PartyStatus.DECLINED:
        return PartyState("declined", "Declined", "red")
    if agreement_status in SIGN_UP_OVER:
        return PartyState("did_not_sign", "Did not sign", "grey")
    today = today or timezone.localdate()
    if agreement_status == AgreementStatus.SIGN_UP and deadline and today > deadline:
        since = format_partial_date(deadline)
        return PartyState("overdue", f"Not signed yet — overdue since {since}", "orange")
    return PartyState("not_signed", "Not signed yet", "yellow")


def state_of(party, agreement=None, today: dt.date | None = None) -> PartyState:
    agreement = agreement or party.agreement
    return party_state(party.status, agreement.status, agreement.signup_deadline, today)


def signup_sentence(states: list[PartyState], deadline: dt.date | None) -> str:
    """ "3 signed, 1 declined and 12 not signed yet (overdue since 31 March 2020)." """
    counts = {"signed": 0, "declined": 0, "not_signed": 0}
    overdue = any(state.key == "overdue" for state in states)
    for state in states:
        counts[state.counts_as] += 1
    waiting = f"{counts['not_signed']} not signed yet"
    if overdue and deadline:
        waiting += f" (overdue since {format_partial_date(deadline)})"
    elif counts["not_signed"] and deadline:
        waiting += f" (deadline {format_partial_date(deadline)})"
    return f"{counts['signed']} signed, {counts['declined']} declined and {waiting}."


def route_sentence(steps) -> str:
    """Where the approval route stands, step by step, for the signing e-mail: which steps
    are done and which are still to come, never "every board approved" unless it is so."""
    steps = list(steps)
    if not steps:
        return "No approval route is recorded for it."

    def describe(step) -> str:
        return f"step {step.order}, {step.actor_name} ({step.get_action_display().lower()})"

    done = [s for s in steps if s.status == "done"]
    waiting = [s for s in steps if s.status != "done"]
    if not waiting:
        names = "; ".join(describe(s) for s in done)
        return f"Every step of its approval route is done: {names}."
    said = (
        "Done so far: " + "; ".join(describe(s) for s in done) + "."
        if done
        else "No step of its approval route is done yet."
    )
    return (
        f"{said} Still to come: {'; '.join(describe(s) for s in waiting)}. Sign-up is open "
        "beside the rest of the route; the agreement comes into force only when every step "
        "is done."
    )
