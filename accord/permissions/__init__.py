"""Every permission in Accord, declared once as a named rule.

Views, templates (``{% has_perm %}``) and services all ask ``user.has_perm(NAME, obj)``.
The predicates read the user's roles once per request (``accord.accounts.scope``).
Which rows a user may see at all is decided in the data layer by ``visible_*`` below,
so a list page cannot forget to scope itself.
"""

from __future__ import annotations

import rules
from django.db.models import Q, QuerySet

from accord.accounts.models import RoleName
from accord.accounts.scope import scope_of

# Agreements the public may read: from sign-up on, the approved text, its parties and
# who has signed are public record.
PUBLIC_AGREEMENT_STATUSES = ("sign_up", "in_force", "under_review", "superseded")
EDITABLE_AGREEMENT_STATUSES = ("draft", "consultation")


# --- predicates -------------------------------------------------------------------------


@rules.predicate
def is_administrator(user) -> bool:
    return scope_of(user).administrator


@rules.predicate
def is_signed_in(user) -> bool:
    return bool(user and user.is_authenticated and user.is_active)


@rules.predicate
def is_any_officer(user) -> bool:
    return bool(scope_of(user).body_ids(RoleName.OFFICER))


@rules.predicate
def is_officer_of_agreement(user, agreement) -> bool:
    return agreement.owning_body_id in scope_of(user).body_ids(RoleName.OFFICER)


@rules.predicate
def is_member_of_agreement(user, agreement) -> bool:
    """Holds any role at the owning body or a body on the route, or for a party organisation."""
    scope = scope_of(user)
    if not scope.authenticated:
        return False
    return member_agreements(scope).filter(pk=agreement.pk).exists()


@rules.predicate
def is_public_agreement(user, agreement) -> bool:
    return agreement.status in PUBLIC_AGREEMENT_STATUSES


@rules.predicate
def is_editable_agreement(user, agreement) -> bool:
    return agreement.status in EDITABLE_AGREEMENT_STATUSES


@rules.predicate
def is_public_meeting(user, meeting) -> bool:
    return meeting.public


@rules.predicate
def is_member_of_meeting_body(user, meeting) -> bool:
    return meeting.body_id in scope_of(user).body_ids()


@rules.predicate
def is_secretary_of_body(user, body) -> bool:
    return body.pk in scope_of(user).body_ids(RoleName.SECRETARY)


@rules.predicate
def is_secretary_of_meeting(user, meeting) -> bool:
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


# --- data-layer scoping -----------------------------------------------------------------


def visible_agreements(user, queryset: QuerySet | None = None) -> QuerySet:
    """The agreements ``user`` may read: public ones, and those of the bodies and
    organisations they hold a role for; everything for an administrator."""
    from accord.agreements.models import Agreement

    queryset = Agreement.objects.all() if queryset is None else queryset
    scope = scope_of(user)
    if scope.administrator:
        return queryset
    return queryset.filter(Q(status__in=PUBLIC_AGREEMENT_STATUSES) | _membership(scope))


def _membership(scope) -> Q:
    """Agreements whose owning body or route body the scope holds a role at, or whose
    party organisations it signs or verifies for."""
    from accord.agreements.models import Party
    from accord.approvals.models import ApprovalStep

    condition = Q(pk__in=[])
    bodies, organisations = scope.body_ids(), scope.organisation_ids()
    if bodies:
        on_route = ApprovalStep.objects.filter(body_id__in=bodies).values("agreement_id")
        condition |= Q(owning_body_id__in=bodies) | Q(id__in=on_route)
    if organisations:
        parties = Party.objects.filter(organisation_id__in=organisations).values("agreement_id")
        condition |= Q(id__in=parties)
    return condition


def member_agreements(scope) -> QuerySet:
    from accord.agreements.models import Agreement

    return Agreement.objects.filter(_membership(scope))


def visible_meetings(user, queryset: QuerySet | None = None) -> QuerySet:
    from accord.approvals.models import Meeting

    queryset = Meeting.objects.all() if queryset is None else queryset
    scope = scope_of(user)
    if scope.administrator:
        return queryset
    return queryset.filter(Q(public=True) | Q(body_id__in=scope.body_ids()))


# Each area's own permissions live beside these, declared once there.
from accord.permissions import consultations as _consultations  # noqa: E402,F401
from accord.permissions import imports as _imports  # noqa: E402,F401
from accord.permissions import meetings as _meetings  # noqa: E402,F401
from accord.permissions import notices as _notices  # noqa: E402,F401
from accord.permissions import reports as _reports  # noqa: E402,F401
from accord.permissions import signing as _signing  # noqa: E402,F401
