"""Every page carries a strict Content-Security-Policy and runs no inline script; every
page reached through a secret link is never stored by a cache."""

from __future__ import annotations

import re

import pytest
from django.urls import URLPattern, URLResolver, get_resolver

from accord.demo.loader import demo_load
from tests.permissions.personas import PASSWORD, make_personas
from tests.permissions.test_permission_table import all_rows

INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc=)[^>]*>", re.IGNORECASE)
EVENT_HANDLER = re.compile(r"<[^>]+\son[a-z]+\s*=", re.IGNORECASE)
STYLE_ATTRIBUTE = re.compile(r"<[^>]+\sstyle\s*=", re.IGNORECASE)
JAVASCRIPT_URL = re.compile(r"""(href|src|action)\s*=\s*["']?\s*javascript:""", re.IGNORECASE)


def _policy(response) -> dict[str, str]:
    header = response.get("Content-Security-Policy", "")
    parts = [part.strip() for part in header.split(";") if part.strip()]
    return {part.split()[0]: " ".join(part.split()[1:]) for part in parts}


@pytest.mark.django_db
def test_every_page_has_a_strict_policy_and_no_inline_script(client):
    demo_load()
    people = make_personas()
    checked = 0
    problems = []
    for persona in ("anonymous", "officer_a", "administrator"):
        client.logout()
        if people[persona] is not None:
            from tests.second_factor import sign_in_fully

            sign_in_fully(client, people[persona], PASSWORD)
        for row in all_rows():
            path = row.build_path()
            response = client.get(path)
            if not response.get("Content-Type", "").startswith("text/html"):
                continue
            checked += 1
            policy = _policy(response)
            if policy.get("script-src") != "'self'" or policy.get("style-src") != "'self'":
                problems.append(f"{persona} {path}: policy {policy}")
            if policy.get("object-src") != "'none'" or policy.get("frame-ancestors") != "'none'":
                problems.append(f"{persona} {path}: policy {policy}")
            html = response.content.decode()
            for name, pattern in (
                ("inline script", INLINE_SCRIPT),
                ("event handler", EVENT_HANDLER),
                ("style attribute", STYLE_ATTRIBUTE),
                ("javascript: address", JAVASCRIPT_URL),
            ):
                found = pattern.search(html)
                if found:
                    problems.append(f"{persona} {path}: {name} {found.group(0)[:80]!r}")
    assert checked > 100
    assert not problems, "\n".join(problems)


def _secret_link_patterns(resolver=None, prefix="") -> list[str]:
    found = []
    for pattern in (resolver or get_resolver()).url_patterns:
        route = prefix + str(pattern.pattern)
        if isinstance(pattern, URLResolver):
            found += _secret_link_patterns(pattern, route)
        elif isinstance(pattern, URLPattern) and re.search(r"<(\w+:)?(token|uidb64)>", route):
            found.append(route)
    return found


def test_the_secret_links_are_the_ones_we_know():
    assert sorted(_secret_link_patterns()) == sorted(
        [
            "sign-up/sign/<str:token>/",
            "consultations/respond/<str:token>/",
            "reports/implications/link/<str:token>/",
            "accounts/password-reset/<uidb64>/<token>/",
        ]
    )


@pytest.mark.django_db
@pytest.mark.parametrize(
    "path",
    [
        "/sign-up/sign/not-a-real-token-but-a-secret-link-all-the-same/",
        "/consultations/respond/not-a-real-token/",
        "/reports/implications/link/not-a-real-token/",
        "/accounts/password-reset/MQ/not-a-real-token/",
    ],
)
def test_a_secret_link_page_is_never_stored_even_when_refused(client, path):
    response = client.get(path)
    assert "no-store" in response["Cache-Control"], path
    # Never sent to another site as a referrer (and the page's own forms keep their Origin).
    assert response["Referrer-Policy"] == "same-origin"


@pytest.mark.django_db
def test_a_working_signing_link_page_is_never_stored(client, mailoutbox):
    from accord.accounts.models import User
    from accord.signing.services import invitations
    from tests.signing_setup import agreement_open_for_signing

    admin = User.objects.create_superuser(email="root@example.org", password="x")
    agreement, _ = agreement_open_for_signing(1)
    invitations.signing_open(actor=admin, agreement=agreement)
    link = re.search(r"(/sign-up/sign/[\w-]+/)", mailoutbox[0].body).group(1)
    response = client.get(link)
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    answered = client.post(
        link, {"full_name": "Ada Signer", "post": "Chief Executive", "decision": "signed"}
    )
    assert "no-store" in answered["Cache-Control"]


@pytest.mark.django_db
def test_a_working_password_link_page_is_never_stored(client, mailoutbox):
    from accord.accounts.models import User

    User.objects.create_user(email="someone@example.org", password="old-password-1")
    client.post("/accounts/password-reset/", {"email": "someone@example.org"})
    link = re.search(r"(/accounts/password-reset/[\w-]+/[\w-]+/)", mailoutbox[0].body).group(1)
    first = client.get(link)
    assert "no-store" in first["Cache-Control"]
    form = client.get(first["Location"])
    assert form.status_code == 200 and "no-store" in form["Cache-Control"]


def test_an_ordinary_public_page_may_be_cached_as_before(client, db):
    response = client.get("/organisations/")
    assert "no-store" not in response.get("Cache-Control", "")


@pytest.mark.django_db
def test_a_refused_form_gets_a_page_the_policy_allows():
    from django.test import Client

    response = Client(enforce_csrf_checks=True).post("/accounts/sign-in/", {"username": "x"})
    assert response.status_code == 403
    html = response.content.decode()
    assert "The form could not be sent" in html
    assert "<style" not in html and not STYLE_ATTRIBUTE.search(html)
