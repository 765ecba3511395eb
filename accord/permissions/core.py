"""The shared predicates, and the permissions on agreements, meetings and roles.

Views, templates (``{% has_perm %}``) and services all ask ``user.has_perm(NAME, obj)``.
The predicates read the user's roles once per request (``accord.accounts.scope``).
Which rows a user may see at all is decided in the data layer, beside the data
(``accord.agreements.visibility``, ``accord.approvals.visibility``, ``accord.consultations.visibility``),
so a list page cannot forget to scope itself.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import rules

from accord.accounts.models import RoleName
from accord.accounts.scope import Viewer, scope_of
from accord.agreements.visibility import (
    EDITABLE_AGREEMENT_STATUSES,
    PUBLIC_AGREEMENT_STATUSES,
    member_agreements,
)
from accord.permissions.predicate import predicate

if TYPE_CHECKING:
    from accord.agreements.models import Agreement
    from accord.approvals.models import Meeting
    from accord.governance.models import Body

# --- predicates -------------------------------------------------------------------------


@predicate
def is_administrator(user: Viewer) -> bool:
    return scope_of(user).administrator


@predicate
def is_signed_in(user: Viewer) -> bool:
    return bool(user and user.is_authenticated and user.is_active)


@predicate
def is_any_officer(user: Viewer) -> bool:
    return bool(scope_of(user).body_ids(RoleName.OFFICER))


@predicate
def is_officer_of_agreement(user: Viewer, agreement: Agreement) -> bool:
    return agreement.owning_body_id in scope_of(user).body_ids(RoleName.OFFICER)


@predicate
def is_member_of_agreement(user: Viewer, agreement: Agreement) -> bool:
    """Holds any role at the owning body or a body on the route, or for a party organisation."""
    scope = scope_of(user)
    if not scope.authenticated:
        return False
    return member_agreements(scope).filter(pk=agreement.pk).exists()


@predicate
def is_public_agreement(user: Viewer, agreement: Agreement) -> bool:
    return agreement.status in PUBLIC_AGREEMENT_STATUSES


@predicate
def is_editable_agreement(user: Viewer, agreement: Agreement) -> bool:
    return agreement.status in EDITABLE_AGREEMENT_STATUSES


@predicate
def is_public_meeting(user: Viewer, meeting: Meeting) -> bool:
    return meeting.public


@predicate
def is_member_of_meeting_body(user: Viewer, meeting: Meeting) -> bool:
    return meeting.body_id in scope_of(user).body_ids()


@predicate
def is_secretary_of_body(user: Viewer, body: Body) -> bool:
    return body.pk in scope_of(user).body_ids(RoleName.SECRETARY)


@predicate
def is_secretary_of_meeting(user: Viewer, meeting: Meeting) -> bool:
    return meeting.body_id in scope_of(user).body_ids(RoleName.SECRETARY)


# --- the named permissions --------------------------------------------------------------

rules.add_perm(
    "agreements.view_agreement", is_public_agreement | is_administrator | is_member_of_agreement
)
rules.add_perm("agreements.view_history", is_administrator | is_member_of_agreement)
rules.add_perm("agreements.add_agreement", is_administrator | is_any_officer)
rules.add_perm("agreements.manage_agreement", is_administrator | is_officer_of_agreement)
rules.add_perm(
    "agreements.edit_draft",
    (is_administrator | is_officer_of_agreement) & is_editable_agreement,
)
rules.add_perm(
    "approvals.view_meeting", is_public_meeting | is_administrator | is_member_of_meeting_body
)
rules.add_perm("approvals.manage_meeting", is_administrator | is_secretary_of_meeting)
rules.add_perm("approvals.add_meeting", is_administrator | is_secretary_of_body)
rules.add_perm("accounts.manage_roles", is_administrator)


# --- data-layer scoping lives with the data: accord.agreements.visibility,
# accord.approvals.visibility, accord.consultations.visibility.
