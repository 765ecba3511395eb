"""Permissions for consultations on draft agreements (declared once, here).

A consultation, its comments and responses are for members only: administrators, the
partnership officers of the body that owns the agreement, and anyone holding a role at
a body or for an organisation that is consulted. People invited by e-mail without an
account reach one consultation through their link, never through these rules.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import rules

from accord.accounts.models import RoleName
from accord.accounts.scope import Viewer, scope_of
from accord.permissions.core import is_administrator
from accord.permissions.predicate import predicate

if TYPE_CHECKING:
    from accord.agreements.models import Agreement
    from accord.consultations.models import Consultation


def _owning_body_id(consultation: Consultation) -> int | None:
    return consultation.version.agreement.owning_body_id


@predicate
def is_officer_of_agreement_to_consult(user: Viewer, agreement: Agreement | None) -> bool:
    if agreement is None:
        return False
    return agreement.owning_body_id in scope_of(user).body_ids(RoleName.OFFICER)


@predicate
def is_officer_of_consultation(user: Viewer, consultation: Consultation | None) -> bool:
    if consultation is None:
        return False
    return _owning_body_id(consultation) in scope_of(user).body_ids(RoleName.OFFICER)


@predicate
def is_consultee(user: Viewer, consultation: Consultation | None) -> bool:
    """Holds any role at a consulted body, or for a consulted organisation."""
    if consultation is None:
        return False
    scope = scope_of(user)
    bodies, organisations = scope.body_ids(), scope.organisation_ids()
    if not bodies and not organisations:
        return False
    consulted_bodies, consulted_organisations = consultation.consultee_ids()
    return bool(bodies & consulted_bodies or organisations & consulted_organisations)


can_run = is_administrator | is_officer_of_consultation
can_take_part = can_run | is_consultee

rules.add_perm(
    "consultations.open_consultation", is_administrator | is_officer_of_agreement_to_consult
)
rules.add_perm("consultations.view_consultation", can_take_part)
rules.add_perm("consultations.comment", can_take_part)
rules.add_perm("consultations.respond", can_run)
rules.add_perm("consultations.manage_consultation", can_run)
