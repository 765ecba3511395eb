"""Permissions for sign-up (declared once, here)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import rules

from accord.accounts.models import RoleName
from accord.accounts.scope import Viewer, scope_of
from accord.agreements.models import Party
from accord.permissions.core import is_administrator
from accord.permissions.predicate import predicate

if TYPE_CHECKING:
    from accord.organisations.models import Organisation


@predicate
def is_officer_for_a_party_of(user: Viewer, organisation: Organisation | None) -> bool:
    """An officer of a body that owns an agreement to which ``organisation`` is a party:
    the people who need that organisation's signature."""
    if organisation is None:
        return False
    bodies = scope_of(user).body_ids(RoleName.OFFICER)
    if not bodies:
        return False
    return Party.objects.filter(
        organisation=organisation, agreement__owning_body_id__in=bodies
    ).exists()


# Who may record or withdraw an organisation's authorised signatories. Recording oneself
# is refused by the service unless the actor is an administrator.
rules.add_perm("signing.manage_signatories", is_administrator | is_officer_for_a_party_of)
