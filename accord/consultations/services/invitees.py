"""Who is asked to comment: the people the officer names, the people on record for each
consulted organisation, and everyone holding a role at a consulted body or organisation."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace

from django.db.models import Q

from accord.accounts.models import Role
from accord.governance.models import Body
from accord.organisations.models import Organisation, Person


@dataclass(frozen=True)
class Invitee:
    name: str
    email: str
    organisation: Organisation | None = None
    body: Body | None = None


def gather_invitees(
    *,
    named: Iterable[Invitee],
    bodies: Iterable[Body],
    organisations: Iterable[Organisation],
) -> list[Invitee]:
    """One invitee per address (compared without case), the first name given for it kept,
    and the body or organisation it speaks for filled in from any later source."""
    bodies, organisations = list(bodies), list(organisations)
    sources: list[Invitee] = list(named)
    people = (
        Person.objects.filter(organisation__in=organisations)
        .exclude(email="")
        .select_related("organisation")
        .order_by("name", "pk")
    )
    sources += [Invitee(p.name, p.email, organisation=p.organisation) for p in people]
    roles = (
        Role.objects.filter(Q(body__in=bodies) | Q(organisation__in=organisations))
        .filter(user__is_active=True)
        .select_related("user", "body", "organisation")
        .order_by("user__email", "pk")
    )
    sources += [
        Invitee(r.user.display_name, r.user.email, organisation=r.organisation, body=r.body)
        for r in roles
    ]
    by_address: dict[str, Invitee] = {}
    for invitee in sources:
        address = invitee.email.strip().lower()
        known = by_address.get(address)
        if known is None:
            by_address[address] = replace(invitee, email=address, name=invitee.name.strip())
            continue
        by_address[address] = replace(
            known,
            name=known.name or invitee.name.strip(),
            organisation=known.organisation or invitee.organisation,
            body=known.body or invitee.body,
        )
    return list(by_address.values())
