from django import template

from accord.core.dates import format_partial_date
from accord.core.presenters import section_blocks, status_colour

register = template.Library()


@register.filter
def partial_date(value, precision="day"):
    return format_partial_date(value, precision)


@register.filter
def tag_colour(status):
    return status_colour(status)


@register.filter
def blocks(text):
    return section_blocks(text or "")


@register.inclusion_tag("includes/status_tag.html")
def status_tag(status, label):
    return {"colour": status_colour(status), "label": label}


@register.inclusion_tag("includes/pagination.html", takes_context=True)
def pagination(context, page):
    query = context["request"].GET.copy()

    def link(number):
        query["page"] = number
        return "?" + query.urlencode()

    return {
        "page": page,
        "previous": link(page.previous_page_number()) if page.has_previous() else None,
        "next": link(page.next_page_number()) if page.has_next() else None,
    }
