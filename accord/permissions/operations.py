"""Who may read what an operator reads: the Prometheus metrics (``/metrics``)."""

from __future__ import annotations

import hmac
import ipaddress

import rules
from django.conf import settings
from django.http import HttpRequest

from accord.accounts.scope import Viewer
from accord.core.addresses import client_address
from accord.permissions.predicate import predicate


@predicate
def has_metrics_token(user: Viewer, request: HttpRequest) -> bool:
    token: str = settings.ACCORD_METRICS_TOKEN
    scheme, _, given = request.META.get("HTTP_AUTHORIZATION", "").partition(" ")
    if not token or scheme.lower() != "bearer":
        return False
    return hmac.compare_digest(given.strip().encode(), token.encode())


@predicate
def is_from_this_machine(user: Viewer, request: HttpRequest) -> bool:
    """The client is on loopback (behind a proxy: the address the proxy saw, so a visitor
    never passes for the machine by going through nginx)."""
    try:
        return ipaddress.ip_address(client_address(request)).is_loopback
    except ValueError:
        return False


rules.add_perm("core.read_metrics", is_from_this_machine | has_metrics_token)
