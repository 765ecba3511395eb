"""Sessions that end after a spell without use (``ACCORD_SESSION_IDLE_MINUTES``).

The session cookie's age is the idle limit, and each use renews it; renewing means saving
the session, so it is done at most once every few minutes rather than on every request.
"""

from __future__ import annotations

import time

RENEWED = "accord_renewed"
RENEW_EVERY_SECONDS = 300


class SessionActivityMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.user.is_authenticated:
            now = int(time.time())
            if now - request.session.get(RENEWED, 0) >= RENEW_EVERY_SECONDS:
                request.session[RENEWED] = now  # a change: the session and cookie are renewed
        return self.get_response(request)


def session_start(sender, request, user, **kwargs) -> None:
    from accord.accounts.second_factor import NO_DEVICE, has_second_factor

    if request is None or not hasattr(request, "session"):
        return
    request.session[RENEWED] = int(time.time())
    if has_second_factor(user):
        request.session.pop(NO_DEVICE, None)
    else:
        request.session[NO_DEVICE] = True
