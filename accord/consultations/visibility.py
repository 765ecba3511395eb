"""Which consultations a person may see: members only (accord/permissions/consultations.py
says who may do what with one)."""

from __future__ import annotations

from django.db.models import Q, QuerySet

from accord.accounts.models import RoleName
from accord.accounts.scope import Viewer, scope_of
from accord.consultations.models import Consultation


def visible_consultations(
    user: Viewer, queryset: QuerySet[Consultation] | None = None
) -> QuerySet[Consultation]:
    """The consultations ``user`` may see; none for someone not signed in."""
    queryset = Consultation.objects.all() if queryset is None else queryset
    scope = scope_of(user)
    if not scope.authenticated:
        return queryset.none()
    if scope.administrator:
        return queryset
    through_bodies = Consultation.consultee_bodies.through.objects
    through_organisations = Consultation.consultee_organisations.through.objects
    visible = Q(version__agreement__owning_body_id__in=scope.body_ids(RoleName.OFFICER))
    visible |= Q(
        id__in=through_bodies.filter(body_id__in=scope.body_ids()).values("consultation_id")
    )
    visible |= Q(
        id__in=through_organisations.filter(organisation_id__in=scope.organisation_ids()).values(
            "consultation_id"
        )
    )
    return queryset.filter(visible)
