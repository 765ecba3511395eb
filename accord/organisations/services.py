"""Changes to the register of organisations that other parts of Accord act on.

Recording that an organisation was succeeded by another (a merger, an abolition with a
named successor, a new legal entity under a new name) is a fact about the register;
what it means for the agreements the organisation is party to belongs to the apps that
hold them, which subscribe to ``ORGANISATION_SUCCEEDED`` (accord/core/events.py).
"""

from __future__ import annotations

import datetime as dt

from django.db import IntegrityError, transaction

from accord.audit.actions import AuditAction, History
from accord.audit.services import audit_record
from accord.core.dates import format_partial_date
from accord.core.errors import Invalid, Refused
from accord.core.events import publish
from accord.organisations.models import Organisation, OrganisationSuccession

ORGANISATION_SUCCEEDED = "organisation.succeeded"
NOTE_MAX = 300


@transaction.atomic
def organisation_record_succession(
    *,
    actor,
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
