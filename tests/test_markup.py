"""``row_html`` (accord.core.markup) draws table rows in Python; it must give exactly what
Django's ``format_html`` gives, hostile values included, or a row could differ from the
same markup drawn anywhere else, or let markup through."""

from __future__ import annotations

import datetime as dt

import pytest
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy

from accord.core.markup import row_html

VALUES = [
    "Thurrock Council",
    '<script>alert("x")</script>',
    'Barnes & Noble\'s "quoted" <b>',
    "ʻŌlelo – Ynys Môn ✓",
    mark_safe("<em>already safe</em>"),
    gettext_lazy("Signed"),
    42,
    3.5,
    None,
    "",
    dt.date(2025, 3, 4),
]


@pytest.mark.parametrize("value", VALUES, ids=repr)
def test_row_html_equals_format_html(value):
    template = '<td class="govuk-table__cell"><a href="/x/{}/">{}</a>{}</td>'
    other = mark_safe("<br>") if value else "<i>"
    assert row_html(template, value, value, other) == format_html(template, value, value, other)
    assert hasattr(row_html(template, value, value, other), "__html__")


def test_row_html_escapes_what_is_not_safe():
    drawn = row_html("<p>{}</p>", "<img src=x onerror=alert(1)>")
    assert "<img" not in drawn and "&lt;img src=x onerror=alert(1)&gt;" in drawn
