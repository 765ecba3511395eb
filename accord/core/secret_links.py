"""Secrets for links and tokens: made, hashed, found and revoked in one way everywhere.

Signing links, consultation links, implication-verification links and personal API
tokens all carry a random secret that is shown once (in an e-mail or on screen) and
stored only as its SHA-256 hash, so a copy of the database opens nothing. Looking one
up compares hashes in constant time and refuses over-long input before hashing it.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from typing import TypeVar

from django.db.models import Model, QuerySet
from django.utils import timezone

# Longer than any secret Accord makes (43 characters plus a prefix): anything beyond is
# not one of ours, and is refused before it costs a hash.
MAX_LENGTH = 200

M = TypeVar("M", bound=Model)


def secret_hash(secret: str) -> str:
    """The hash stored in place of ``secret``."""
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


def new_secret(prefix: str = "") -> tuple[str, str]:
    """A fresh secret (with ``prefix``, for tokens people recognise) and its hash."""
    secret = prefix + secrets.token_urlsafe(32)
    return secret, secret_hash(secret)


def find_by_secret(queryset: QuerySet[M], secret: str, *, field: str = "token_hash") -> M | None:
    """The row of ``queryset`` whose ``field`` is the hash of ``secret``, or None."""
    if not secret or len(secret) > MAX_LENGTH:
        return None
    expected = secret_hash(secret)
    row = queryset.filter(**{field: expected}).first()
    if row is None or not hmac.compare_digest(getattr(row, field), expected):
        return None
    return row


def revoke_all(queryset: QuerySet, *, field: str = "revoked_at") -> int:
    """Mark every row not yet revoked as revoked now; returns how many."""
    return queryset.filter(**{f"{field}__isnull": True}).update(**{field: timezone.now()})
