from __future__ import annotations

import datetime as dt
from typing import Any

from django import template
from django.core.paginator import Page
from django.template import Context
from django.utils.safestring import SafeString

from accord.core.dates import day_text, format_partial_date, moment_text
from accord.core.markup import row_html
from accord.core.presenters import Block, section_blocks, status_colour, tag_html

register = template.Library()


@register.filter
def day(value: dt.date | None) -> str:
    """``|date:"j F Y"`` for tables, which print one a row (accord.core.dates.day_text)."""
    return day_text(value)


@register.filter
def moment(value: dt.datetime | None) -> str:
    """``|date:"j M Y, H:i"`` for tables (accord.core.dates.moment_text)."""
    return moment_text(value)


@register.filter
def partial_date(value: dt.date | None, precision: str = "day") -> str:
    return format_partial_date(value, precision)


@register.filter
def tag_colour(status: str) -> str:
    return status_colour(status)


@register.filter
def blocks(text: str | None) -> list[Block]:
    return section_blocks(text or "")


@register.simple_tag
def status_tag(status: str, label: str) -> SafeString:
    """A GOV.UK tag in the status's colour."""
    return tag_html(status_colour(status), label)


@register.inclusion_tag("includes/pagination.html", takes_context=True)
def pagination(context: Context, page: Page[Any]) -> dict[str, Any]:
    query = context["request"].GET.copy()

    def link(number: int) -> str:
        query["page"] = number
        return "?" + query.urlencode()

    return {
        "page": page,
        "previous": link(page.previous_page_number()) if page.has_previous() else None,
        "next": link(page.next_page_number()) if page.has_next() else None,
    }


@register.simple_tag
def progress_bar(progress: Any, label: str = "") -> SafeString:
    """The sign-up progress bar (a tag rather than an include: lists show one a row)."""
    return row_html(
        '<div class="accord-progress">\n  <progress class="accord-progress__bar" max="{}" '
        'value="{}" aria-label="{}">{}%</progress>\n  <span class="govuk-body-s '
        'accord-progress__label">{}</span>\n</div>\n',
        progress.total or 1,
        progress.done,
        label or "Sign-up progress",
        progress.percent,
        progress.label,
    )
