"""Existing parties are told, not asked, when the party list changes after an agreement
is agreed: a party joins, a successor takes a party's place, a party gives notice or is
removed. Each current party's authorised signatories and the agreement's officers get
one e-mail; it goes after the change has committed."""

from __future__ import annotations

from django.db.models import Q

from accord.agreements import notify
from accord.agreements.models import Party, PartyChange
from accord.agreements.services.party_changes import PARTY_LEAVING, PARTY_REMOVED
from accord.core.events import Event, subscribe
from accord.signing.models import AuthorisedSignatory
from accord.signing.services.answers import PARTY_CONFIRMED, PARTY_JOINED


def recipients(change: PartyChange) -> list[str]:
    others = Party.objects.current().filter(agreement_id=change.agreement_id)
    others = others.exclude(Q(pk=change.party_id) | Q(pk=change.in_place_of_id or 0))
    signatories = AuthorisedSignatory.objects.filter(
        organisation__in=others.values("organisation_id"), active=True, user__is_active=True
    ).values_list("user__email", flat=True)
    return sorted(set(signatories) | set(notify.people_of_owning_body(change.agreement)))


def tell_the_parties(event: Event) -> None:
    change = PartyChange.objects.select_related(
        "agreement", "party__organisation", "in_place_of"
    ).get(pk=event.payload["change_id"])
    notify.send(
        "signing/email/party_news",
        {
            "change": change,
            "agreement": change.agreement,
            "link": notify.link(change.agreement.get_absolute_url()),
        },
        recipients(change),
    )


def register() -> None:
    for name in (PARTY_JOINED, PARTY_CONFIRMED, PARTY_LEAVING, PARTY_REMOVED):
        subscribe(name, tell_the_parties)
