"""Which agreements a person may read: scoped here, in the data layer, so no list forgets.

The public may read an agreement from sign-up on (the approved text, its parties and who
signed are public record). Members read the agreements of the bodies and organisations
they hold a role for: the owning body and party organisations are known here; apps that
add other ways of belonging (the route's bodies, in approvals) register them with
``add_membership`` in their ``ready()``.
"""

from __future__ import annotations

from collections.abc import Callable

from django.db.models import Q, QuerySet

from accord.accounts.scope import Scope, Viewer, scope_of
from accord.agreements.models import Agreement, AgreementStatus, Party

PUBLIC_AGREEMENT_STATUSES = (
    AgreementStatus.SIGN_UP,
    AgreementStatus.IN_FORCE,
    AgreementStatus.UNDER_REVIEW,
    AgreementStatus.SUPERSEDED,
    AgreementStatus.EXPIRED,
)
EDITABLE_AGREEMENT_STATUSES = (AgreementStatus.DRAFT, AgreementStatus.CONSULTATION)

Membership = Callable[[Scope], Q]
_memberships: list[Membership] = []


def add_membership(condition: Membership) -> None:
    """Register another way a scope's bodies or organisations make it a member."""
    if condition not in _memberships:
        _memberships.append(condition)


def membership(scope: Scope) -> Q:
    """Agreements whose owning body the scope holds a role at, whose party organisations
    it holds a role for, or that a registered app says it belongs to."""
    condition = Q(pk__in=[])
    bodies, organisations = scope.body_ids(), scope.organisation_ids()
    if bodies:
        condition |= Q(owning_body_id__in=bodies)
    if organisations:
        parties = Party.objects.filter(organisation_id__in=organisations).values("agreement_id")
        condition |= Q(id__in=parties)
    for extra in _memberships:
        condition |= extra(scope)
    return condition


def member_agreements(scope: Scope) -> QuerySet[Agreement]:
    return Agreement.objects.filter(membership(scope))


def visible_agreements(
    user: Viewer, queryset: QuerySet[Agreement] | None = None
) -> QuerySet[Agreement]:
    """The agreements ``user`` may read: public ones, and those they are a member of;
    everything for an administrator."""
    queryset = Agreement.objects.all() if queryset is None else queryset
    scope = scope_of(user)
    if scope.administrator:
        return queryset
    return queryset.filter(Q(status__in=PUBLIC_AGREEMENT_STATUSES) | membership(scope))


def visible_through_agreement(user: Viewer) -> Q:
    """A condition on rows that belong to an agreement (parties): that ``user`` may read
    the agreement. The public part is a join on the agreement's status, which both
    engines use with the row's own indexes (an organisation's parties); a subquery of
    every public agreement made SQLite probe 6,000 agreements for one organisation."""
    scope = scope_of(user)
    if scope.administrator:
        return Q()
    condition = Q(agreement__status__in=PUBLIC_AGREEMENT_STATUSES)
    if scope.authenticated:
        condition |= Q(agreement__in=member_agreements(scope))
    return condition
