"""Who an API request acts as.

A request with ``Authorization: Bearer <token>`` acts as the token's user, so the same
permission rules and data scoping apply as on the site. Without the header, reading
acts as the signed-in session user or an anonymous visitor; writing needs a token.
"""

from __future__ import annotations

from django.contrib.auth.models import AnonymousUser
from ninja.security import HttpBearer

from accord.api.tokens import api_token_user


class BearerToken(HttpBearer):
    """Requires a valid token: for writing."""

    def authenticate(self, request, token):
        user = api_token_user(token)
        if user is not None:
            request.user = user
        return user


class OptionalBearerToken(BearerToken):
    """Uses a token when one is sent (refusing a bad one); otherwise the session or anonymous."""

    def __call__(self, request):
        if request.headers.get(self.header):
            return super().__call__(request)
        user = getattr(request, "user", None) or AnonymousUser()
        request.user = user
        return user


read_auth = OptionalBearerToken()
write_auth = BearerToken()
