"""What sign-up requires of an agreement's status, and what status changes do to sign-up.
Registered with the lifecycle in ``SigningConfig.ready``.

- Coming into force needs a signature from every party on the version open for
  sign-up, or the officer's recorded close-out naming the parties that had not signed.
- Opening sign-up invites every party that has not answered that version.
- Leaving sign-up (into force, back to draft, withdrawn) withdraws every unused signing
  link: a link works only while sign-up is open on the version it was made for.
- An agreement that ends (superseded, expired, withdrawn) takes no more answers: links
  for successors, joiners and new post-holders stop working too.
"""

from __future__ import annotations

from django.utils import timezone

from accord.accounts.services import ACCOUNT_DEACTIVATED, ROLE_REVOKED
from accord.agreements.models import Agreement, AgreementVersion, Party, PartyStanding, PartyStatus
from accord.agreements.models import AgreementStatus as S
from accord.agreements.services.transitions import Move, condition, on_enter, on_leave
from accord.core.events import subscribe
from accord.signing.models import (
    AnswerKind,
    ConsentStatus,
    Decision,
    JoinConsent,
    NoticeResolution,
    SignatoryNotice,
    Signature,
    SigningInvitation,
    SignUpCloseOut,
)


def unsigned_parties(agreement: Agreement, version: AgreementVersion) -> list[Party]:
    """The parties today without a signed answer on ``version`` (a signature, a
    successor's confirmation or a joining party's signature), in the agreement's order."""
    signed = Signature.objects.filter(version=version, decision=Decision.SIGNED).values("party_id")
    return list(
        agreement.parties.current()
        .exclude(pk__in=signed)
        .select_related("organisation")
        .order_by("order")
    )


@condition(S.IN_FORCE)
def _every_party_signed_or_closed_out(move: Move) -> str | None:
    agreement = move.agreement
    version = agreement.signing_version
    if version is None:
        return "Sign-up has not been opened on any version: nobody has signed."
    missing = unsigned_parties(agreement, version)
    if not missing:
        return None
    close_out = SignUpCloseOut.objects.filter(agreement=agreement, version=version).first()
    if close_out is not None and {p.pk for p in missing} <= close_out.missing_party_ids:
        return None
    total = agreement.parties.current().count()
    return (
        f"It comes into force when every party has signed version {version.number} "
        f"({total - len(missing)} of {total} have), or when its officer closes sign-up, "
        "which records the parties that did not sign."
    )


@on_enter(S.SIGN_UP)
def _invite_the_parties(move: Move) -> None:
    from accord.signing.services.invitations import signing_open

    signing_open(actor=move.actor, agreement=move.agreement)


@on_leave(S.SIGN_UP)
def _withdraw_unused_links(move: Move) -> None:
    if move.to == S.IN_FORCE:
        # The version signed is now the version in force: links for the answers an
        # agreement takes after it is agreed (a successor, a joiner) keep working.
        SigningInvitation.objects.filter(
            party__agreement=move.agreement,
            kind=AnswerKind.SIGNATURE,
            used_at__isnull=True,
            revoked_at__isnull=True,
        ).update(revoked_at=timezone.now())
        return
    _end_every_open_answer(move)
    # Parties' answers were about the version that was open; none is open now.
    move.agreement.parties.exclude(status=PartyStatus.PENDING).filter(
        standing=PartyStanding.MEMBER
    ).update(status=PartyStatus.PENDING)


@on_enter(S.SUPERSEDED)
@on_enter(S.EXPIRED)
@on_enter(S.WITHDRAWN)
def _end_every_open_answer(move: Move) -> None:
    """The agreement no longer takes answers: every unused link stops working, a party
    still asked to join or to take a predecessor's place did not, and notices about
    signatories who left are no longer needed."""
    now = timezone.now()
    SigningInvitation.objects.filter(
        party__agreement=move.agreement, used_at__isnull=True, revoked_at__isnull=True
    ).update(revoked_at=now)
    move.agreement.parties.filter(standing=PartyStanding.INVITED).update(
        standing=PartyStanding.NOT_JOINED
    )
    JoinConsent.objects.filter(agreement=move.agreement, status=ConsentStatus.PENDING).update(
        status=ConsentStatus.LAPSED, ended_at=now
    )
    SignatoryNotice.objects.filter(
        agreement=move.agreement, resolution=NoticeResolution.OPEN
    ).update(resolution=NoticeResolution.LAPSED, resolved_at=now)


def register() -> None:
    from accord.signing.services import consents, party_news
    from accord.signing.services.authority import (
        SIGNATORY_CHANGED,
        authority_ends_with_account,
        authority_follows_role,
    )
    from accord.signing.services.signatory_changes import open_notices

    subscribe(ROLE_REVOKED, authority_follows_role, in_transaction=True)
    subscribe(ACCOUNT_DEACTIVATED, authority_ends_with_account, in_transaction=True)
    subscribe(SIGNATORY_CHANGED, open_notices, in_transaction=True)
    party_news.register()
    consents.register()
