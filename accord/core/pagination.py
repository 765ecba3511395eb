from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from django.conf import settings
from django.core.paginator import Page, Paginator
from django.db.models import QuerySet
from django.http import HttpRequest


def paginate(
    request: HttpRequest, queryset: Sequence[Any] | QuerySet[Any], per_page: int | None = None
) -> Page[Any]:
    """A page of the queryset; an unknown or out-of-range page number gives the nearest page."""
    paginator = Paginator(queryset, per_page or settings.ACCORD_PAGE_SIZE)
    return paginator.get_page(request.GET.get("page"))
