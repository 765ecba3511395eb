"""Permissions for committee cover reports (declared once, here).

A report is read by those who may read the agreement's history (its members); it is
written by the agreement's officers; each implication is answered by its named verifier.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import rules

from accord.accounts.models import RoleName
from accord.accounts.scope import Viewer, scope_of
from accord.permissions.core import (
    is_administrator,
    is_member_of_agreement,
    is_officer_of_agreement,
)
from accord.permissions.predicate import predicate

if TYPE_CHECKING:
    from accord.reports.models import ImplicationRequest


@predicate
def is_the_named_verifier(user: Viewer, implication: ImplicationRequest) -> bool:
    scope = scope_of(user)
    return (
        user is not None
        and scope.authenticated
        and implication.verifier_id == user.pk
        and scope.holds(RoleName.VERIFIER)
    )


rules.add_perm("reports.view_report", is_administrator | is_member_of_agreement)
rules.add_perm("reports.manage_report", is_administrator | is_officer_of_agreement)
rules.add_perm("reports.answer_implication", is_the_named_verifier)
