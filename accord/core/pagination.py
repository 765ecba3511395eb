from django.conf import settings
from django.core.paginator import Page, Paginator


def paginate(request, queryset, per_page: int | None = None) -> Page:
    """A page of the queryset; an unknown or out-of-range page number gives the nearest page."""
    paginator = Paginator(queryset, per_page or settings.ACCORD_PAGE_SIZE)
    return paginator.get_page(request.GET.get("page"))
