from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from django.db.models import Q, QuerySet
from django.shortcuts import get_object_or_404

from accord.caching.values import cached_rows_value
from accord.organisations import name_index
from accord.organisations.models import (
    Organisation,
    OrganisationIdentifier,
    OrganisationKind,
    OrganisationName,
)

SEARCH_MAX_LENGTH = 100


def established_by(day: dt.date) -> Q:
    """Organisations already in being on ``day`` (those with no recorded start count as
    always having been); one dissolved since is still listed, with its dissolution."""
    return Q(established_on__isnull=True) | Q(established_on__lte=day)


# The most rows a page lists of a secondary list (memberships, people...) before saying how
# many more there are.
LIST_LIMIT = 100


def matching_ids(query: str) -> QuerySet:
    """Ids of organisations whose name, short name or another name contains ``query``, or
    with an identifier code equal to it (in any case): one indexed lookup per kind of name,
    united. On PostgreSQL each name column has a trigram index (an OR across joined tables
    can use none of them and read every organisation); on SQLite an FTS5 trigram index
    (name_index.py) gives the same answer for a query of three characters or more."""
    if name_index.usable(query):
        names = Organisation.objects.filter(
            id__in=name_index.matching(Organisation._meta.db_table, query)
        ).values("id")
        others = OrganisationName.objects.filter(
            id__in=name_index.matching(OrganisationName._meta.db_table, query)
        ).values("organisation_id")
    else:
        names = Organisation.objects.filter(
            Q(name__icontains=query) | Q(short_name__icontains=query)
        ).values("id")
        others = OrganisationName.objects.filter(name__icontains=query).values("organisation_id")
    # Every scheme's codes are capitals and digits (identifiers.CODE_RULES), so an exact
    # match on the upper-cased query finds them through the index on code.
    codes = OrganisationIdentifier.objects.filter(code=query.upper()).values("organisation_id")
    # No ordering inside a UNION (SQLite refuses it, and it means nothing there).
    return names.order_by().union(others.order_by(), codes.order_by())


def organisation_search(*, query: str = "", kind: str = "") -> QuerySet[Organisation]:
    """Organisations whose name, short name, other names or identifier code match ``query``."""
    queryset = Organisation.objects.all()
    query = query.strip()[:SEARCH_MAX_LENGTH]
    if query:
        queryset = queryset.filter(id__in=matching_ids(query))
    if kind in OrganisationKind.values:
        queryset = queryset.filter(kind=kind)
    return queryset.prefetch_related("identifiers").order_by("name", "id")


@dataclass
class OrganisationPage:
    """What an organisation's page shows of the register, the same for everyone."""

    organisation: Organisation
    memberships: list[Any]
    membership_count: int
    hosted: list[Any]
    hosted_count: int
    people: list[Any]
    people_count: int


def organisation_page(slug: str) -> OrganisationPage:
    """The organisation with what its page shows in full, and the first ``LIST_LIMIT`` of
    each list that can grow without bound (memberships, hosted bodies, people; its
    agreements are a section of their own). Kept until one of the rows read changes
    (``cached_rows_value``, the page cache's rule for the organisation's page): a new
    membership, person or hosted body points at the organisation, so it changes the
    organisation's key."""
    return cached_rows_value(f"organisation-page:{slug}", lambda: _organisation_page(slug))


def _organisation_page(slug: str) -> OrganisationPage:
    organisation = _organisation_detail(slug)
    memberships, membership_count = organisation_memberships(organisation)
    hosted, hosted_count = organisation_hosted(organisation)
    people, people_count = organisation_people(organisation)
    return OrganisationPage(
        organisation, memberships, membership_count, hosted, hosted_count, people, people_count
    )


def _organisation_detail(slug: str) -> Organisation:
    queryset = Organisation.objects.select_related("area").prefetch_related(
        "identifiers",
        "other_names",
        "successions_in__predecessor",
        "successions_out__successor",
    )
    return get_object_or_404(queryset, slug=slug)


def first_of(queryset: QuerySet, limit: int = LIST_LIMIT) -> tuple[list, int]:
    """Up to ``limit`` rows and how many there are in all (one query when they all fit)."""
    rows = list(queryset[: limit + 1])
    if len(rows) <= limit:
        return rows, len(rows)
    return rows[:limit], queryset.count()


def organisation_memberships(organisation: Organisation) -> tuple[list, int]:
    return first_of(organisation.memberships.select_related("body").order_by("body__name", "pk"))


def organisation_hosted(organisation: Organisation) -> tuple[list, int]:
    return first_of(organisation.hosted_bodies.order_by("name", "pk"))


def organisation_people(organisation: Organisation) -> tuple[list, int]:
    return first_of(organisation.people.order_by("name", "pk"))
