"""Signing or declining: one answer per party and version, whoever presses first."""

from __future__ import annotations

from dataclasses import dataclass
from typing import NoReturn

from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone

from accord.accounts.models import User
from accord.accounts.scope import Viewer
from accord.agreements.models import Agreement, AgreementStatus, PartyStatus
from accord.agreements.services.transitions import (
    BINDING,
    TransitionRefused,
    agreement_advance,
    agreement_transition,
)
from accord.audit.actions import AuditAction, History
from accord.audit.services import audit_record
from accord.core.errors import Conflict, Invalid, Refused
from accord.core.events import publish
from accord.core.secret_links import find_by_secret
from accord.signing.lifecycle import unsigned_parties
from accord.signing.models import (
    AnswerKind,
    Decision,
    Method,
    RefusedLinkAttempts,
    Signature,
    SigningInvitation,
    SignUpCloseOut,
)
from accord.signing.services.answers import ANSWER_ACTIONS, apply_answer, party_problem

PARTY_ANSWERED = "party.answered"

NAME_MAX, POST_MAX, REASON_MAX, AGENT_MAX = 200, 200, 2000, 500


class LinkRefused(Refused):
    """The link cannot be used; ``str(error)`` tells the person why."""


class AlreadyAnswered(Conflict):
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


def _refuse(message: str, *, invitation: SigningInvitation | None, reason: str) -> NoReturn:
    """Count the refused attempt (per link, per minute, per reason), then refuse.

    Refusals are not state changes and are not audited one by one: anyone can request
    made-up links, and the audit trail must not grow with them. The count is written
    in its own short transaction, so it is kept whatever the caller does next."""
    minute = timezone.now().replace(second=0, microsecond=0)
    link = str(invitation.pk) if invitation is not None else "unknown"
    with transaction.atomic():
        counter, _ = RefusedLinkAttempts.objects.get_or_create(
            link=link, minute=minute, reason=reason[:40]
        )
        RefusedLinkAttempts.objects.filter(pk=counter.pk).update(count=F("count") + 1)
    raise LinkRefused(message)


def link_problem(invitation: SigningInvitation, agreement: Agreement) -> tuple[str, str] | None:
    """Why this link cannot be used now (what to tell the person, and a short reason),
    or None. Checked when the page opens and again under lock when the answer is saved."""
    signatory = invitation.signatory
    if invitation.revoked_at:
        return (
            "This link has been withdrawn. If you still need to sign, ask the partnership "
            "officer to send a new one.",
            "revoked link",
        )
    if invitation.used_at:
        return ("This link has already been used. Each link works once.", "used link")
    if invitation.expires_at <= timezone.now():
        return ("This link has expired. Ask the partnership officer to send a new one.", "expired")
    # A signature is asked for while sign-up is open; the answers an agreement gathers
    # after it is agreed (a successor, a joiner, a new post-holder) while it binds too.
    open_statuses = (
        (AgreementStatus.SIGN_UP,)
        if invitation.kind == AnswerKind.SIGNATURE
        else (AgreementStatus.SIGN_UP, *BINDING)
    )
    if agreement.status not in open_statuses:
        return (
            f"This agreement is {agreement.get_status_display().lower()}: it is not open for "
            "signing.",
            "not open",
        )
    if invitation.version_id != agreement.signing_version_id:
        return (
            f"This link was for version {invitation.version.number}, which is no longer the "
            "version open for signing. The partnership officer sends new links when sign-up "
            "opens on a new version.",
            "other version",
        )
    problem = party_problem(invitation)
    if problem:
        return problem
    if not signatory.active or not signatory.user.is_active:
        return (
            f"{signatory.user.display_name} is no longer an authorised signatory for "
            f"{invitation.party.organisation}, so this link no longer works.",
            "not a signatory",
        )
    return None


def invitation_for(token: str, *, context: Context) -> SigningInvitation:
    """The invitation behind a link, or LinkRefused (counted) saying why it cannot be used."""
    invitation = find_by_secret(
        SigningInvitation.objects.select_related(
            "party__agreement", "party__organisation", "version", "signatory__user"
        ),
        token,
    )
    if invitation is None:
        _refuse(
            "This signing link is not one Accord issued. Check you copied the whole link from "
            "the e-mail.",
            invitation=None,
            reason="unknown link",
        )
    problem = link_problem(invitation, invitation.party.agreement)
    if problem:
        _refuse(problem[0], invitation=invitation, reason=problem[1])
    return invitation


def clean_answerer(full_name: str, post: str, reason: str) -> tuple[str, str, str, dict[str, str]]:
    """The name, post and reason of whoever answers by a link (to sign or to consent),
    with spaces tidied, and the problems with them by field."""
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
    if len(reason) > REASON_MAX:
        errors["reason"] = f"The reason can be at most {REASON_MAX} characters."
    return full_name, post, reason, errors


def _clean(full_name: str, post: str, decision: str, reason: str) -> tuple[str, str, str]:
    full_name, post, reason, errors = clean_answerer(full_name, post, reason)
    if decision not in Decision.values:
        errors["decision"] = "Choose whether you sign or decline."
    if decision == Decision.DECLINED and not reason:
        errors["reason"] = "Say why your organisation declines."
    if errors:
        raise Invalid(errors)
    return full_name, post, reason


def check_person(invitation: SigningInvitation, user: Viewer, *, context: Context) -> None:
    """A link is bound to one person: someone signed in as anybody else is refused."""
    if user is not None and user.is_authenticated and user.pk != invitation.signatory.user_id:
        _refuse(
            f"This link was sent to {invitation.signatory.user.display_name} to sign for "
            f"{invitation.party.organisation}. You are signed in as {user.email}, so you cannot "
            "use it.",
            invitation=invitation,
            reason="another person",
        )


def _answer_already_given(invitation: SigningInvitation) -> Signature | None:
    """The party's answer on the version that this link would give again. A
    re-confirmation is given beside the party's signature, not instead of it: its link,
    used once, is what stops it being given twice."""
    if invitation.kind == AnswerKind.RECONFIRMATION:
        return None
    return (
        Signature.objects.filter(party_id=invitation.party_id, version_id=invitation.version_id)
        .exclude(kind=AnswerKind.RECONFIRMATION)
        .first()
    )


def sign_with_link(
    *,
    token: str,
    full_name: str,
    post: str,
    decision: str,
    reason: str = "",
    context: Context,
    user: Viewer = None,
) -> Signature:
    """Record the party's answer through its e-mailed link."""
    full_name, post, reason = _clean(full_name, post, decision, reason)
    # Checked before the transaction, so a refusal's audit entry is kept.
    invitation = invitation_for(token, context=context)
    check_person(invitation, user, context=context)
    if invitation.kind == AnswerKind.CONSENT:
        raise LinkRefused("This link asks for consent, not a signature.")
    try:
        with transaction.atomic():
            # Lock the agreement, then the party: a status change, a withdrawn signatory or
            # two signatories of one party answering at once are served one at a time.
            agreement = Agreement.objects.select_for_update().get(pk=invitation.party.agreement_id)
            party = type(invitation.party).objects.select_for_update().get(pk=invitation.party_id)
            existing = _answer_already_given(invitation)
            if existing:
                raise AlreadyAnswered(existing)
            invitation = (
                SigningInvitation.objects.select_for_update(of=("self",))
                .select_related("signatory__user", "version", "party__organisation")
                .get(pk=invitation.pk)
            )
            problem = link_problem(invitation, agreement)
            if problem:
                raise LinkRefused(problem[0])
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
                kind=invitation.kind,
                in_place_of_id=party.succeeds_id
                if invitation.kind == AnswerKind.NOVATION
                else None,
            )
            SigningInvitation.objects.filter(pk=invitation.pk).update(used_at=signature.signed_at)
            if invitation.kind == AnswerKind.SIGNATURE:
                party.status = (
                    PartyStatus.SIGNED if decision == Decision.SIGNED else PartyStatus.DECLINED
                )
                party.save(update_fields=["status"])
            _audit_answer(
                action=ANSWER_ACTIONS[AnswerKind(invitation.kind)]
                if invitation.kind != AnswerKind.SIGNATURE
                else (
                    AuditAction.SIGNING_SIGNED
                    if decision == Decision.SIGNED
                    else AuditAction.SIGNING_DECLINED
                ),
                invitation=invitation,
                signature=signature,
                context=context,
            )
            if invitation.kind != AnswerKind.SIGNATURE:
                apply_answer(signature=signature, party=party, invitation=invitation)
            publish(
                PARTY_ANSWERED,
                signature_id=signature.pk,
                agreement_id=party.agreement_id,
                decision=decision,
                kind=invitation.kind,
            )
            agreement_advance(
                actor=invitation.signatory.user,
                agreement=party.agreement,
                note="every party has signed",
            )
            return signature
    except IntegrityError:
        # Another request for the same party won the race between our check and our insert.
        existing = _answer_already_given(invitation)
        if existing is None:
            raise
        raise AlreadyAnswered(existing) from None


def _audit_answer(
    *,
    action: AuditAction,
    invitation: SigningInvitation,
    signature: Signature,
    context: Context,
) -> None:
    audit_record(
        actor=invitation.signatory.user,
        action=action,
        obj=invitation.party.agreement,
        subject=History.agreement(invitation.party.agreement_id),
        after={
            "party": signature.organisation_name,
            "version": invitation.version.number,
            "content_hash": signature.content_hash,
            "decision": signature.decision,
            "full_name": signature.full_name,
            "post": signature.post,
            "reason": signature.reason,
            "ip_address": context.ip_address,
            **(
                {"in_place_of": str(signature.in_place_of.organisation)}
                if signature.in_place_of is not None
                else {}
            ),
        },
    )


@transaction.atomic
def signing_close(*, actor: User, agreement: Agreement, note: str = "") -> Agreement:
    """The officer ends sign-up with the parties that have signed: the others are recorded
    by name in a close-out, and the agreement comes into force if its route is done."""
    if not actor.has_perm("agreements.manage_agreement", agreement):
        raise Refused("Only a partnership officer for the owning body can close sign-up.")
    agreement = Agreement.objects.select_for_update().get(pk=agreement.pk)
    if agreement.status != AgreementStatus.SIGN_UP or agreement.signing_version is None:
        raise Conflict("Sign-up is not open, so it cannot be closed.")
    version = agreement.signing_version
    missing = unsigned_parties(agreement, version)
    signed = agreement.parties.current().count() - len(missing)
    if not signed:
        raise Conflict("No party has signed yet: an agreement cannot come into force with none.")
    close_out = SignUpCloseOut.objects.create(
        agreement=agreement,
        version=version,
        closed_by=actor,
        closed_at=timezone.now(),
        note=note.strip()[:2000],
        not_signed=[{"party": p.pk, "name": p.name_as_party} for p in missing],
    )
    audit_record(
        actor=actor,
        action=AuditAction.SIGNING_CLOSE,
        obj=agreement,
        subject=History.agreement(agreement.pk),
        after={
            "version": version.number,
            "signed": signed,
            "not_signed": [entry["name"] for entry in close_out.not_signed],
        },
        note=note,
    )
    try:
        agreement_transition(
            actor=actor,
            agreement=agreement,
            to=AgreementStatus.IN_FORCE,
            check_permission=False,
            note=note or "sign-up closed by the officer with the parties that signed",
        )
    except TransitionRefused as refused:
        raise Conflict(str(refused)) from None
    agreement.refresh_from_db()
    return agreement
