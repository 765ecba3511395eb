"""Creating, revoking and resolving personal API tokens."""

from __future__ import annotations

from django.db import transaction
from django.utils import timezone

from accord.api.models import ApiToken
from accord.audit.actions import AuditAction
from accord.audit.services import audit_record
from accord.core.secret_links import find_by_secret, new_secret

TOKEN_PREFIX = "accord_"


@transaction.atomic
def api_token_create(*, user, name: str) -> tuple[ApiToken, str]:
    """Make a token for ``user``; returns the row and the token, which is never stored."""
    token, hashed = new_secret(prefix=TOKEN_PREFIX)
    row = ApiToken.objects.create(
        user=user, name=name.strip(), token_hash=hashed, prefix=token[:12]
    )
    audit_record(actor=user, action=AuditAction.API_TOKEN_CREATE, obj=row, after={"name": row.name})
    return row, token


@transaction.atomic
def api_token_revoke(*, user, token: ApiToken) -> None:
    if token.user_id != user.pk:
        raise PermissionError("Only the owner may revoke a token.")
    if token.revoked_at is not None:
        return
    token.revoked_at = timezone.now()
    token.save(update_fields=["revoked_at"])
    audit_record(
        actor=user, action=AuditAction.API_TOKEN_REVOKE, obj=token, before={"name": token.name}
    )


def api_token_user(token: str):
    """The active user a token acts as, or None; records when the token was last used."""
    row = find_by_secret(
        ApiToken.objects.select_related("user").filter(
            revoked_at__isnull=True, user__is_active=True
        ),
        token,
    )
    if row is None:
        return None
    ApiToken.objects.filter(pk=row.pk).update(last_used_at=timezone.now())
    return row.user
