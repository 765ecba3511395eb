"""Organisations, areas and governance bodies: public register data."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypeAlias

from django.db.models import Prefetch
from django.shortcuts import get_object_or_404
from ninja import Query, Router

from accord.api.paging import PageParams, ordered, page_of
from accord.api.schemas import (
    READ_ERRORS,
    AreaOut,
    AreaPage,
    BodyDetail,
    BodyPage,
    OrganisationOut,
    OrganisationPage,
)
from accord.governance.models import (
    Area,
    Body,
    BodyKind,
    Level,
    OrganisationMembership,
    ReportingLine,
)
from accord.organisations.models import Organisation, OrganisationKind

router = Router(tags=["register"])

# The API's query parameters accept exactly the enum's values (and the schema lists them):
# a Literal built at run time, which mypy cannot read; to mypy each is a plain string.
if TYPE_CHECKING:
    OrganisationKindParam: TypeAlias = str
    LevelParam: TypeAlias = str
    BodyKindParam: TypeAlias = str
else:
    OrganisationKindParam = Literal[tuple(OrganisationKind.values)]
    LevelParam = Literal[tuple(Level.values)]
    BodyKindParam = Literal[tuple(BodyKind.values)]


def _organisations():
    return Organisation.objects.select_related("area").prefetch_related(
        "identifiers", "other_names"
    )


@router.get("/organisations", response={200: OrganisationPage, **READ_ERRORS})
def list_organisations(
    request,
    page: Query[PageParams],
    kind: OrganisationKindParam | None = None,
    area: str | None = None,
    ordering: Literal["name", "-name", "slug", "-slug", "kind"] = "name",
):
    """Organisations that can be parties, with Org-ID identifiers and former names."""
    queryset = _organisations()
    if kind:
        queryset = queryset.filter(kind=kind)
    if area:
        queryset = queryset.filter(area__slug=area)
    return page_of(ordered(queryset, ordering), page)


@router.get("/organisations/{slug}", response={200: OrganisationOut, **READ_ERRORS})
def get_organisation(request, slug: str):
    return get_object_or_404(_organisations(), slug=slug)


@router.get("/areas", response={200: AreaPage, **READ_ERRORS})
def list_areas(
    request,
    page: Query[PageParams],
    level: LevelParam | None = None,
    ordering: Literal["name", "-name", "level", "population", "-population"] = "name",
):
    """Geographies at system, place and community level."""
    queryset = Area.objects.select_related("parent")
    if level:
        queryset = queryset.filter(level=level)
    return page_of(ordered(queryset, ordering), page)


@router.get("/areas/{slug}", response={200: AreaOut, **READ_ERRORS})
def get_area(request, slug: str):
    return get_object_or_404(Area.objects.select_related("parent"), slug=slug)


def _bodies():
    return Body.objects.select_related("area", "host")


@router.get("/bodies", response={200: BodyPage, **READ_ERRORS})
def list_bodies(
    request,
    page: Query[PageParams],
    level: LevelParam | None = None,
    kind: BodyKindParam | None = None,
    area: str | None = None,
    ordering: Literal["name", "-name", "level", "kind"] = "name",
):
    """Boards, partnerships, committees and groups that meet and decide."""
    queryset = _bodies()
    if level:
        queryset = queryset.filter(level=level)
    if kind:
        queryset = queryset.filter(kind=kind)
    if area:
        queryset = queryset.filter(area__slug=area)
    return page_of(ordered(queryset, ordering), page)


@router.get("/bodies/{slug}", response={200: BodyDetail, **READ_ERRORS})
def get_body(request, slug: str):
    """A body with its reporting lines, both ways, and its member organisations."""
    lines = ReportingLine.objects.select_related("from_body", "to_body")
    body = get_object_or_404(
        _bodies().prefetch_related(
            Prefetch("lines_out", queryset=lines),
            Prefetch("lines_in", queryset=lines),
            Prefetch(
                "organisation_members",
                queryset=OrganisationMembership.objects.select_related("organisation"),
            ),
        ),
        slug=slug,
    )
    return body
