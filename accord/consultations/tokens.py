"""The secret in an e-mailed link: random, shown once, stored only as its SHA-256 hash."""

from __future__ import annotations

import hashlib
import hmac
import secrets

from accord.consultations.models import Invitation


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def new_token() -> tuple[str, str]:
    """A fresh token and the hash to store; the token itself goes only into the e-mail."""
    token = secrets.token_urlsafe(32)
    return token, token_hash(token)


def invitation_for_token(token: str, *, queryset=None) -> Invitation | None:
    """The unrevoked invitation this token opens, or None for a forged, replaced or
    withdrawn link."""
    if not token or len(token) > 200:
        return None
    expected = token_hash(token)
    queryset = Invitation.objects.all() if queryset is None else queryset
    invitation = queryset.filter(token_hash=expected, revoked=False).first()
    if invitation is None or not hmac.compare_digest(invitation.token_hash, expected):
        return None
    return invitation
