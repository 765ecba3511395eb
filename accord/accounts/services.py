"""Changing who can do what: each change is checked, made, then audited."""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.conf import settings
from django.contrib.auth.tokens import default_token_generator
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode

from accord.accounts.models import BODY_ROLES, ORGANISATION_ROLES, Role, RoleName, User
from accord.accounts.scope import forget_scope
from accord.audit.actions import AuditAction
from accord.audit.services import audit_record
from accord.core.events import publish

if TYPE_CHECKING:
    from accord.governance.models import Body
    from accord.organisations.models import Organisation

ROLE_REVOKED = "accounts.role.revoked"
ACCOUNT_DEACTIVATED = "accounts.user.deactivated"


def _require_administrator(actor: User) -> None:
    if not actor.has_perm("accounts.manage_roles"):
        raise PermissionDenied("Only an administrator can change people's roles.")


@transaction.atomic
def user_invite(*, actor: User, email: str, full_name: str) -> User:
    """Create an account and e-mail its owner a link to choose a password."""
    _require_administrator(actor)
    email = User.objects.normalize_email(email).lower()
    if User.objects.filter(email__iexact=email).exists():
        raise ValidationError({"email": "Someone already has an account with this e-mail address."})
    user = User.objects.create_user(email=email, password=None, full_name=full_name)
    audit_record(
        actor=actor,
        action=AuditAction.ACCOUNTS_USER_INVITE,
        obj=user,
        after={"email": email, "full_name": full_name},
    )
    send_set_password_link(user, inviter=actor.display_name)
    return user


def send_set_password_link(user: User, *, inviter: str) -> None:
    """E-mail a single-use link to choose a password (Django's reset token)."""
    context = {
        "site_name": settings.ACCORD_SITE_NAME,
        "inviter": inviter,
        "email": user.email,
        # With password sign-in switched off, the person signs in with single sign-on.
        "password_sign_in": getattr(settings, "ACCORD_PASSWORD_SIGN_IN", True),
        "sign_in_link": settings.ACCORD_BASE_URL + reverse("accounts:login"),
        "link": settings.ACCORD_BASE_URL
        + reverse(
            "accounts:password_reset_confirm",
            kwargs={
                "uidb64": urlsafe_base64_encode(force_bytes(user.pk)),
                "token": default_token_generator.make_token(user),
            },
        ),
    }
    subject = render_to_string("accounts/email/invite_subject.txt", context).strip()
    body = render_to_string("accounts/email/invite.txt", context)
    send_mail(subject, body, None, [user.email])


@transaction.atomic
def role_grant(
    *,
    actor: User,
    user: User,
    name: str,
    body: Body | None = None,
    organisation: Organisation | None = None,
) -> Role:
    _require_administrator(actor)
    if name in BODY_ROLES and body is None:
        raise ValidationError({"body": "Choose the body this role is held for."})
    if name in ORGANISATION_ROLES and organisation is None:
        raise ValidationError({"organisation": "Choose the organisation this role is held for."})
    if name not in RoleName.values:
        raise ValidationError({"name": "Choose a role."})
    scoped = {
        "body": body if name in BODY_ROLES else None,
        "organisation": organisation if name in ORGANISATION_ROLES else None,
    }
    try:
        with transaction.atomic():
            role = Role.objects.create(user=user, name=name, **scoped)
    except IntegrityError:
        raise ValidationError({"name": f"{user.display_name} already holds this role."}) from None
    audit_record(
        actor=actor,
        action=AuditAction.ACCOUNTS_ROLE_GRANT,
        obj=user,
        after={"role": name, "body": str(body or ""), "organisation": str(organisation or "")},
    )
    forget_scope(user)
    return role


@transaction.atomic
def role_revoke(*, actor: User, role: Role) -> None:
    _require_administrator(actor)
    if role.name == RoleName.ADMINISTRATOR and role.user_id == actor.pk:
        raise ValidationError("You cannot remove your own administrator role.")
    before = {
        "role": role.name,
        "body": str(role.body or ""),
        "organisation": str(role.organisation or ""),
    }
    user = role.user
    revoked = {"role": role.name, "organisation_id": role.organisation_id, "body_id": role.body_id}
    role.delete()
    audit_record(actor=actor, action=AuditAction.ACCOUNTS_ROLE_REVOKE, obj=user, before=before)
    forget_scope(user)
    # What rests on the role ends with it (signing authority: accord/signing/lifecycle.py).
    publish(ROLE_REVOKED, user_id=user.pk, actor=actor, **revoked)
