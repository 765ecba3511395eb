"""What the sign-up pages show, each in a fixed number of queries."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import replace

from django.utils import timezone

from accord.agreements.models import Agreement, AgreementVersion, PartyStatus
from accord.agreements.presenters import signup_sentence
from accord.agreements.selectors import parties_by_category, party_queryset
from accord.caching.values import cached_rows_value
from accord.core.pagination import first_rows
from accord.core.presenters import Progress
from accord.signing.as_at import PartyRow, parties_on
from accord.signing.models import (
    AnswerKind,
    AuthorisedSignatory,
    Decision,
    Signature,
    SigningInvitation,
)

__all__ = [
    "PartyRow",
    "active_signatories",
    "progress",
    "sign_page",
    "signed_parties",
    "signing_version_of",
]


def signing_version_of(agreement: Agreement) -> AgreementVersion | None:
    """The version sign-up is (or was last) about: the one opened for sign-up, else the
    latest published."""
    if agreement.signing_version is not None:
        return agreement.signing_version
    return agreement.versions.filter(published_at__isnull=False).order_by("-number").first()


def invitation_summary(agreement: Agreement) -> tuple[int, list[str]]:
    """How many unused links are out on the open version, and which parties have no
    authorised signatory to send one to."""
    version = agreement.signing_version
    if version is None:
        return 0, []
    invited = (
        SigningInvitation.objects.filter(
            party__agreement=agreement,
            version=version,
            used_at__isnull=True,
            revoked_at__isnull=True,
        )
        .exclude(kind=AnswerKind.CONSENT)
        .count()
    )
    without = (
        agreement.parties.current()
        .filter(status=PartyStatus.PENDING)
        .exclude(organisation__signatories__active=True)
        .select_related("organisation")
    )
    return invited, [str(p.organisation) for p in without]


def active_signatories(organisation_ids: Iterable[int]) -> dict[int, list[AuthorisedSignatory]]:
    """Who may sign for each of these organisations now, by organisation."""
    found: dict[int, list[AuthorisedSignatory]] = {}
    for signatory in AuthorisedSignatory.objects.filter(
        organisation__in=organisation_ids, active=True
    ).select_related("user"):
        found.setdefault(signatory.organisation_id, []).append(signatory)
    return found


def progress(
    agreement: Agreement,
    *,
    with_invitations: bool = False,
    on: dt.date | None = None,
    rows: tuple[int, int] | None = None,
) -> dict:
    """The sign-up table: each party on the day (today when ``on`` is None) with its
    answer on the version the agreement then stood on, grouped by category.

    Without the officer's invitations the table is the same for everyone who may see the
    agreement, and reading it costs a row per party, signature and change (140 parties on
    the largest): it is kept until one of the rows it read, or the agreement, changes
    (``cached_rows_value``, the page cache's rule for a page about rows), for the day it
    was made on.

    ``rows=(start, stop)`` asks for those parties only, counted across the categories (a
    page of the table, or the first on the agreement's page): ``groups`` and
    ``standing.rows`` then hold just them, and are kept on their own, so that a page
    costs what it shows however many parties the agreement has. ``total``, the counts,
    the progress and the sentence are always the whole table's."""
    if with_invitations and on is None:
        return _rows(_progress(agreement, with_invitations=True, on=None), rows)
    today = timezone.localdate()
    about = [f"{Agreement._meta.db_table}:{agreement.pk}"]
    if rows is not None:
        return cached_rows_value(
            f"sign-up-rows:{agreement.pk}:{on}:{today}:{rows[0]}:{rows[1]}",
            lambda: _rows(progress(agreement, on=on), rows),
            rows=about,
        )
    return cached_rows_value(
        f"sign-up-table:{agreement.pk}:{on}:{today}",
        lambda: _progress(agreement, on=on),
        rows=about,
    )


def _rows(table: dict, rows: tuple[int, int] | None) -> dict:
    if rows is None:
        return table
    groups = first_rows(table["groups"], rows[1], start=rows[0])
    shown = [row for _, members in groups for row in members]
    return {**table, "groups": groups, "standing": replace(table["standing"], rows=shown)}


def _progress(
    agreement: Agreement, *, with_invitations: bool = False, on: dt.date | None = None
) -> dict:
    standing = parties_on(agreement, on)
    version = standing.version
    if with_invitations and version is not None and on is None:
        invitations: dict[int, list[SigningInvitation]] = {}
        for invitation in (
            # A party's links to sign or answer; a link asking its consent to a joiner
            # belongs to that request (the officer's attention page).
            SigningInvitation.objects.filter(party__agreement=agreement, version=version)
            .exclude(kind=AnswerKind.CONSENT)
            .select_related("signatory__user")
            .order_by("-created_at")
        ):
            invitations.setdefault(invitation.party_id, []).append(invitation)
        for row in standing.rows + standing.former:
            row.invitations = invitations.get(row.party.pk, [])
        for party in standing.joining:
            # For the page only: the links still out for a party that is joining.
            party.open_invitations = [  # type: ignore[attr-defined]
                i for i in invitations.get(party.pk, []) if not i.used_at and not i.revoked_at
            ]
    counts = {"signed": 0, "pending": 0, "declined": 0, "overdue": 0}
    for row in standing.rows:
        counts[row.signature.decision if row.signature else "pending"] += 1
        counts["overdue"] += row.overdue
    by_party = {row.party.pk: row for row in standing.rows}
    groups = [
        (category, [by_party[p.pk] for p in members])
        for category, members in parties_by_category([row.party for row in standing.rows])
    ]
    return {
        "version": version,
        "standing": standing,
        "groups": groups,
        "counts": counts,
        "sentence": signup_sentence(
            [row.state for row in standing.rows], agreement.signup_deadline
        ),
        "progress": Progress(counts["signed"], len(standing.rows)),
        "total": len(standing.rows),
        "past_deadline": bool(
            agreement.signup_deadline and timezone.localdate() > agreement.signup_deadline
        ),
    }


def sign_page(invitation: SigningInvitation) -> dict:
    agreement = invitation.party.agreement
    parties = party_queryset().filter(agreement=agreement).current().order_by("order")
    predecessor = invitation.party.succeeds if invitation.kind == AnswerKind.NOVATION else None
    return {
        "agreement": agreement,
        "kind": invitation.kind,
        "version": invitation.version,
        "sections": invitation.version.sections.order_by("order"),
        "groups": parties_by_category(parties),
        "predecessor": predecessor,
        # What the predecessor signed, shown beside the confirmation asked for.
        "predecessor_signature": Signature.objects.filter(
            party=predecessor, version=invitation.version, decision=Decision.SIGNED
        ).first()
        if predecessor
        else None,
        "notice": invitation.notice,
    }


def signed_parties(agreement: Agreement) -> list[Signature]:
    """Who signed the agreement's current version, and when: for its public page."""
    version = signing_version_of(agreement)
    if version is None:
        return []
    return list(
        Signature.objects.filter(version=version, decision=Decision.SIGNED)
        .select_related("party")
        .order_by("signed_at")
    )
