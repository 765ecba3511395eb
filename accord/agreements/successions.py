"""Parties that no longer exist: what an organisation's succession means for agreements.

An organisation recorded as succeeded (accord/organisations/services.py) stays a party
to the agreements it signed: its signature was given while it existed. Every agreement
open for sign-up or binding to which it is still a party is flagged, from the day of the
succession, until its successor confirms the agreement in its place (a novation,
accord/signing/services/admissions.py) or the officer removes it by a recorded
variation (accord/agreements/services/party_changes.py). The flag is read from the
record, not stored: an agreement that reaches sign-up with a party already succeeded is
flagged the same way.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from django.db.models import Prefetch, QuerySet
from django.urls import reverse
from django.utils import timezone

from accord.agreements import notify
from accord.agreements.models import Agreement, Party, PartyStanding
from accord.agreements.models import AgreementStatus as S
from accord.core.events import Event, publish, subscribe
from accord.organisations.models import OrganisationSuccession
from accord.organisations.services import ORGANISATION_SUCCEEDED

FLAGGED_STATUSES = (S.SIGN_UP, S.IN_FORCE, S.UNDER_REVIEW)
PARTY_SUCCEEDED = "agreement.party.succeeded"


@dataclass
class SucceededParty:
    """A party whose organisation no longer exists, its successors, and where the
    confirmation stands."""

    party: Party
    successions: list[OrganisationSuccession]
    asked: list[Party] = field(default_factory=list)  # successors asked, not answered
    refused: list[Party] = field(default_factory=list)  # successors that declined

    @property
    def since(self) -> dt.date:
        return min(s.date for s in self.successions)

    @property
    def successor_names(self) -> str:
        return " and ".join(s.successor.name for s in self.successions)


def _successions_by(day: dt.date) -> Prefetch:
    return Prefetch(
        "organisation__successions_out",
        queryset=OrganisationSuccession.objects.filter(date__lte=day).select_related("successor"),
        to_attr="successions_by_then",
    )


def succeeded_parties(
    agreements: QuerySet[Agreement] | None = None, *, on: dt.date | None = None
) -> list[SucceededParty]:
    """Every party, of an agreement open for sign-up or binding, whose organisation had
    been succeeded by ``on`` (today) and that is still on the party list then."""
    day = on or timezone.localdate()
    parties = (
        Party.objects.current(day)
        .filter(
            agreement__status__in=FLAGGED_STATUSES,
            organisation__successions_out__date__lte=day,
        )
        .distinct()
        .select_related("organisation", "agreement__owning_body")
        .prefetch_related(
            _successions_by(day),
            "organisation__other_names",
            Prefetch(
                "successor_parties",
                queryset=Party.objects.select_related("organisation").exclude(
                    standing=PartyStanding.MEMBER
                ),
            ),
        )
        .order_by("agreement__title", "order")
    )
    if agreements is not None:
        parties = parties.filter(agreement__in=agreements)
    found = []
    for party in parties:
        waiting = list(party.successor_parties.all())
        found.append(
            SucceededParty(
                party=party,
                successions=party.organisation.successions_by_then,
                asked=[p for p in waiting if p.standing == PartyStanding.INVITED],
                refused=[p for p in waiting if p.standing == PartyStanding.NOT_JOINED],
            )
        )
    return found


def successions_on(organisation, day: dt.date) -> list[OrganisationSuccession]:
    """The successions of ``organisation`` dated on or before ``day``, from a prefetch of
    ``successions_out`` (with successor) when the caller made one."""
    return [s for s in organisation.successions_out.all() if s.date <= day]


def flag_agreements(event: Event) -> None:
    """A succession was recorded: announce each agreement it affects today."""
    succession = OrganisationSuccession.objects.select_related("predecessor", "successor").get(
        pk=event.payload["succession_id"]
    )
    if succession.date > timezone.localdate():
        return  # recorded ahead of time: the agreements are flagged from that day
    affected = Party.objects.current().filter(
        organisation=succession.predecessor, agreement__status__in=FLAGGED_STATUSES
    )
    for party in affected.select_related("agreement"):
        publish(
            PARTY_SUCCEEDED,
            party_id=party.pk,
            agreement_id=party.agreement_id,
            succession_id=succession.pk,
        )


def tell_the_officers(event: Event) -> None:
    party = Party.objects.select_related("agreement__owning_body", "organisation").get(
        pk=event.payload["party_id"]
    )
    succession = OrganisationSuccession.objects.select_related("successor").get(
        pk=event.payload["succession_id"]
    )
    notify.send(
        "agreements/email/succession",
        {
            "agreement": party.agreement,
            "party": party,
            "succession": succession,
            "link": notify.link(reverse("attention")),
        },
        notify.people_of_owning_body(party.agreement),
    )


def register() -> None:
    subscribe(ORGANISATION_SUCCEEDED, flag_agreements, in_transaction=True)
    subscribe(PARTY_SUCCEEDED, tell_the_officers)
