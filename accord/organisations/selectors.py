from __future__ import annotations

from django.db.models import Q, QuerySet
from django.shortcuts import get_object_or_404

from accord.organisations.models import Organisation, OrganisationKind

SEARCH_MAX_LENGTH = 100


def organisation_search(*, query: str = "", kind: str = "") -> QuerySet[Organisation]:
    """Organisations whose name, short name, other names or identifier code match ``query``."""
    queryset = Organisation.objects.all()
    query = query.strip()[:SEARCH_MAX_LENGTH]
    if query:
        matches = (
            Q(name__icontains=query)
            | Q(short_name__icontains=query)
            | Q(other_names__name__icontains=query)
            | Q(identifiers__code__iexact=query)
        )
        ids = Organisation.objects.filter(matches).values("id")
        queryset = queryset.filter(id__in=ids)
    if kind in OrganisationKind.values:
        queryset = queryset.filter(kind=kind)
    return queryset.prefetch_related("identifiers").order_by("name")


def organisation_detail(slug: str) -> Organisation:
    queryset = Organisation.objects.select_related("area").prefetch_related(
        "identifiers",
        "other_names",
        "successions_in__predecessor",
        "successions_out__successor",
        "parties__agreement",
        "memberships__body",
        "hosted_bodies",
        "people",
    )
    return get_object_or_404(queryset, slug=slug)
