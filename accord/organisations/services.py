"""Changes to the register of organisations.

Organisations come into the register in three ways: an import of a document names a party
not yet held, an administrator imports a spreadsheet of organisations, and the demo loader.
The first two are people's acts and go through ``organisation_create``, so that every new
organisation gets a unique address, its identifiers and one audit entry in the same way.
(The demo loader builds a whole register in bulk before anyone signs in; it writes rows.)
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Container, Iterable, Mapping
from typing import Any

from django.contrib.auth.base_user import AbstractBaseUser
from django.db import transaction

from accord.audit.actions import AuditAction, History
from accord.audit.services import audit_record
from accord.core.slugs import unique_slug
from accord.organisations.models import Organisation, OrganisationIdentifier, OrganisationKind


@transaction.atomic
def organisation_create(
    *,
    actor: AbstractBaseUser,
    name: str,
    kind: str = OrganisationKind.OTHER,
    short_name: str = "",
    area: Any = None,  # a governance Area; that app sits above this one
    website: str = "",
    dissolved_on: dt.date | None = None,
    identifiers: Iterable[tuple[str, str]] = (),
    slug: str = "",
    taken: Container[str] = (),
    action: AuditAction = AuditAction.ORGANISATION_CREATE,
    audit_after: Mapping[str, Any] | None = None,
    note: str = "",
) -> Organisation:
    """Add an organisation to the register and audit it.

    The caller has decided the actor may do this (an officer confirming an import, an
    administrator importing the register): the register has no page of its own to add
    one. ``slug`` is used when given and free; otherwise one is made from the name,
    unique among the rows and ``taken`` (slugs a batch is about to use).
    """
    if not slug or slug in taken or Organisation.objects.filter(slug=slug).exists():
        slug = unique_slug(name, model=Organisation, taken=taken, fallback="organisation")
    organisation = Organisation.objects.create(
        name=name,
        slug=slug,
        kind=kind,
        short_name=short_name,
        area=area,
        website=website,
        dissolved_on=dissolved_on,
    )
    for scheme, code in sorted(set(identifiers)):
        OrganisationIdentifier.objects.create(organisation=organisation, scheme=scheme, code=code)
    audit_record(
        actor=actor,
        action=action,
        obj=organisation,
        subject=History.organisation(organisation.pk),
        after=dict(audit_after) if audit_after is not None else {"name": name, "kind": kind},
        note=note,
    )
    return organisation
