"""Markup drawn once a row, in Python rather than by the template language.

``row_html`` gives exactly what Django's ``format_html`` gives: every argument escaped
unless it is already safe (has ``__html__``), then put in its place. ``format_html``
escapes through a wrapper that checks each argument for lazy translations, which costs
twice the formatting itself; on a table of 50 parties with five pieces a row that was a
tenth of the page. The two are compared by tests on hostile and safe values alike."""

from __future__ import annotations

from html import escape
from typing import Any

from django.utils.safestring import SafeString


def _escaped(value: Any) -> str:
    html = getattr(value, "__html__", None)
    return html() if html is not None else escape(str(value))


def row_html(template: str, *args: Any) -> SafeString:
    """``format_html(template, *args)`` for markup drawn once a row."""
    return SafeString(template.format(*map(_escaped, args)))
