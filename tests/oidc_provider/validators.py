"""Claims the test provider puts in its ID tokens, person by person."""

from __future__ import annotations

import datetime as dt

from oauth2_provider.oauth2_validators import OAuth2Validator

UNVERIFIED = "unverified@council.example"
WRONG_AUDIENCE = "wrong-audience@council.example"
EXPIRED = "expired@council.example"


class PeopleValidator(OAuth2Validator):
    def get_additional_claims(self, request):
        user = request.user
        return {
            "email": user.email,
            "email_verified": user.email != UNVERIFIED,
            "name": user.get_full_name() or user.username,
        }

    def get_id_token_dictionary(self, token, token_handler, request):
        claims, expiration_time = super().get_id_token_dictionary(token, token_handler, request)
        now = dt.datetime.now(dt.UTC)
        if request.user.email == WRONG_AUDIENCE:
            claims["aud"] = "another-application"
        if request.user.email == EXPIRED:
            claims["iat"] = int((now - dt.timedelta(hours=2)).timestamp())
            claims["exp"] = int((now - dt.timedelta(hours=1)).timestamp())
        return claims, expiration_time
