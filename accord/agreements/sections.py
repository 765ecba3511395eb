"""What the agreements app adds to other apps' pages (see accord.core.sections)."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest

from accord.accounts.scope import scope_of
from accord.agreements.models import Party
from accord.agreements.visibility import (
    PUBLIC_AGREEMENT_STATUSES,
    visible_agreements,
    visible_through_agreement,
)
from accord.caching.values import cached_value
from accord.core.pagination import paginate
from accord.core.sections import add_section
from accord.governance.models import Body
from accord.organisations.models import Organisation
from accord.organisations.selectors import first_of

# A body's page lists this many of its agreements; the agreement list has the rest.
BODY_AGREEMENTS = 20


def _ordered_parties(organisation_id: int, *, every: bool) -> list[int]:
    parties = Party.objects.filter(organisation_id=organisation_id)
    if not every:
        parties = parties.filter(agreement__status__in=PUBLIC_AGREEMENT_STATUSES)
    ordered = parties.order_by("agreement__title", "agreement_id")
    return list(ordered.values_list("id", flat=True))


def organisation_parties(request: HttpRequest, organisation: Organisation) -> dict[str, Any]:
    """The agreements the organisation is party to that this person may see, by title, a
    page at a time: an organisation in every agreement of a region must not cost more.

    Putting an organisation's agreements in title order reads every one of them (1,300 for
    the busiest at national size), so for the public, and for administrators, the order is
    kept as a list of ids (``cached_value``, until a party or agreement next changes) and
    only the page shown is read. A member may also see agreements that are not public:
    theirs is read for them alone."""
    scope = scope_of(request.user)
    if scope.authenticated and not scope.administrator:
        parties = (
            Party.objects.filter(visible_through_agreement(request.user), organisation=organisation)
            .select_related("agreement")
            .order_by("agreement__title", "agreement_id")
        )
        return {"page": paginate(request, parties)}
    every = scope.administrator
    ids = cached_value(
        f"organisation-parties:{'every' if every else 'public'}:{organisation.pk}",
        lambda: _ordered_parties(organisation.pk, every=every),
    )
    page = paginate(request, ids)
    shown = Party.objects.select_related("agreement").in_bulk(list(page.object_list))
    page.object_list = [shown[pk] for pk in page.object_list if pk in shown]
    return {"page": page}


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
