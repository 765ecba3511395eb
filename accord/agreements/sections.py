"""What the agreements app adds to other apps' pages (see accord.core.sections)."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest

from accord.agreements.visibility import visible_agreements
from accord.core.sections import add_section
from accord.governance.models import Body
from accord.organisations.models import Organisation


def organisation_parties(request: HttpRequest, organisation: Organisation) -> dict[str, Any]:
    """The agreements the organisation is party to that this person may see, by title."""
    visible = set(
        visible_agreements(request.user)
        .filter(parties__organisation=organisation)
        .values_list("id", flat=True)
    )
    parties = sorted(
        (party for party in organisation.parties.all() if party.agreement_id in visible),
        key=lambda party: party.agreement.title,
    )
    return {"parties": parties}


def body_agreements(request: HttpRequest, body: Body) -> dict[str, Any]:
    return {"agreements": visible_agreements(request.user).filter(owning_body=body)}


def register() -> None:
    add_section(
        "organisation",
        name="agreements",
        template="agreements/sections/organisation_parties.html",
        context=organisation_parties,
        order=10,
    )
    add_section(
        "body",
        name="agreements",
        template="agreements/sections/body_agreements.html",
        context=body_agreements,
        order=10,
    )
