"""Headers every response needs for the public internet, beyond Django's own.

Pages reached through a secret link (signing, consultation, implications verification,
choosing a password, the sign-in return from an identity provider) carry the secret in
their address: they must never be kept by a shared cache or the browser's back-forward
cache. (Their address is never sent to other sites as a referrer either: the site-wide
policy is same-origin. "no-referrer" would go further but makes browsers send
``Origin: null`` with the page's own forms, which the CSRF check rightly refuses.) Any
URL whose pattern takes a ``token`` or ``uidb64`` is treated so, and a view can declare
itself one with ``@secret_link``; so a new link page cannot forget.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any

from django.http import HttpRequest, HttpResponse
from django.http.response import HttpResponseBase
from django.utils.cache import add_never_cache_headers

SECRET_KWARGS = frozenset({"token", "uidb64"})

View = Callable[..., HttpResponseBase]
GetResponse = Callable[[HttpRequest], HttpResponseBase]


def secret_link(view: View) -> View:
    """Mark a view whose address carries a secret (for those with no ``token`` argument)."""

    @wraps(view)
    def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponseBase:
        return view(request, *args, **kwargs)

    # A mark on the function that functools.wraps carries through later decorators; typing
    # has no way to declare an attribute on a function object.
    wrapper.accord_secret_link = True  # type: ignore[attr-defined]
    return wrapper


def is_secret_link(request: HttpRequest) -> bool:
    match = getattr(request, "resolver_match", None)
    if match is None:
        return False
    return bool(SECRET_KWARGS & set(match.kwargs)) or getattr(
        match.func, "accord_secret_link", False
    )


class SecretLinkMiddleware:
    def __init__(self, get_response: GetResponse) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponseBase:
        response = self.get_response(request)
        if is_secret_link(request):
            add_never_cache_headers(response)
        return response


def csrf_failure(request: HttpRequest, reason: str = "") -> HttpResponse:
    """Django's own page for a refused form carries inline style, which the policy blocks:
    this one is Accord's, and says what to do."""
    from django.shortcuts import render

    return render(request, "403_csrf.html", status=403)
