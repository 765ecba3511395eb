"""Asking the permission rules from a view, with the answer a person expects.

Someone not signed in is sent to sign in; someone signed in without the permission
gets a 403 page that says so. Views call ``require`` before doing anything.
"""

from __future__ import annotations

from collections.abc import Callable

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.db.models import Model
from django.http import HttpRequest
from django.http.response import HttpResponseBase

GetResponse = Callable[[HttpRequest], HttpResponseBase]


class SignInRequired(Exception):
    """Raised by ``require`` for an anonymous visitor; the middleware turns it into a redirect."""


def require(request: HttpRequest, permission: str, obj: Model | None = None) -> None:
    if request.user.has_perm(permission, obj):
        return
    if not request.user.is_authenticated:
        raise SignInRequired
    raise PermissionDenied


class SignInRequiredMiddleware:
    def __init__(self, get_response: GetResponse) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponseBase:
        return self.get_response(request)

    def process_exception(
        self, request: HttpRequest, exception: Exception
    ) -> HttpResponseBase | None:
        if isinstance(exception, SignInRequired):
            return redirect_to_login(request.get_full_path())
        return None
