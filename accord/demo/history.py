"""What the demo file records of an agreement's past beyond its text: who signed before
Accord was used (a signatory whose account cannot sign in, and whose authority has
ended), and since when each agreement has stood where it stands (its status history,
which the "as at a date" views read)."""

from __future__ import annotations

import datetime as dt

from django.utils import timezone

from accord.accounts.models import User
from accord.agreements.models import Agreement, Party, PartyStatus, StatusChange
from accord.core.dates import parse_partial_date
from accord.signing.models import AuthorisedSignatory, Decision, Method, Signature


def load_signatories(rows, orgs, naming) -> dict[str, AuthorisedSignatory]:
    signatories = {}
    for row in rows or []:
        local, _, domain = row["email"].partition("@")
        email = row["email"] if naming.number is None else f"{local}+{naming.number}@{domain}"
        user = User.objects.create_user(email=email, password=None, full_name=row["name"])
        # A record of who signed, not someone who signs in: no password, no access.
        User.objects.filter(pk=user.pk).update(is_active=False)
        signatories[row["key"]] = AuthorisedSignatory.objects.create(
            organisation=orgs[row["organisation"]],
            user=user,
            post=row["post"],
            authority=row["authority"],
            active=False,
        )
    return signatories


def _moment(value: str) -> dt.datetime:
    moment = dt.datetime.fromisoformat(str(value))
    return timezone.make_aware(moment) if timezone.is_naive(moment) else moment


def record_signature(party: Party, signed: dict, signatories, missing) -> Signature:
    """The party's signature on the version its agreement stands on."""
    agreement = party.agreement
    version = agreement.signing_version
    if version is None:
        raise missing(f"{agreement.slug}: a party signed, but no version is open for signing.")
    try:
        signatory = signatories[signed["by"]]
    except KeyError:
        raise missing(f"No signatory has the key {signed['by']!r}.") from None
    signature = Signature.objects.create(
        party=party,
        version=version,
        content_hash=version.content_hash,
        decision=Decision.SIGNED,
        signatory=signatory,
        organisation_name=party.name_as_party,
        full_name=signatory.user.full_name,
        post=signatory.post,
        signed_at=_moment(signed["at"]),
        method=Method.RECORDED,
    )
    Party.objects.filter(pk=party.pk).update(status=PartyStatus.SIGNED)
    return signature


def record_status_since(agreement: Agreement, since) -> None:
    """Since when the agreement has had its status: from the file, else the day of its
    latest version; with neither, from the day it was loaded."""
    if agreement.status == "draft":
        return
    version = agreement.signing_version
    day = parse_partial_date(since)[0] if since else (version.date if version else None)
    at = timezone.make_aware(dt.datetime.combine(day, dt.time(12))) if day else timezone.now()
    StatusChange.objects.create(
        agreement=agreement,
        before="",
        to=agreement.status,
        version=version,
        at=at,
        note="as the source documents record it",
    )
