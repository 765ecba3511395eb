"""Who may sign for an organisation: recording and withdrawing authorised signatories.

Signing authority and the signatory role go together: recording an authority gives the
role, and withdrawing the last authority, or an administrator removing the role, ends
the authority and withdraws every link the person had not used.
"""

from __future__ import annotations

from typing import Any

from django.db import IntegrityError, transaction
from django.utils import timezone

from accord.accounts.models import Role, RoleName, User
from accord.accounts.scope import forget_scope, scope_of
from accord.audit.actions import AuditAction
from accord.audit.services import audit_record
from accord.core.errors import Invalid, Refused
from accord.core.events import Event, publish
from accord.organisations.models import Organisation
from accord.signing.models import AuthorisedSignatory, SignatoryChange, SigningInvitation

SIGNATORY_CHANGED = "signing.signatory.changed"
POST_MAX, AUTHORITY_MAX = 200, 300


def _require(actor: User, organisation: Organisation) -> None:
    if not actor.has_perm("signing.manage_signatories", organisation):
        raise Refused(
            f"Only an administrator, or a partnership officer of a body with an agreement "
            f"{organisation} is party to, can record or withdraw its signatories."
        )


@transaction.atomic
def signatory_authorise(
    *, actor: User, organisation: Organisation, user: User, post: str, authority: str
) -> AuthorisedSignatory:
    _require(actor, organisation)
    if user.pk == actor.pk and not scope_of(actor).administrator:
        raise Invalid(
            {
                "email": "You cannot record yourself as a signatory. Ask an administrator to "
                "record you, so that someone else checks your authority."
            }
        )
    post, authority = _clean(post, authority)
    try:
        with transaction.atomic():
            signatory = AuthorisedSignatory.objects.create(
                organisation=organisation, user=user, post=post, authority=authority
            )
    except IntegrityError:
        raise Invalid(
            {"user": f"{user.display_name} is already a signatory for {organisation}."}
        ) from None
    # The signatory role gives them the member's view of their organisation's agreements.
    Role.objects.get_or_create(user=user, name=RoleName.SIGNATORY, organisation=organisation)
    forget_scope(user)
    audit_record(
        actor=actor,
        action=AuditAction.SIGNING_SIGNATORY_AUTHORISE,
        obj=organisation,
        after={"user": user.email, "post": post, "authority": authority},
    )
    return signatory


def _clean(post: str, authority: str) -> tuple[str, str]:
    post, authority = " ".join(post.split())[:POST_MAX], " ".join(authority.split())[:AUTHORITY_MAX]
    if not post:
        raise Invalid({"post": "Enter the signatory's post, such as Chief Executive."})
    if not authority:
        raise Invalid(
            {"authority": "Enter what they sign under, such as a scheme of delegation reference."}
        )
    return post, authority


@transaction.atomic
def signatory_change_post(
    *, actor: User, signatory: AuthorisedSignatory, post: str, authority: str
) -> AuthorisedSignatory:
    """The signatory now holds another post (or signs under another authority). The old
    record ends, so the signatures given under it keep the post they were given in; a
    new record carries the new post. Their unused links stop working."""
    _require(actor, signatory.organisation)
    signatory = AuthorisedSignatory.objects.select_for_update().get(pk=signatory.pk)
    if not signatory.active:
        raise Invalid({"post": f"{signatory.user.display_name} no longer signs for it."})
    post, authority = _clean(post, authority)
    if (post, authority) == (signatory.post, signatory.authority):
        return signatory
    links = _end_authority(signatory, change=SignatoryChange.POST_CHANGED)
    successor = AuthorisedSignatory.objects.create(
        organisation=signatory.organisation, user=signatory.user, post=post, authority=authority
    )
    audit_record(
        actor=actor,
        action=AuditAction.SIGNING_SIGNATORY_CHANGE_POST,
        obj=signatory.organisation,
        before={
            "user": signatory.user.email,
            "post": signatory.post,
            "authority": signatory.authority,
        },
        after={"post": post, "authority": authority, "links_withdrawn": links},
    )
    return successor


def _end_authority(signatory: AuthorisedSignatory, *, change: str = "withdrawn") -> int:
    """Make ``signatory`` inactive and withdraw its unused links; returns how many. The
    agreements they signed are told (accord/signing/services/signatory_changes.py)."""
    AuthorisedSignatory.objects.filter(pk=signatory.pk).update(active=False)
    links = SigningInvitation.objects.filter(
        signatory=signatory, used_at__isnull=True, revoked_at__isnull=True
    ).update(revoked_at=timezone.now())
    publish(SIGNATORY_CHANGED, signatory_id=signatory.pk, change=change)
    return links


@transaction.atomic
def signatory_withdraw(*, actor: User, signatory: AuthorisedSignatory) -> None:
    _require(actor, signatory.organisation)
    signatory = AuthorisedSignatory.objects.select_for_update().get(pk=signatory.pk)
    if not signatory.active:
        return
    links = _end_authority(signatory)
    still_signs = AuthorisedSignatory.objects.filter(
        user=signatory.user, organisation=signatory.organisation, active=True
    ).exists()
    if not still_signs:
        Role.objects.filter(
            user=signatory.user, name=RoleName.SIGNATORY, organisation=signatory.organisation
        ).delete()
        forget_scope(signatory.user)
    audit_record(
        actor=actor,
        action=AuditAction.SIGNING_SIGNATORY_WITHDRAW,
        obj=signatory.organisation,
        before={"user": signatory.user.email, "post": signatory.post},
        after={"links_withdrawn": links},
    )


def _end_authorities(event: Event, note: str, **which: Any) -> None:
    """End every active authority matching ``which``, each audited with ``note``."""
    for signatory in AuthorisedSignatory.objects.filter(active=True, **which).select_related(
        "organisation", "user"
    ):
        links = _end_authority(signatory)
        audit_record(
            actor=event.payload.get("actor"),
            action=AuditAction.SIGNING_SIGNATORY_WITHDRAW,
            obj=signatory.organisation,
            before={"user": signatory.user.email, "post": signatory.post},
            after={"links_withdrawn": links},
            note=note,
        )


def authority_follows_role(event: Event) -> None:
    """An administrator removed someone's signatory role: their authority for that
    organisation ends with it, and so do their unused links."""
    if event.payload["role"] == RoleName.SIGNATORY:
        _end_authorities(
            event,
            "the signatory role was removed",
            user_id=event.payload["user_id"],
            organisation_id=event.payload["organisation_id"],
        )


def authority_ends_with_account(event: Event) -> None:
    """A deactivated account signs nothing: its authorities and links end."""
    _end_authorities(event, "the account was deactivated", user_id=event.payload["user_id"])
