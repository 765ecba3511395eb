"""Changes to the register of organisations.

Organisations come into the register in three ways: an import of a document names a party
not yet held, an administrator imports a spreadsheet of organisations, and the demo loader.
The first two are people's acts and go through ``organisation_create``, so that every new
organisation gets a unique address, its identifiers and one audit entry in the same way.
(The demo loader builds a whole register in bulk before anyone signs in; it writes rows.)

An organisation recorded as succeeded by another (a merger, an abolition with a named
successor, a new legal entity under a new name) is a fact about the register; what it
means for the agreements it is party to belongs to the apps that hold them, which
subscribe to ``ORGANISATION_SUCCEEDED`` (accord/core/events.py).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Container, Iterable, Mapping
from typing import Any

from django.contrib.auth.base_user import AbstractBaseUser
from django.contrib.auth.models import AbstractUser
from django.db import IntegrityError, transaction

from accord.audit.actions import AuditAction, History
from accord.audit.services import audit_record
from accord.core.dates import format_partial_date
from accord.core.errors import Invalid, Refused
from accord.core.events import publish
from accord.core.slugs import unique_slug
from accord.organisations.models import (
    Organisation,
    OrganisationIdentifier,
    OrganisationKind,
    OrganisationSuccession,
)

ORGANISATION_SUCCEEDED = "organisation.succeeded"
NOTE_MAX = 300


@transaction.atomic
def organisation_create(
    *,
    actor: AbstractBaseUser,
    name: str,
    kind: str = OrganisationKind.OTHER,
    short_name: str = "",
    area: Any = None,  # a governance Area; that app sits above this one
    website: str = "",
    established_on: dt.date | None = None,
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
        established_on=established_on,
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


@transaction.atomic
def organisation_record_succession(
    *,
    actor: AbstractUser,  # accounts' User: that app sits above this one
    predecessor: Organisation,
    successor: Organisation,
    date: dt.date,
    note: str = "",
    ceased: bool = True,
) -> OrganisationSuccession:
    """Record that ``successor`` took over from ``predecessor`` on ``date``. With
    ``ceased`` the predecessor stopped existing the day before (an abolition or merger);
    without, it carries on and only passed on some duties."""
    if not actor.has_perm("organisations.record_succession", predecessor):
        raise Refused("Only an administrator can record that an organisation was succeeded.")
    note = " ".join(note.split())
    errors = {}
    if successor.pk == predecessor.pk:
        errors["successor"] = "Choose another organisation: one cannot succeed itself."
    elif OrganisationSuccession.objects.filter(
        predecessor=successor, successor=predecessor
    ).exists():
        errors["successor"] = (
            f"{successor} is recorded as succeeded by {predecessor}, not after it."
        )
    if len(note) > NOTE_MAX:
        errors["note"] = f"The note can be at most {NOTE_MAX} characters."
    if predecessor.dissolved_on and predecessor.dissolved_on < date - dt.timedelta(days=1):
        errors["date"] = (
            f"{predecessor} ceased on {format_partial_date(predecessor.dissolved_on)}; its "
            "successor took over the day after at the latest."
        )
    if errors:
        raise Invalid(errors)
    try:
        with transaction.atomic():
            succession = OrganisationSuccession.objects.create(
                predecessor=predecessor, successor=successor, date=date, note=note
            )
    except IntegrityError:
        raise Invalid(
            {"successor": f"{successor} is already recorded as {predecessor}'s successor."}
        ) from None
    before = {"dissolved_on": predecessor.dissolved_on}
    if ceased and predecessor.dissolved_on is None:
        predecessor.dissolved_on = date - dt.timedelta(days=1)
        predecessor.save(update_fields=["dissolved_on"])
    audit_record(
        actor=actor,
        action=AuditAction.ORGANISATION_SUCCESSION_RECORD,
        obj=predecessor,
        subject=History.organisation(predecessor.pk),
        before=before,
        after={
            "successor": str(successor),
            "date": date,
            "note": note,
            "dissolved_on": predecessor.dissolved_on,
        },
    )
    publish(ORGANISATION_SUCCEEDED, succession_id=succession.pk, actor=actor)
    return succession
