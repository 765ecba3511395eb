"""Paging for every list: a bounded limit and an offset, and the total count."""

from __future__ import annotations

from django.db.models import QuerySet
from ninja import Schema
from pydantic import Field

MAX_LIMIT = 100


class PageParams(Schema):
    limit: int = Field(20, ge=1, le=MAX_LIMIT, description=f"Items per page, 1 to {MAX_LIMIT}.")
    offset: int = Field(0, ge=0, le=10_000_000, description="How many items to skip.")


def page_of(queryset: QuerySet, params: PageParams) -> dict:
    """One page of ``queryset`` (rows the page's schema reads); two queries plus prefetches."""
    return {
        "count": queryset.count(),
        "limit": params.limit,
        "offset": params.offset,
        "items": list(queryset[params.offset : params.offset + params.limit]),
    }


def ordered(queryset: QuerySet, ordering: str) -> QuerySet:
    """Order by an allow-listed field ('-' for descending), with the key as tie-break."""
    return queryset.order_by(ordering, "pk")
