"""Every request measured once: its id, its line in the log, and its latency by view.

Outermost of Accord's middleware, so the time includes everything Accord does, and pages
served from the cache or static files by whitenoise are counted like any other. The id is
the proxy's (``X-Request-ID``, which the shipped nginx configuration sets to its own
``$request_id``) when it is a plain token, or a new one; it is sent back in the response,
so a person's report of a problem can be matched to the log.
"""

from __future__ import annotations

import logging
import re
import time
import uuid
from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest
from django.http.response import HttpResponseBase
from django.urls import Resolver404, resolve

from accord.core import logs, metrics

log = logging.getLogger("accord.requests")
_TOKEN = re.compile(r"[A-Za-z0-9._-]{8,64}")
HEADER = "X-Request-ID"


def view_name(request: HttpRequest) -> str:
    """The URL name that answered (a bounded set, fit for a metric's label)."""
    match = getattr(request, "resolver_match", None)
    if match is None:
        if request.path_info.startswith(settings.STATIC_URL):
            return "static"
        try:
            match = resolve(request.path_info)
        except Resolver404:
            return "<no view>"
    return match.view_name or "<unnamed view>"


class ObserveRequestsMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponseBase]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponseBase:
        incoming = request.META.get("HTTP_X_REQUEST_ID", "")
        request_id = incoming if _TOKEN.fullmatch(incoming) else uuid.uuid4().hex
        context = logs.request_id.set(request_id)
        started = time.perf_counter()
        try:
            response = self.get_response(request)
            seconds = time.perf_counter() - started
            view = view_name(request)
            metrics.observe(
                view=view, method=request.method or "", status=response.status_code, seconds=seconds
            )
            response[HEADER] = request_id
            log.info(
                "%s %s %s %.1fms",
                request.method,
                request.path,
                response.status_code,
                seconds * 1000,
                extra={
                    "request_id": request_id,
                    "method": request.method,
                    "path": request.path[:500],
                    "status": response.status_code,
                    "duration_ms": round(seconds * 1000, 1),
                    "view": view,
                },
            )
            return response
        finally:
            logs.request_id.reset(context)
