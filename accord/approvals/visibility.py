"""Which meetings a person may see, and the route's part in who may read an agreement."""

from __future__ import annotations

from django.db.models import Q, QuerySet

from accord.accounts.scope import Scope, Viewer, scope_of
from accord.approvals.models import ApprovalStep, Meeting


def visible_meetings(user: Viewer, queryset: QuerySet[Meeting] | None = None) -> QuerySet[Meeting]:
    """Public meetings, and those of bodies the user holds a role at; all for an
    administrator."""
    queryset = Meeting.objects.all() if queryset is None else queryset
    scope = scope_of(user)
    if scope.administrator:
        return queryset
    return queryset.filter(Q(public=True) | Q(body_id__in=scope.body_ids()))


def on_the_route(scope: Scope) -> Q:
    """Agreements with a step taken by a body the scope holds a role at: its members read
    what they are asked to decide (registered in ``ApprovalsConfig.ready``)."""
    bodies = scope.body_ids()
    if not bodies:
        return Q(pk__in=[])
    return Q(id__in=ApprovalStep.objects.filter(body_id__in=bodies).values("agreement_id"))
