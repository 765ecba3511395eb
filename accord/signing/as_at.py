"""An agreement's parties and answers as they stood on a day: the sign-up table, the
agreement page and the open data read them from here, for today or for any day asked.

What stood on a day is read from dated records only: the status changes, the parties'
joining and leaving dates, the signatures' times and the organisations' successions.
Nothing later than the day is shown, so a view of 1 April 2021 shows who was party then
and who had signed by then, under the names they then had.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from django.db.models import Prefetch
from django.utils import timezone

from accord.agreements.models import (
    Agreement,
    AgreementStatus,
    AgreementVersion,
    Party,
    PartyChange,
    PartyStanding,
    StatusChange,
)
from accord.agreements.presenters import PartyState, party_state
from accord.agreements.selectors import party_queryset
from accord.agreements.services.transitions import ON_AN_AGREED_VERSION, latest_published
from accord.organisations.models import OrganisationSuccession
from accord.signing.models import AnswerKind, Signature


def end_of(day: dt.date) -> dt.datetime:
    """The first moment after ``day``, in Accord's time zone."""
    return timezone.make_aware(dt.datetime.combine(day + dt.timedelta(days=1), dt.time.min))


@dataclass(frozen=True)
class StatusOnDay:
    status: str
    version: AgreementVersion | None
    # False when Accord has no record of the agreement's status before today (it was
    # loaded or imported with its status): the status shown is today's.
    known: bool = True

    @property
    def label(self) -> str:
        return AgreementStatus(self.status).label


def status_on(agreement: Agreement, day: dt.date | None) -> StatusOnDay:
    if day is None:
        version = agreement.signing_version if agreement.signing_version_id else None
        return StatusOnDay(agreement.status, version or latest_published(agreement))
    changes = list(
        StatusChange.objects.filter(agreement=agreement)
        .select_related("version")
        .order_by("at", "pk")
    )
    if not changes:
        return StatusOnDay(agreement.status, agreement.signing_version, known=False)
    by_then = [c for c in changes if c.at < end_of(day)]
    if not by_then:
        return StatusOnDay(changes[0].before or AgreementStatus.DRAFT, None)
    last = by_then[-1]
    return StatusOnDay(last.to, last.version if last.to in ON_AN_AGREED_VERSION else None)


@dataclass
class PartyRow:
    party: Party
    signature: Signature | None  # its answer on the version, given by the day
    state: PartyState  # in the words every page uses (accord/agreements/presenters.py)
    invitations: list = field(default_factory=list)
    name: str = ""  # its name on the day
    successions: list[OrganisationSuccession] = field(default_factory=list)  # by the day
    in_place_of: Party | None = None  # a successor: the party whose place it took
    predecessor_signature: Signature | None = None  # and that party's own signature
    asked: list[Party] = field(default_factory=list)  # successors asked, not answered
    refused: list[Party] = field(default_factory=list)  # successors that declined
    leaves_on: dt.date | None = None  # notice given, not yet in effect on the day
    change: PartyChange | None = None  # how it joined or left, when it did

    @property
    def overdue(self) -> bool:
        return self.state.key == "overdue"

    @property
    def status_label(self) -> str:
        return self.state.label

    @property
    def no_longer_exists(self) -> bool:
        return bool(self.successions)


@dataclass
class PartiesOnDay:
    day: dt.date | None
    state: StatusOnDay
    rows: list[PartyRow]  # the parties on the day, in the agreement's order
    former: list[PartyRow]  # parties that had left by the day
    joining: list[Party]  # asked to join or to take a place, not answered (today only)
    changes: list[PartyChange]  # changes to the party list in effect by the day

    @property
    def version(self) -> AgreementVersion | None:
        return self.state.version


def _parties(agreement: Agreement, day: dt.date):
    return (
        party_queryset()
        .filter(agreement=agreement)
        .select_related("succeeds__organisation")
        .prefetch_related(
            Prefetch(
                "organisation__successions_out",
                queryset=OrganisationSuccession.objects.filter(date__lte=day)
                .select_related("successor")
                .order_by("date"),
                to_attr="successions_by_then",
            )
        )
        .order_by("order")
    )


def parties_on(agreement: Agreement, day: dt.date | None = None) -> PartiesOnDay:
    """The party list of ``agreement`` on ``day`` (today when None), with each party's
    answer on the version it then stood on."""
    today = timezone.localdate()
    when = day or today
    state = status_on(agreement, day)
    version = state.version
    parties = list(_parties(agreement, when))
    for party in parties:  # every row is of this agreement: reading it costs no query
        party.agreement = agreement
    answers: dict[int, Signature] = {}
    if version is not None:
        signatures = Signature.objects.filter(version=version).exclude(
            kind=AnswerKind.RECONFIRMATION
        )
        if day is not None:
            signatures = signatures.filter(signed_at__lt=end_of(day))
        answers = {s.party_id: s for s in signatures.order_by("signed_at")}
    changes = list(
        PartyChange.objects.filter(agreement=agreement, effective_on__lte=when)
        .select_related("party__organisation", "in_place_of__organisation")
        .order_by("effective_on", "recorded_at", "pk")
    )
    last_change = {c.party_id: c for c in changes}
    successors: dict[int, list[Party]] = {}
    for party in parties:
        if party.succeeds_id:
            successors.setdefault(party.succeeds_id, []).append(party)

    def row(party: Party) -> PartyRow:
        waiting = successors.get(party.pk, []) if day is None else []
        answer = answers.get(party.pk)
        return PartyRow(
            party=party,
            signature=answer,
            # Where it stood on the day, by the rule every page uses for today.
            state=party_state(
                answer.decision if answer else "pending",
                state.status,
                agreement.signup_deadline,
                when,
            ),
            name=party.organisation.name_on(when),
            # Set by the Prefetch above (to_attr): no field django-stubs could know of.
            successions=party.organisation.successions_by_then,  # type: ignore[attr-defined]
            in_place_of=party.succeeds if party.succeeds_id else None,
            predecessor_signature=answers.get(party.succeeds_id) if party.succeeds_id else None,
            asked=[p for p in waiting if p.standing == PartyStanding.INVITED],
            refused=[p for p in waiting if p.standing == PartyStanding.NOT_JOINED],
            leaves_on=party.left_on if party.left_on and party.left_on > when else None,
            change=last_change.get(party.pk),
        )

    current = [row(p) for p in parties if p.is_current(when)]
    former = [
        row(p)
        for p in parties
        if p.standing == PartyStanding.MEMBER and p.left_on is not None and p.left_on <= when
    ]
    joining = [p for p in parties if p.standing == PartyStanding.INVITED] if day is None else []
    return PartiesOnDay(day, state, current, former, joining, changes)
