"""Prepare the test provider's database: its tables, its people, and Accord as a client.

python -m tests.oidc_provider.setup CLIENT_ID CLIENT_SECRET REDIRECT_URI POST_LOGOUT_URI
"""

from __future__ import annotations

import os
import sys

PEOPLE = [
    ("ada", "ada@council.example"),
    ("stranger", "stranger@council.example"),
    ("unverified", "unverified@council.example"),
    ("wrong", "wrong-audience@council.example"),
    ("expired", "expired@council.example"),
    ("outsider", "someone@elsewhere.example"),
]
PASSWORD = "provider-password"


def main(client_id: str, secret: str, redirect_uri: str, post_logout: str) -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tests.oidc_provider.settings")
    import django

    django.setup()
    from django.contrib.auth.models import User
    from django.core.management import call_command
    from oauth2_provider.models import Application

    call_command("migrate", verbosity=0)
    for username, email in PEOPLE:
        User.objects.create_user(username=username, email=email, password=PASSWORD)
    Application.objects.create(
        name="Accord",
        client_id=client_id,
        client_secret=secret,
        client_type=Application.CLIENT_CONFIDENTIAL,
        authorization_grant_type=Application.GRANT_AUTHORIZATION_CODE,
        redirect_uris=redirect_uri,
        post_logout_redirect_uris=post_logout,
        algorithm=Application.RS256_ALGORITHM,
        skip_authorization=True,
    )


if __name__ == "__main__":
    main(*sys.argv[1:5])
