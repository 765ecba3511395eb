"""What the agreements app adds to other apps' pages (see accord.core.sections)."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest

from accord.agreements.models import Party
from accord.agreements.visibility import visible_agreements, visible_through_agreement
from accord.core.pagination import paginate
from accord.core.sections import add_section
from accord.governance.models import Body
from accord.organisations.models import Organisation
from accord.organisations.selectors import first_of

# A body's page lists this many of its agreements; the agreement list has the rest.
BODY_AGREEMENTS = 20


def organisation_parties(request: HttpRequest, organisation: Organisation) -> dict[str, Any]:
    """The agreements the organisation is party to that this person may see, by title, a
    page at a time: an organisation in every agreement of a region must not cost more."""
    parties = (
        Party.objects.filter(visible_through_agreement(request.user), organisation=organisation)
        .select_related("agreement")
        .order_by("agreement__title", "agreement_id")
    )
    return {"page": paginate(request, parties)}


def body_agreements(request: HttpRequest, body: Body) -> dict[str, Any]:
    owned = visible_agreements(request.user).filter(owning_body=body).order_by("title", "id")
    agreements, count = first_of(owned, BODY_AGREEMENTS)
    return {"agreements": agreements, "agreement_count": count, "body": body}


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
