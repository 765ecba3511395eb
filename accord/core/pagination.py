"""Paging long lists so that a page costs what it shows, not what the register holds.

A list's total is counted only as far as it matters: up to ``COUNT_UP_TO`` rows, or to the
end of the page asked for when that is further. Past that the page says "more than" and
keeps its Next link, so every row can still be reached page by page, while a visit to the
first pages never counts 20,000 organisations or 50,000 meetings."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from django.conf import settings
from django.core.paginator import Page, Paginator
from django.db.models import QuerySet
from django.http import HttpRequest
from django.utils.functional import cached_property

# Counting a thousand rows of an index is cheap whatever the register's size; beyond it
# nobody reads a total to the unit.
COUNT_UP_TO = 1000


class BoundedPaginator(Paginator):
    """A paginator that counts at most ``count_up_to`` + 1 rows."""

    def __init__(
        self, object_list: Sequence[Any] | QuerySet[Any], per_page: int, *, count_up_to: int
    ) -> None:
        super().__init__(object_list, per_page)
        self.count_up_to = count_up_to

    @cached_property
    def count(self) -> int:
        if isinstance(self.object_list, QuerySet):
            # Without its order: counting needs no sort, nor the joins an order may bring.
            return self.object_list.order_by()[: self.count_up_to + 1].count()
        return len(self.object_list)

    @property
    def counted_all(self) -> bool:
        """False when there are more rows than were counted: ``count`` is then a floor.
        A list is always counted in full."""
        return not isinstance(self.object_list, QuerySet) or self.count <= self.count_up_to


def page_asked(request: HttpRequest) -> int:
    """The page number asked for: 1 when none is given or it is not a number."""
    try:
        return max(1, int(request.GET.get("page", "1")))
    except ValueError:
        return 1


def paginate(
    request: HttpRequest, queryset: Sequence[Any] | QuerySet[Any], per_page: int | None = None
) -> Page[Any]:
    """A page of the queryset; an unknown or out-of-range page number gives the nearest page."""
    size = per_page or settings.ACCORD_PAGE_SIZE
    # Count to the end of the page asked for (and one row beyond, for its Next link).
    deepest = min(page_asked(request), 10**9 // size) * size
    paginator = BoundedPaginator(queryset, size, count_up_to=max(COUNT_UP_TO, deepest))
    return paginator.get_page(request.GET.get("page"))


def first_rows(
    groups: Sequence[tuple[str, Sequence[Any]]], stop: int, *, start: int = 0
) -> list[tuple[str, list[Any]]]:
    """The rows from ``start`` to ``stop`` (counted across the headings), under their
    headings; headings left with no rows are left out."""
    kept: list[tuple[str, list[Any]]] = []
    seen = 0
    for heading, members in groups:
        low, high = max(start - seen, 0), min(stop - seen, len(members))
        if low < high:
            kept.append((heading, list(members[low:high])))
        seen += len(members)
    return kept
