"""Finding the consultation invitation behind an e-mailed link (secrets: core.secret_links)."""

from __future__ import annotations

from accord.consultations.models import Invitation
from accord.core.secret_links import find_by_secret


def invitation_for_token(token: str, *, queryset=None) -> Invitation | None:
    """The unrevoked invitation this token opens, or None for a forged, replaced or
    withdrawn link."""
    queryset = Invitation.objects.all() if queryset is None else queryset
    return find_by_secret(queryset.filter(revoked=False), token)
