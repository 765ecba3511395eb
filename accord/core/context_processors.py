from __future__ import annotations

from typing import Any

from django.conf import settings
from django.http import HttpRequest

from accord.core.navigation import section_of


def site(request: HttpRequest) -> dict[str, Any]:
    # Not "site_name": Django's sign-in and password views put the host name there.
    return {
        "service_name": settings.ACCORD_SITE_NAME,
        "password_sign_in": getattr(settings, "ACCORD_PASSWORD_SIGN_IN", True),
        "nav_section": section_of(getattr(request, "resolver_match", None)),
    }


def message_banners(request: HttpRequest) -> dict[str, Any]:
    """The request's messages split into successes and the rest, one banner each."""
    from django.contrib.messages import get_messages

    stored = list(get_messages(request))
    return {
        "success_messages": [m for m in stored if m.level_tag == "success"],
        "other_messages": [m for m in stored if m.level_tag != "success"],
    }
