from __future__ import annotations

from django.db.models import Count, Prefetch, QuerySet
from django.shortcuts import get_object_or_404

from accord.governance.models import Area, Body, BodyKind, Level, ReportingLine


def body_list(*, level: str = "", kind: str = "") -> QuerySet[Body]:
    queryset = Body.objects.select_related("area", "host")
    if level in Level.values:
        queryset = queryset.filter(level=level)
    if kind in BodyKind.values:
        queryset = queryset.filter(kind=kind)
    return queryset.order_by("name")


def body_detail(slug: str) -> Body:
    queryset = Body.objects.select_related("area", "host").prefetch_related(
        "other_names",
        Prefetch("lines_out", queryset=ReportingLine.objects.select_related("to_body")),
        Prefetch("lines_in", queryset=ReportingLine.objects.select_related("from_body")),
        "organisation_members__organisation",
        "person_members__person__organisation",
        "strategy_goals",
    )
    return get_object_or_404(queryset, slug=slug)


def area_list() -> QuerySet[Area]:
    return (
        Area.objects.select_related("parent")
        .annotate(body_count=Count("bodies"))
        .order_by("level", "name")
    )


def area_detail(slug: str) -> Area:
    queryset = Area.objects.select_related("parent").prefetch_related(
        "children", "bodies", "organisations"
    )
    return get_object_or_404(queryset, slug=slug)
