"""What an answer on a link changes, beyond the signature itself, and when a link can
no longer be answered.

Every link (sign-up, re-confirmation, consent, novation, accession) is answered through
signatures.py; this module says whether the party it is for may still answer
(``party_problem``) and applies what a signed or declined answer means for the party row:
a joiner becomes a member, a successor takes its predecessor's place, a re-confirmation
closes the signatory notice (``apply_answer``).
"""

from __future__ import annotations

from django.utils import timezone

from accord.agreements.models import (
    Party,
    PartyChange,
    PartyChangeKind,
    PartyStanding,
    PartyStatus,
)
from accord.audit.actions import AuditAction
from accord.core.events import publish
from accord.signing.models import (
    AnswerKind,
    ConsentStatus,
    Decision,
    JoinConsent,
    NoticeResolution,
    SignatoryNotice,
    Signature,
    SigningInvitation,
)

PARTY_CONFIRMED = "agreement.party.confirmed"
PARTY_JOINED = "agreement.party.joined"

ANSWER_ACTIONS = {
    AnswerKind.NOVATION: AuditAction.SIGNING_NOVATION,
    AnswerKind.ACCESSION: AuditAction.SIGNING_ACCESSION,
    AnswerKind.RECONFIRMATION: AuditAction.SIGNING_RECONFIRMATION,
}


def party_problem(invitation: SigningInvitation) -> tuple[str, str] | None:
    """Why the party this link is for cannot answer it now, or None."""
    party = invitation.party
    kind = invitation.kind
    if kind == AnswerKind.CONSENT:
        if not (invitation.consent and invitation.consent.is_pending):
            return (
                "The request this link asked about has been withdrawn or decided, so this "
                "link no longer works.",
                "consent ended",
            )
        if not party.is_current():
            return (
                f"{party.organisation} is no longer a party to this agreement, so this link "
                "no longer works.",
                "not a party",
            )
        return None
    if kind in (AnswerKind.SIGNATURE, AnswerKind.RECONFIRMATION):
        if not party.is_current():
            return (
                f"{party.organisation} is no longer a party to this agreement, so this link "
                "no longer works.",
                "not a party",
            )
        if kind == AnswerKind.RECONFIRMATION and not (
            invitation.notice and invitation.notice.is_open
        ):
            return ("Nothing is waiting to be re-confirmed any more.", "not needed")
        return None
    if party.standing != PartyStanding.INVITED:
        return (
            f"The invitation to {party.organisation} has been withdrawn or answered, so this "
            "link no longer works.",
            "not invited",
        )
    if kind == AnswerKind.NOVATION and not (party.succeeds and party.succeeds.is_current()):
        return (
            "The party whose place this link offered is no longer on the agreement, so there "
            "is nothing to confirm.",
            "place taken",
        )
    return None


def apply_answer(*, signature: Signature, party: Party, invitation: SigningInvitation) -> None:
    """What an answer other than a sign-up signature changes; inside the signing
    transaction, with the agreement and party locked."""
    today = timezone.localdate()
    signed = signature.decision == Decision.SIGNED
    if invitation.kind == AnswerKind.RECONFIRMATION:
        if signed and invitation.notice_id is not None:
            SignatoryNotice.objects.filter(pk=invitation.notice_id).update(
                resolution=NoticeResolution.RECONFIRMED,
                resolved_at=signature.signed_at,
                resolved_by=invitation.signatory.user,
            )
        return
    if not signed:
        party.standing, party.status = PartyStanding.NOT_JOINED, PartyStatus.DECLINED
        party.save(update_fields=["standing", "status"])
        return
    party.standing, party.status = PartyStanding.MEMBER, PartyStatus.SIGNED
    if invitation.kind == AnswerKind.ACCESSION:
        party.joined_on = max(party.joined_on or today, today)
    else:
        party.joined_on = today
    party.save(update_fields=["standing", "status", "joined_on"])
    replaced = None
    if invitation.kind == AnswerKind.NOVATION:
        assert party.succeeds_id is not None  # a novation is always in some party's place
        replaced = Party.objects.select_for_update(of=("self",)).get(pk=party.succeeds_id)
        replaced.left_on = today
        replaced.save(update_fields=["left_on"])
    change = PartyChange.objects.create(
        agreement_id=party.agreement_id,
        party=party,
        kind=PartyChangeKind.NOVATION if replaced else PartyChangeKind.ACCESSION,
        effective_on=party.joined_on,
        party_name=party.name_as_party,
        with_consent=not replaced
        and JoinConsent.objects.filter(joiner=party, status=ConsentStatus.CONSENTED).exists(),
        in_place_of=replaced,
        version=signature.version,
        recorded_at=signature.signed_at,
        recorded_by=invitation.signatory.user,
    )
    # A party now: any other join still waiting for consent must have its answer too (when
    # the agreement asks consent; consents_include decides).
    from accord.signing.services.consent_newcomers import consents_include

    consents_include(party, actor=invitation.signatory.user)
    publish(
        PARTY_CONFIRMED if replaced else PARTY_JOINED,
        change_id=change.pk,
        signature_id=signature.pk,
        agreement_id=party.agreement_id,
    )
