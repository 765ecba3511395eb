"""Signing or declining: one answer per party and version, whoever presses first."""

from __future__ import annotations

import hmac
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from accord.agreements.models import Agreement, PartyStatus
from accord.agreements.services.transitions import TransitionRefused, agreement_transition
from accord.api.webhooks.services import webhook_emit
from accord.audit.services import audit_record
from accord.signing.models import Decision, Method, Signature, SigningInvitation
from accord.signing.tokens import token_hash

NAME_MAX, POST_MAX, REASON_MAX, AGENT_MAX = 200, 200, 2000, 500


class LinkRefused(Exception):
    """The link cannot be used; ``str(error)`` tells the person why."""


class AlreadyAnswered(Exception):
    """The party has already signed or declined this version."""

    def __init__(self, signature: Signature):
        super().__init__(
            f"{signature.organisation_name} already {signature.get_decision_display().lower()} "
            f"this version on {timezone.localtime(signature.signed_at):%d %B %Y at %H:%M}, "
            f"by {signature.full_name}. Nothing more is needed."
        )
        self.signature = signature


@dataclass
class Context:
    ip_address: str | None
    user_agent: str


def _refuse(message: str, *, action: str, obj, note: str, context: Context):
    """Record the refused attempt (committed on its own), then refuse.

    Callers must not hold an open transaction that the refusal would roll back."""
    audit_record(
        actor=None,
        action=action,
        obj=obj,
        note=note,
        actor_label=f"signing link from {context.ip_address}",
        after={"user_agent": context.user_agent[:AGENT_MAX]},
        subject=f"agreement:{obj.pk}" if isinstance(obj, Agreement) else "",
    )
    raise LinkRefused(message)


def invitation_for(token: str, *, context: Context) -> SigningInvitation:
    """The invitation behind a link, or LinkRefused (audited) saying why it cannot be used."""
    hashed = token_hash(token or "")
    invitation = (
        SigningInvitation.objects.select_related(
            "party__agreement", "party__organisation", "version", "signatory__user"
        )
        .filter(token_hash=hashed)
        .first()
    )
    if invitation is None or not hmac.compare_digest(invitation.token_hash, hashed):
        _refuse(
            "This signing link is not one Accord issued. Check you copied the whole link from the e-mail.",
            action="signing.link.refused",
            obj=None,
            note="unknown or forged link",
            context=context,
        )
    agreement = invitation.party.agreement
    reason = None
    if invitation.revoked_at:
        reason = (
            "This link has been withdrawn. If you still need to sign, ask the partnership officer to send a new one.",
            "revoked link",
        )
    elif invitation.used_at:
        reason = ("This link has already been used. Each link works once.", "used link")
    elif invitation.expires_at <= timezone.now():
        reason = (
            "This link has expired. Ask the partnership officer to send a new one.",
            "expired link",
        )
    elif agreement.status != "sign_up":
        reason = (
            f"This agreement is {agreement.get_status_display().lower()}: it is not open for signing.",
            "not open",
        )
    if reason:
        _refuse(
            reason[0], action="signing.link.refused", obj=agreement, note=reason[1], context=context
        )
    return invitation


def _clean(full_name: str, post: str, decision: str, reason: str) -> tuple[str, str, str]:
    full_name, post, reason = " ".join(full_name.split()), " ".join(post.split()), reason.strip()
    errors = {}
    if not full_name:
        errors["full_name"] = "Type your full name."
    elif len(full_name) > NAME_MAX:
        errors["full_name"] = f"Your name can be at most {NAME_MAX} characters."
    if not post:
        errors["post"] = "Type your post, such as Chief Executive."
    elif len(post) > POST_MAX:
        errors["post"] = f"Your post can be at most {POST_MAX} characters."
    if decision not in Decision.values:
        errors["decision"] = "Choose whether you sign or decline."
    if decision == Decision.DECLINED and not reason:
        errors["reason"] = "Say why your organisation declines."
    if len(reason) > REASON_MAX:
        errors["reason"] = f"The reason can be at most {REASON_MAX} characters."
    if errors:
        raise ValidationError(errors)
    return full_name, post, reason


def check_person(invitation: SigningInvitation, user, *, context: Context) -> None:
    """A link is bound to one person: someone signed in as anybody else is refused."""
    if user is not None and user.is_authenticated and user.pk != invitation.signatory.user_id:
        _refuse(
            f"This link was sent to {invitation.signatory.user.display_name} to sign for "
            f"{invitation.party.organisation}. You are signed in as {user.email}, so you cannot use it.",
            action="signing.link.refused",
            obj=invitation.party.agreement,
            note=f"link used by another person ({user.email})",
            context=context,
        )


def sign_with_link(
    *,
    token: str,
    full_name: str,
    post: str,
    decision: str,
    reason: str = "",
    context: Context,
    user=None,
) -> Signature:
    """Record the party's answer through its e-mailed link."""
    full_name, post, reason = _clean(full_name, post, decision, reason)
    # Checked before the transaction, so a refusal's audit entry is kept.
    invitation = invitation_for(token, context=context)
    check_person(invitation, user, context=context)
    try:
        with transaction.atomic():
            # Lock the party so two signatories of it answering at once are served one at a time.
            party = type(invitation.party).objects.select_for_update().get(pk=invitation.party_id)
            existing = Signature.objects.filter(party=party, version=invitation.version).first()
            if existing:
                raise AlreadyAnswered(existing)
            signature = Signature.objects.create(
                party=party,
                version=invitation.version,
                content_hash=invitation.version.content_hash,
                decision=decision,
                signatory=invitation.signatory,
                organisation_name=party.name_as_party,
                full_name=full_name,
                post=post,
                reason=reason if decision == Decision.DECLINED else "",
                signed_at=timezone.now(),
                ip_address=context.ip_address,
                user_agent=context.user_agent[:AGENT_MAX],
                method=Method.EMAILED_LINK,
            )
            SigningInvitation.objects.filter(pk=invitation.pk).update(used_at=signature.signed_at)
            party.status = (
                PartyStatus.SIGNED if decision == Decision.SIGNED else PartyStatus.DECLINED
            )
            party.save(update_fields=["status"])
            audit_record(
                actor=invitation.signatory.user,
                action=f"signing.{decision}",
                obj=party.agreement,
                subject=f"agreement:{party.agreement_id}",
                after={
                    "party": signature.organisation_name,
                    "version": invitation.version.number,
                    "content_hash": signature.content_hash,
                    "full_name": full_name,
                    "post": post,
                    "reason": signature.reason,
                    "ip_address": context.ip_address,
                },
            )
            if decision == Decision.SIGNED:
                webhook_emit(
                    "party.signed",
                    {
                        "agreement": party.agreement.slug,
                        "version": invitation.version.number,
                        "organisation": party.organisation.slug,
                        "signed_at": signature.signed_at,
                        "signatory": full_name,
                    },
                )
            _maybe_in_force(party.agreement, invitation.signatory.user)
            return signature
    except IntegrityError:
        # Another request for the same party won the race between our check and our insert.
        existing = Signature.objects.filter(
            party_id=invitation.party_id, version_id=invitation.version_id
        ).first()
        if existing is None:
            raise
        raise AlreadyAnswered(existing) from None


def _maybe_in_force(agreement: Agreement, actor) -> None:
    """When every party has signed the version, the agreement comes into force."""
    if agreement.parties.exclude(status=PartyStatus.SIGNED).exists():
        return
    try:
        agreement_transition(
            actor=actor,
            agreement=agreement,
            to="in_force",
            check_permission=False,
            note="every party has signed",
        )
    except TransitionRefused:
        return


@transaction.atomic
def signing_close(*, actor, agreement: Agreement, note: str = "") -> Agreement:
    """The officer closes sign-up with the parties that have signed; the rest are recorded as not signed."""
    if not actor.has_perm("agreements.manage_agreement", agreement):
        raise ValidationError("Only a partnership officer for the owning body can close sign-up.")
    signed = list(
        agreement.parties.filter(status=PartyStatus.SIGNED).select_related("organisation")
    )
    if not signed:
        raise ValidationError(
            "No party has signed yet: an agreement cannot come into force with none."
        )
    unsigned = [
        str(p.organisation)
        for p in agreement.parties.exclude(status=PartyStatus.SIGNED).select_related("organisation")
    ]
    SigningInvitation.objects.filter(
        party__agreement=agreement, used_at__isnull=True, revoked_at__isnull=True
    ).update(revoked_at=timezone.now())
    agreement_transition(
        actor=actor,
        agreement=agreement,
        to="in_force",
        check_permission=False,
        note=note or "sign-up closed by the officer with the parties that signed",
    )
    audit_record(
        actor=actor,
        action="signing.close",
        obj=agreement,
        subject=f"agreement:{agreement.pk}",
        after={"signed": [str(p.organisation) for p in signed], "not_signed": unsigned},
        note=note,
    )
    agreement.refresh_from_db()
    return agreement
