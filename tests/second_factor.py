"""Signing in as a test would as a person: the password, then the second factor through
its real pages, for administrators (who must have one) and anyone who has one."""

from __future__ import annotations

import base64
import re
import time

from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice

from accord.accounts.second_factor import has_second_factor, second_factor_new_recovery_codes


def code_for(key: bytes, *, at: float | None = None) -> str:
    """The six-digit code an authenticator app shows for ``key`` now (or at ``at``)."""
    totp = TOTP(key, step=30, t0=0, digits=6)
    totp.time = at if at is not None else time.time()
    return f"{totp.token():06d}"


def key_from_page(html: str) -> bytes:
    typed = re.search(r'id="totp-key"[^>]*>([A-Z2-7 ]+)<', html).group(1)
    return base64.b32decode(typed.replace(" ", ""))


def verify_second_factor(client, user) -> None:
    """Give the signed-in test client's session its second factor through the pages: set
    one up if the person has none, else enter a fresh recovery code."""
    if not has_second_factor(user):
        page = client.get("/accounts/second-factor/set-up/")
        assert page.status_code == 200, page.status_code
        key = key_from_page(page.content.decode())
        done = client.post("/accounts/second-factor/set-up/", {"code": code_for(key)})
        assert "Your second factor is set up" in done.content.decode()
        return
    code = second_factor_new_recovery_codes(user=user)[0]
    done = client.post("/accounts/second-factor/code/", {"code": code})
    assert done.status_code == 302, done.content.decode()[:500]


def sign_in_fully(client, user, password: str) -> None:
    """Password sign-in with the test client, then the second factor where one is owed."""
    assert client.login(email=user.email, password=password)
    if user_owes_second_factor(user):
        verify_second_factor(client, user)


def login_fully(client, user) -> None:
    """``force_login``, then the second factor where one is owed."""
    client.force_login(user)
    if user_owes_second_factor(user):
        verify_second_factor(client, user)


def user_owes_second_factor(user) -> bool:
    from accord.accounts.second_factor import must_have_second_factor

    fresh = type(user).objects.get(pk=user.pk)
    return must_have_second_factor(fresh) or has_second_factor(fresh)


def app_key(user) -> bytes:
    return TOTPDevice.objects.get(user=user, confirmed=True).bin_key
