"""Opening sign-up: one single-use, expiring link per signatory, party and exact version."""

from __future__ import annotations

import datetime as dt
import logging
import smtplib
from dataclasses import dataclass, field

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone

from accord.accounts.models import User
from accord.agreements.models import (
    Agreement,
    AgreementStatus,
    AgreementVersion,
    Party,
    PartyStatus,
)
from accord.audit.actions import AuditAction, History
from accord.audit.services import audit_record
from accord.core.errors import Conflict, Invalid, Refused
from accord.core.secret_links import new_secret
from accord.signing.models import (
    AnswerKind,
    AuthorisedSignatory,
    JoinConsent,
    SignatoryNotice,
    SigningInvitation,
)

logger = logging.getLogger(__name__)


@dataclass
class Opened:
    invited: list[SigningInvitation] = field(default_factory=list)
    without_signatory: list[Party] = field(default_factory=list)


def signing_version(agreement: Agreement) -> AgreementVersion:
    """The version parties sign: the one sign-up was opened on."""
    version = agreement.signing_version
    if agreement.status != AgreementStatus.SIGN_UP or version is None:
        raise Conflict("The agreement is not open for sign-up.")
    return version


def _send(invitation: SigningInvitation, token: str, *, reminder: str = "") -> None:
    agreement = invitation.party.agreement
    link = settings.ACCORD_BASE_URL + reverse("signing:sign", args=[token])
    context = {
        "agreement": agreement,
        "kind": invitation.kind,
        "predecessor": invitation.party.succeeds,
        "notice": invitation.notice,
        "consent": invitation.consent,
        "party": invitation.party,
        "version": invitation.version,
        "signatory": invitation.signatory,
        "link": link,
        "expires_at": invitation.expires_at,
        "deadline": agreement.signup_deadline,
        "reminder": reminder,
        "site_name": settings.ACCORD_SITE_NAME,
    }
    subject = render_to_string("signing/email/invitation_subject.txt", context).strip()
    try:
        send_mail(
            subject,
            render_to_string("signing/email/invitation.txt", context),
            None,
            [invitation.signatory.user.email],
        )
    except (smtplib.SMTPException, OSError):
        # A mail server that is down must not undo the decision or sign-up that led here:
        # the invitation stays "not sent" on the progress page, where the officer resends it.
        logger.exception(
            "The signing invitation to %s could not be sent", invitation.signatory.user.email
        )
        return
    SigningInvitation.objects.filter(pk=invitation.pk).update(last_sent_at=timezone.now())


def _expiry() -> dt.datetime:
    return timezone.now() + dt.timedelta(days=settings.ACCORD_SIGNING_LINK_DAYS)


def invite(
    *,
    party: Party,
    version: AgreementVersion,
    signatory: AuthorisedSignatory,
    reminder: str = "",
    kind: str = AnswerKind.SIGNATURE,
    notice: SignatoryNotice | None = None,
    consent: JoinConsent | None = None,
) -> SigningInvitation:
    """A new link for this signatory (earlier unused links for the same party, version,
    kind of answer and consent request stop working)."""
    now = timezone.now()
    SigningInvitation.objects.filter(
        party=party,
        version=version,
        signatory=signatory,
        kind=kind,
        consent=consent,
        used_at__isnull=True,
        revoked_at__isnull=True,
    ).update(revoked_at=now)
    token, hashed = new_secret()
    invitation = SigningInvitation.objects.create(
        party=party,
        version=version,
        signatory=signatory,
        token_hash=hashed,
        expires_at=consent.deadline if consent is not None else _expiry(),
        kind=kind,
        notice=notice,
        consent=consent,
    )
    _send(invitation, token, reminder=reminder)
    return invitation


@transaction.atomic
def signing_open(*, actor: User | None, agreement: Agreement) -> Opened:
    """Invite every pending party's signatories to sign the current version."""
    version = agreement.signing_version
    if agreement.status != AgreementStatus.SIGN_UP or version is None:
        raise Conflict("Sign-up opens when the approval route allows it.")
    opened = Opened()
    parties = agreement.parties.select_related("organisation").order_by("order")
    answers = dict(version.signatures.values_list("party_id", "decision"))
    answered = set(answers)
    # Parties that answered an earlier version keep that signature on record, and are asked
    # again: their status is about the version open now.
    agreement.parties.exclude(pk__in=answered).update(status=PartyStatus.PENDING)
    for decision in set(answers.values()):
        agreement.parties.filter(
            pk__in=[party for party, answer in answers.items() if answer == decision]
        ).update(status=decision)
    for party in parties:
        if party.pk in answered:
            continue
        signatories = list(
            AuthorisedSignatory.objects.filter(
                organisation=party.organisation, active=True
            ).select_related("user")
        )
        if not signatories:
            opened.without_signatory.append(party)
            continue
        for signatory in signatories:
            opened.invited.append(invite(party=party, version=version, signatory=signatory))
    audit_record(
        actor=actor,
        action=AuditAction.SIGNING_OPEN,
        obj=agreement,
        subject=History.agreement(agreement.pk),
        after={
            "version": version.number,
            "content_hash": version.content_hash,
            "invited": [str(i.signatory) for i in opened.invited],
            "without_signatory": [str(p.organisation) for p in opened.without_signatory],
        },
    )
    return opened


def _require_manage(actor: User, agreement: Agreement) -> None:
    if not actor.has_perm("agreements.manage_agreement", agreement):
        raise Refused("Only a partnership officer for the owning body can manage sign-up.")


@transaction.atomic
def invitation_resend(*, actor: User, invitation: SigningInvitation) -> SigningInvitation:
    agreement = invitation.party.agreement
    _require_manage(actor, agreement)
    if invitation.used_at:
        raise Conflict("That link has been used: the party has answered.")
    if invitation.kind == AnswerKind.CONSENT:
        raise Conflict("That link asks a party's consent to a joiner; it is not sent again.")
    version = signing_version(agreement)
    if invitation.version_id != version.pk:
        raise Conflict(
            f"That link was for version {invitation.version.number}; sign-up is open on "
            f"version {version.number}, and its links were sent when it opened."
        )
    if not invitation.signatory.active:
        raise Conflict(
            f"{invitation.signatory.user.display_name} is no longer a signatory for "
            f"{invitation.party.organisation}."
        )
    fresh = invite(
        party=invitation.party, version=invitation.version, signatory=invitation.signatory
    )
    audit_record(
        actor=actor,
        action=AuditAction.SIGNING_INVITATION_RESEND,
        obj=agreement,
        subject=History.agreement(agreement.pk),
        after={"signatory": str(invitation.signatory)},
    )
    return fresh


@transaction.atomic
def invitation_revoke(*, actor: User, invitation: SigningInvitation) -> None:
    agreement = invitation.party.agreement
    _require_manage(actor, agreement)
    if invitation.used_at or invitation.revoked_at:
        raise Conflict("That link no longer works already.")
    SigningInvitation.objects.filter(pk=invitation.pk).update(revoked_at=timezone.now())
    audit_record(
        actor=actor,
        action=AuditAction.SIGNING_INVITATION_REVOKE,
        obj=agreement,
        subject=History.agreement(agreement.pk),
        after={"signatory": str(invitation.signatory)},
    )


@transaction.atomic
def signing_hand_over(*, actor: User, party: Party, to: AuthorisedSignatory) -> SigningInvitation:
    """A signatory hands this one agreement to a named substitute in the same organisation."""
    version = signing_version(party.agreement)
    mine = AuthorisedSignatory.objects.filter(
        user=actor, organisation=party.organisation, active=True
    ).first()
    if mine is None:
        raise Refused(f"Only a signatory for {party.organisation} can hand over its signature.")
    if to.organisation_id != party.organisation_id or not to.active or to.pk == mine.pk:
        raise Invalid({"to": f"Choose another active signatory of {party.organisation}."})
    SigningInvitation.objects.filter(
        party=party, version=version, signatory=mine, used_at__isnull=True, revoked_at__isnull=True
    ).update(revoked_at=timezone.now())
    invitation = invite(party=party, version=version, signatory=to)
    audit_record(
        actor=actor,
        action=AuditAction.SIGNING_HAND_OVER,
        obj=party.agreement,
        subject=History.agreement(party.agreement_id),
        before={"signatory": str(mine)},
        after={"signatory": str(to), "party": str(party.organisation)},
    )
    return invitation
