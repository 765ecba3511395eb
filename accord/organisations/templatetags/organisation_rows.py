"""An organisation's memberships, drawn in Python rather than a template loop: the
busiest organisation at national size sits on a hundred bodies, and the loop cost more
than the rest of its page. The markup is the one the template gave."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from django import template
from django.utils.safestring import SafeString, mark_safe

from accord.core.dates import format_partial_date
from accord.core.markup import row_html

register = template.Library()


@register.simple_tag
def membership_items(memberships: Iterable[Any]) -> SafeString:
    """One list item a membership: the body (linked), the role, and its end if it has one."""
    return mark_safe(  # every part is escaped by row_html
        "".join(
            row_html(
                '<li><a class="govuk-link" href="{}">{}</a> – {}{}</li>',
                m.body.get_absolute_url(),
                m.body.name,
                m.get_role_display(),
                row_html(" (until {})", format_partial_date(m.end_date, "day"))
                if m.end_date
                else "",
            )
            for m in memberships
        )
    )
