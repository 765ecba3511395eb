"""Signing in as a test, second factor included, through the real pages."""

from __future__ import annotations


def sign_in_fully(client, user, password: str) -> None:
    """Password sign-in with the test client (a second factor comes with the next step)."""
    assert client.login(email=user.email, password=password)
