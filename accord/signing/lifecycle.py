"""What sign-up requires of an agreement's status, and what status changes do to sign-up.
Registered with the lifecycle in ``SigningConfig.ready``.

- Coming into force needs a signature from every party on the version open for
  sign-up, or the officer's recorded close-out naming the parties that had not signed.
- Opening sign-up invites every party that has not answered that version.
- Leaving sign-up (into force, back to draft, withdrawn) withdraws every unused link:
  a link works only while sign-up is open on the version it was made for.
"""

from __future__ import annotations

from django.utils import timezone

from accord.accounts.services import ACCOUNT_DEACTIVATED, ROLE_REVOKED
from accord.agreements.models import AgreementStatus as S
from accord.agreements.models import PartyStatus
from accord.agreements.services.transitions import Move, condition, on_enter, on_leave
from accord.core.events import subscribe
from accord.signing.models import Decision, Signature, SigningInvitation, SignUpCloseOut


def unsigned_parties(agreement, version) -> list:
    """The parties without a signature on ``version``, in the agreement's order."""
    signed = Signature.objects.filter(version=version, decision=Decision.SIGNED).values("party_id")
    return list(
        agreement.parties.exclude(pk__in=signed).select_related("organisation").order_by("order")
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
    total = agreement.parties.count()
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
    SigningInvitation.objects.filter(
        party__agreement=move.agreement, used_at__isnull=True, revoked_at__isnull=True
    ).update(revoked_at=timezone.now())
    if move.to != S.IN_FORCE:
        # Parties' answers were about the version that was open; none is open now.
        move.agreement.parties.exclude(status=PartyStatus.PENDING).update(
            status=PartyStatus.PENDING
        )


def register() -> None:
    from accord.signing.services.authority import (
        authority_ends_with_account,
        authority_follows_role,
    )

    subscribe(ROLE_REVOKED, authority_follows_role, in_transaction=True)
    subscribe(ACCOUNT_DEACTIVATED, authority_ends_with_account, in_transaction=True)
