"""The address a request came from, behind as many proxies as the settings trust."""

from __future__ import annotations

import ipaddress
from typing import TYPE_CHECKING

from django.conf import settings

if TYPE_CHECKING:
    from django.http import HttpRequest


def client_address(request: HttpRequest) -> str:
    """The client's IP address. Behind ``ACCORD_PROXY_COUNT`` trusted proxies it is the one
    the nearest of them saw, read from the right of X-Forwarded-For (entries further left
    are whatever the client chose to send); otherwise the connection's own address."""
    proxies = getattr(settings, "ACCORD_PROXY_COUNT", 0)
    if proxies:
        forwarded = [
            entry.strip()
            for entry in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
            if entry.strip()
        ]
        if len(forwarded) >= proxies:
            candidate = forwarded[-proxies]
            try:
                return str(ipaddress.ip_address(candidate))
            except ValueError:
                pass
    return request.META.get("REMOTE_ADDR") or "unknown"
