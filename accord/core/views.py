from __future__ import annotations

from django.contrib.auth.decorators import login_not_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.csrf import requires_csrf_token


@login_not_required
def healthz(request: HttpRequest) -> HttpResponse:
    """A trivial view: the baseline the benchmark measures every page against."""
    return HttpResponse("ok", content_type="text/plain")


@login_not_required
def forbidden(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    # A service's refusal carries a sentence saying why (accord.core.errors): show it.
    return render(request, "403.html", {"exception": str(exception or "")}, status=403)


@login_not_required
def not_found(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    return render(request, "404.html", status=404)


@login_not_required
@requires_csrf_token
def server_error(request: HttpRequest) -> HttpResponse:
    return render(request, "500.html", status=500)
