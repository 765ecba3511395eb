"""Pages answer a refusal that no view caught the way the API and commands do
(accord.core.errors): a page that says what happened, with the status for its kind."""

from __future__ import annotations

from collections.abc import Callable

from django.http import HttpRequest
from django.http.response import HttpResponseBase
from django.shortcuts import render
from django.utils.http import url_has_allowed_host_and_scheme

from accord.core.errors import Conflict, Invalid

GetResponse = Callable[[HttpRequest], HttpResponseBase]


class AccordErrorMiddleware:
    def __init__(self, get_response: GetResponse) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponseBase:
        return self.get_response(request)

    def process_exception(
        self, request: HttpRequest, exception: Exception
    ) -> HttpResponseBase | None:
        # Refused and NotFound are PermissionDenied and Http404: Django's 403 and 404
        # pages show them, with their message.
        if isinstance(exception, Conflict | Invalid):
            back = request.META.get("HTTP_REFERER", "")
            if not url_has_allowed_host_and_scheme(back, allowed_hosts={request.get_host()}):
                back = ""
            return render(
                request,
                "problem.html",
                {"message": exception.text, "kind": type(exception).__name__, "back": back},
                status=exception.status,
            )
        return None
