"""Opening and closing a consultation, and looking after its invitations."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from functools import partial
from typing import TYPE_CHECKING

from django.db import transaction
from django.utils import timezone

from accord.agreements.models import Agreement, AgreementStatus, AgreementVersion
from accord.agreements.services.transitions import TransitionRefused, agreement_transition
from accord.audit.actions import AuditAction, History
from accord.audit.services import audit_record
from accord.consultations.models import Consultation, Invitation
from accord.consultations.models.consultation import today_in_london
from accord.consultations.notify import deliver_invitations
from accord.consultations.services.invitees import Invitee, gather_invitees
from accord.core.dates import format_partial_date
from accord.core.errors import Conflict, Invalid, Refused
from accord.core.secret_links import new_secret
from accord.governance.models import Body
from accord.organisations.models import Organisation

if TYPE_CHECKING:
    from accord.accounts.models import User

# Consultation shapes a draft; once an agreement is in approval its text is settled.
CONSULTABLE_STATUSES = (AgreementStatus.DRAFT, AgreementStatus.CONSULTATION)
NOT_RUNNING = "Only a partnership officer of the owning body, or an administrator, can do this."


def _subject(consultation: Consultation) -> str:
    return History.agreement(consultation.version.agreement_id)


def _require_running(actor: User, consultation: Consultation) -> None:
    if not actor.has_perm("consultations.manage_consultation", consultation):
        raise Refused(NOT_RUNNING)


@transaction.atomic
def consultation_open(
    *,
    actor: User,
    version: AgreementVersion,
    title: str,
    closes_on: dt.date,
    introduction: str = "",
    consultee_bodies: Iterable[Body] = (),
    consultee_organisations: Iterable[Organisation] = (),
    invitees: Iterable[Invitee] = (),
) -> Consultation:
    """Open a consultation on a published version, invite everyone it reaches, and move a
    draft agreement into consultation. The invitations are e-mailed once this commits."""
    # Locked, so two officers opening consultations at once see each other's status change.
    agreement = Agreement.objects.select_for_update().get(pk=version.agreement_id)
    if not actor.has_perm("consultations.open_consultation", agreement):
        raise Refused(
            "Only a partnership officer of the owning body, or an administrator, can open "
            "a consultation on this agreement."
        )
    bodies, organisations, named = (
        list(consultee_bodies),
        list(consultee_organisations),
        list(invitees),
    )
    title, introduction = title.strip(), introduction.strip()
    problems: dict[str, str] = {}
    if not version.is_published:
        problems["version"] = (
            "Only a published version can be consulted on, so that everyone comments on "
            "the same text. Publish it first."
        )
    elif agreement.status not in CONSULTABLE_STATUSES:
        problems["version"] = (
            f"The agreement is {agreement.get_status_display().lower()}: consultation is "
            "only on a draft."
        )
    if not title:
        problems["title"] = "Give the consultation a title."
    if closes_on <= today_in_london():
        problems["closes_on"] = "The closing date must be in the future."
    if not (bodies or organisations or named):
        problems["consultees"] = "Choose at least one body or organisation, or name someone."
    if problems:
        raise Invalid(problems)

    if agreement.status == AgreementStatus.DRAFT:
        try:
            agreement_transition(
                actor=actor, agreement=agreement, to=AgreementStatus.CONSULTATION, note=title
            )
        except TransitionRefused as refused:
            raise Invalid({"version": str(refused)}) from None
    consultation = Consultation.objects.create(
        version=version,
        title=title,
        introduction=introduction,
        opened_by=actor,
        closes_on=closes_on,
    )
    consultation.consultee_bodies.set(bodies)
    consultation.consultee_organisations.set(organisations)

    recipients = gather_invitees(named=named, bodies=bodies, organisations=organisations)
    secrets_by_address, rows = {}, []
    for invitee in recipients:
        token, hashed = new_secret()
        secrets_by_address[invitee.email] = token
        rows.append(
            Invitation(
                consultation=consultation,
                email=invitee.email,
                name=invitee.name,
                organisation=invitee.organisation,
                body=invitee.body,
                token_hash=hashed,
            )
        )
    created = Invitation.objects.bulk_create(rows)
    tokens = {invitation.pk: secrets_by_address[invitation.email] for invitation in created}

    audit_record(
        actor=actor,
        action=AuditAction.CONSULTATION_OPEN,
        obj=consultation,
        subject=_subject(consultation),
        after={
            "version": version.number,
            "title": title,
            "closes_on": closes_on,
            "consultee_bodies": sorted(body.name for body in bodies),
            "consultee_organisations": sorted(o.name for o in organisations),
            "invited": sorted(secrets_by_address),
        },
    )
    transaction.on_commit(partial(deliver_invitations, tokens))
    return consultation


@transaction.atomic
def consultation_close(*, actor: User, consultation: Consultation) -> Consultation:
    """Stop taking comments now, before the closing date."""
    _require_running(actor, consultation)
    consultation = Consultation.objects.select_for_update().get(pk=consultation.pk)
    if not consultation.is_open:
        raise Conflict(
            f"The consultation already closed on {format_partial_date(consultation.closed_on)}."
        )
    consultation.closed_at, consultation.closed_by = timezone.now(), actor
    consultation.save(update_fields=["closed_at", "closed_by"])
    audit_record(
        actor=actor,
        action=AuditAction.CONSULTATION_CLOSE,
        obj=consultation,
        subject=_subject(consultation),
        before={"closes_on": consultation.closes_on, "closed_at": None},
        after={"closes_on": consultation.closes_on, "closed_at": consultation.closed_at},
    )
    return consultation


@transaction.atomic
def invitation_resend(*, actor: User, invitation: Invitation) -> Invitation:
    """Send a fresh link. The old link stops working: only the new secret's hash is kept."""
    invitation = Invitation.objects.select_for_update().get(pk=invitation.pk)
    consultation = invitation.consultation
    _require_running(actor, consultation)
    if invitation.revoked:
        raise Conflict(f"The invitation to {invitation.email} was withdrawn.")
    if not consultation.is_open:
        raise Conflict(
            f"Comments closed on {format_partial_date(consultation.closed_on)}: "
            "there is nothing to invite anyone to."
        )
    token, invitation.token_hash = new_secret()
    before_sent = invitation.sent_at
    invitation.sent_at = None
    invitation.save(update_fields=["token_hash", "sent_at"])
    audit_record(
        actor=actor,
        action=AuditAction.CONSULTATION_INVITATION_RESEND,
        obj=invitation,
        subject=_subject(consultation),
        before={"email": invitation.email, "sent_at": before_sent},
        after={"email": invitation.email, "new_link": True},
    )
    transaction.on_commit(partial(deliver_invitations, {invitation.pk: token}))
    return invitation


@transaction.atomic
def invitation_revoke(*, actor: User, invitation: Invitation) -> Invitation:
    """Withdraw an invitation: its link stops working at once."""
    invitation = Invitation.objects.select_for_update().get(pk=invitation.pk)
    consultation = invitation.consultation
    _require_running(actor, consultation)
    if invitation.revoked:
        raise Conflict(f"The invitation to {invitation.email} was already withdrawn.")
    invitation.revoked = True
    invitation.save(update_fields=["revoked"])
    audit_record(
        actor=actor,
        action=AuditAction.CONSULTATION_INVITATION_REVOKE,
        obj=invitation,
        subject=_subject(consultation),
        before={"email": invitation.email, "revoked": False},
        after={"email": invitation.email, "revoked": True},
    )
    return invitation
