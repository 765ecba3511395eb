from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from django.db.models import Count, Prefetch, Q, QuerySet
from django.shortcuts import get_object_or_404

from accord.caching.values import cached_rows_value
from accord.governance.models import Area, Body, BodyKind, BodyStatus, Level, ReportingLine


def there_on(day: dt.date, prefix: str = "") -> Q:
    """Bodies there on ``day`` (``prefix`` reaches them through a relation): begun by then
    and not closed before it. A closed body whose last day is not recorded is left out on
    every day, as it is from today's lists of open bodies."""
    begun = Q(**{f"{prefix}established_on__isnull": True}) | Q(
        **{f"{prefix}established_on__lte": day}
    )
    not_closed = Q(**{f"{prefix}closed_on__isnull": True}) | Q(**{f"{prefix}closed_on__gte": day})
    undated = Q(**{f"{prefix}status": BodyStatus.CLOSED, f"{prefix}closed_on__isnull": True})
    return begun & not_closed & ~undated


def bodies_on(day: dt.date) -> QuerySet[Body]:
    return Body.objects.filter(there_on(day))


def in_effect_on(day: dt.date) -> Q:
    """Dated rows (reporting lines, memberships) in effect on ``day``; both ends inclusive."""
    return (Q(start_date__isnull=True) | Q(start_date__lte=day)) & (
        Q(end_date__isnull=True) | Q(end_date__gte=day)
    )


def body_list(*, level: str = "", kind: str = "") -> QuerySet[Body]:
    queryset = Body.objects.select_related("area", "host")
    if level in Level.values:
        queryset = queryset.filter(level=level)
    if kind in BodyKind.values:
        queryset = queryset.filter(kind=kind)
    return queryset.order_by("name")


def body_detail(slug: str) -> Body:
    """The body with its names, reporting lines, members and goals (seven queries), kept
    until one of the rows read changes (``cached_rows_value``: the rule the page cache
    applies to the body's page), so a signed-in person does not wait for them on every
    visit. The same for everyone."""
    return cached_rows_value(f"body-detail:{slug}", lambda: _body_detail(slug))


def _body_detail(slug: str) -> Body:
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
    return Area.objects.select_related("parent").order_by("level", "name", "id")


def attach_body_counts(areas: Iterable[Area]) -> list[Area]:
    """Each area's number of bodies, counted for just these areas (a page of them)."""
    areas = list(areas)
    counts = dict(
        Body.objects.filter(area_id__in=[a.pk for a in areas])
        .values_list("area_id")
        .annotate(n=Count("id"))
        .order_by()
    )
    for area in areas:
        area.body_count = counts.get(area.pk, 0)
    return areas


def area_detail(slug: str) -> Area:
    queryset = Area.objects.select_related("parent").prefetch_related(
        Prefetch("children", queryset=Area.objects.order_by("name", "id"))
    )
    return get_object_or_404(queryset, slug=slug)
