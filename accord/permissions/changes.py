"""Permissions for agreements over time: successions in the register, parties leaving,
reviews, and the officer's list of what needs attention (declared once, here)."""

from __future__ import annotations

import rules

from accord.accounts.models import RoleName
from accord.accounts.scope import Viewer, scope_of
from accord.agreements.models import Agreement, Party
from accord.permissions.core import (
    is_administrator,
    is_any_officer,
    is_officer_of_agreement,
)
from accord.permissions.predicate import predicate


@predicate
def is_officer_of_party_agreement(user: Viewer, party: Party | None) -> bool:
    return party is not None and is_officer_of_agreement(user, party.agreement)


@predicate
def is_signatory_of_party(user: Viewer, party: Party | None) -> bool:
    """Holds the signatory role for the party's organisation: it may give notice."""
    return party is not None and party.organisation_id in scope_of(user).organisation_ids(
        RoleName.SIGNATORY
    )


@predicate
def is_secretary_of_owning_body(user: Viewer, agreement: Agreement | None) -> bool:
    return agreement is not None and agreement.owning_body_id in scope_of(user).body_ids(
        RoleName.SECRETARY
    )


# The register says who succeeded whom: its keepers, the administrators, record it.
rules.add_perm("organisations.record_succession", is_administrator)
rules.add_perm(
    "agreements.give_notice",
    is_administrator | is_officer_of_party_agreement | is_signatory_of_party,
)
rules.add_perm(
    "approvals.record_review",
    is_administrator | is_officer_of_agreement | is_secretary_of_owning_body,
)
rules.add_perm("home.view_attention", is_administrator | is_any_officer)
