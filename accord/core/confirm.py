"""The GOV.UK "Are you sure?" page that stands before every action that cannot be undone.

The action's own URL shows this page on GET and acts on POST, so the button on a list
page is a link here, and nothing irreversible happens in one click.
"""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render


def confirm_page(
    request: HttpRequest,
    *,
    question: str,
    button: str,
    back: str,
    caption: str = "",
    details: list[str] | tuple[str, ...] = (),
    warning: str = "",
    hidden: dict[str, object] | None = None,
    crumbs: list[tuple[str, str]] | tuple[tuple[str, str], ...] = (),
    action: str = "",
) -> HttpResponse:
    """``question`` is the page's heading ("Are you sure you want to remove …?"); the form
    posts ``hidden`` to ``action`` (this page's own address by default)."""
    return render(
        request,
        "confirm.html",
        {
            "question": question,
            "button": button,
            "back": back,
            "caption": caption,
            "details": details,
            "warning": warning,
            "hidden": (hidden or {}).items(),
            "crumbs": crumbs,
            "action": action or request.get_full_path(),
        },
    )
