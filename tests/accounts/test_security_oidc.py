"""Single sign-on against a real OpenID Connect provider on loopback.

The provider is django-oauth-toolkit in OIDC mode (tests/oidc_provider), started with
gunicorn in its own process on 127.0.0.1 for this module. Accord talks to it as it would
to Entra ID: discovery, the authorisation-code flow with PKCE, the token endpoint, its
signing keys, and RP-initiated sign-out. The person's browser at the provider is a
``requests`` session; Accord is Django's test client.
"""

from __future__ import annotations

import os
import socket
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import parse_qs, urljoin, urlsplit

import pytest
import requests
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from accord.accounts.models import ExternalIdentity, Role, User
from accord.audit.models import AuditEntry
from tests.oidc_provider.setup import PASSWORD

pytestmark = pytest.mark.django_db
ROOT = Path(__file__).resolve().parents[2]
CLIENT_ID = "accord-test-client"
CLIENT_SECRET = "accord-test-secret-7c1f"
CALLBACK = "http://testserver/accounts/sign-in/council/return/"


@dataclass
class RunningProvider:
    url: str
    database: Path


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def provider(tmp_path_factory):
    folder = tmp_path_factory.mktemp("identity-provider")
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    ).decode()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("ACCORD_", "DATABASE_URL"))}
    env.update(
        DJANGO_SETTINGS_MODULE="tests.oidc_provider.settings",
        TEST_PROVIDER_DATABASE=str(folder / "provider.sqlite3"),
        TEST_PROVIDER_RSA_KEY=pem,
        PYTHONPATH=str(ROOT),
    )
    subprocess.run(
        [sys.executable, "-m", "tests.oidc_provider.setup", CLIENT_ID, CLIENT_SECRET, CALLBACK]
        + ["http://testserver/"],
        env=env,
        cwd=ROOT,
        check=True,
        timeout=120,
    )
    port = _free_port()
    gunicorn = str(Path(sys.executable).with_name("gunicorn"))
    server = subprocess.Popen(
        [gunicorn, "--bind", f"127.0.0.1:{port}", "--workers", "1", "--threads", "4"]
        + ["--log-level", "warning", "tests.oidc_provider.wsgi:application"],
        env=env,
        cwd=ROOT,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                if requests.get(f"{url}/o/.well-known/openid-configuration", timeout=2).ok:
                    break
            except requests.ConnectionError:
                pass
            if time.monotonic() > deadline or server.poll() is not None:
                raise RuntimeError("The test identity provider did not start.")
            time.sleep(0.2)
        yield RunningProvider(url, folder / "provider.sqlite3")
    finally:
        server.terminate()
        server.wait(timeout=10)


@pytest.fixture
def sso(settings, provider):
    settings.ACCORD_BASE_URL = "http://testserver"
    settings.ACCORD_OIDC_PROVIDERS = [
        {
            "name": "council",
            "label": "Council account",
            "discovery_url": f"{provider.url}/o/.well-known/openid-configuration",
            "origin": provider.url,
            "client_id": CLIENT_ID,
            "client_secret": CLIENT_SECRET,
            "scopes": "openid email profile",
            "email_domains": ["council.example"],
        }
    ]
    return provider


@pytest.fixture
def ada():
    user = User.objects.create_user(email="ada@council.example", password=None, full_name="Ada")
    Role.objects.create(user=user, name="member", body=_body())
    return user


def _body():
    from tests.governance.factories import BodyFactory

    return BodyFactory()


class Browser:
    """The person's browser at the provider (cookies and all), handing Accord's pages to
    the test client."""

    def __init__(self, provider: RunningProvider):
        self.provider = provider
        self.session = requests.Session()

    def follow_at_provider(self, url: str) -> requests.Response:
        """Follow redirects while they stay at the provider; the last answer."""
        while True:
            answer = self.session.get(url, allow_redirects=False, timeout=10)
            location = answer.headers.get("Location")
            if answer.status_code not in (301, 302) or not location:
                return answer
            url = urljoin(url, location)
            if not url.startswith(self.provider.url):
                answer.url = url
                return answer

    def sign_in(self, client, username: str, next_page: str = "/accounts/me/"):
        """From Accord's sign-in button to Accord's answer to the provider's return."""
        start = client.get(f"/accounts/sign-in/council/?next={next_page}")
        assert start.status_code == 302, start
        authorize = start["Location"]
        assert authorize.startswith(self.provider.url)
        query = parse_qs(urlsplit(authorize).query)
        assert query["code_challenge_method"] == ["S256"] and query["nonce"] and query["state"]
        answer = self.follow_at_provider(authorize)
        if answer.status_code == 200 and "Test identity provider" in answer.text:
            login_url = answer.url if hasattr(answer, "url") else authorize
            answer = self.session.post(
                answer.url,
                data={
                    "username": username,
                    "password": PASSWORD,
                    "csrfmiddlewaretoken": self.session.cookies["csrftoken"],
                    "next": parse_qs(urlsplit(login_url).query).get("next", [""])[0],
                },
                headers={"Referer": answer.url},
                allow_redirects=False,
                timeout=10,
            )
            answer = self.follow_at_provider(urljoin(self.provider.url, answer.headers["Location"]))
        assert answer.url.startswith(CALLBACK), answer.url
        back = urlsplit(answer.url)
        return client.get(f"{back.path}?{back.query}")


def _signed_in_as(client) -> str:
    page = client.get("/accounts/me/")
    return page.content.decode() if page.status_code == 200 else ""


def test_a_verified_person_with_an_account_signs_in_and_is_bound_to_it(client, sso, ada):
    browser = Browser(sso)
    answer = browser.sign_in(client, "ada")
    assert answer.status_code == 302 and answer["Location"] == "/accounts/me/"
    assert "no-store" in answer["Cache-Control"]
    assert "ada@council.example" in _signed_in_as(client)
    identity = ExternalIdentity.objects.get(user=ada)
    assert identity.provider == "council" and identity.subject
    assert AuditEntry.objects.filter(action="accounts.identity.link").count() == 1
    assert list(ada.roles.values_list("name", flat=True)) == ["member"]  # roles untouched
    # A second sign-in uses the same binding and adds nothing.
    client.logout()
    assert browser.sign_in(client, "ada").status_code == 302
    assert ExternalIdentity.objects.count() == 1


def test_signing_out_ends_the_session_here_and_at_the_provider(client, sso, ada):
    browser = Browser(sso)
    browser.sign_in(client, "ada")
    out = client.post("/accounts/sign-out/")
    assert out.status_code == 302
    end_session = out["Location"]
    assert end_session.startswith(f"{sso.url}/o/logout/")
    assert "id_token_hint=" in end_session
    assert _signed_in_as(client) == ""
    # The browser goes on to the provider, which ends its own session and sends it back.
    back = browser.follow_at_provider(end_session)
    assert back.url == "http://testserver/"
    # Signing in again asks for the password at the provider: nobody is still signed in there.
    start = client.get("/accounts/sign-in/council/")
    again = browser.follow_at_provider(start["Location"])
    assert again.status_code == 200 and "Test identity provider" in again.text


def test_a_token_for_another_audience_is_refused(client, sso):
    User.objects.create_user(email="wrong-audience@council.example", password=None)
    answer = Browser(sso).sign_in(client, "wrong")
    assert answer.status_code == 403
    assert "meant for another application" in answer.content.decode()
    assert _signed_in_as(client) == ""
    assert not ExternalIdentity.objects.exists()


def test_an_expired_token_is_refused(client, sso):
    User.objects.create_user(email="expired@council.example", password=None)
    answer = Browser(sso).sign_in(client, "expired")
    assert answer.status_code == 403
    assert "already expired" in answer.content.decode()
    assert _signed_in_as(client) == ""


def test_an_unverified_email_is_refused(client, sso):
    User.objects.create_user(email="unverified@council.example", password=None)
    answer = Browser(sso).sign_in(client, "unverified")
    assert answer.status_code == 403
    assert "has not verified the e-mail address unverified@council.example" in (
        answer.content.decode()
    )
    assert _signed_in_as(client) == ""


def test_a_verified_address_without_an_account_is_refused_and_no_account_is_made(client, sso):
    before = User.objects.count()
    answer = Browser(sso).sign_in(client, "stranger")
    page = answer.content.decode()
    assert answer.status_code == 403
    assert "no Accord account uses that address" in page
    assert "ask an administrator" in page
    assert User.objects.count() == before


def test_an_address_outside_the_providers_domains_is_refused(client, sso):
    User.objects.create_user(email="someone@elsewhere.example", password=None)
    answer = Browser(sso).sign_in(client, "outsider")
    assert answer.status_code == 403
    assert "may sign in addresses at council.example only" in answer.content.decode()


def test_an_address_given_to_someone_else_at_the_provider_is_refused(client, sso, ada):
    browser = Browser(sso)
    browser.sign_in(client, "ada")
    client.logout()
    # At the provider, ada's address moves to another person (another subject).
    with sqlite3.connect(sso.database) as database:
        database.execute(
            "UPDATE auth_user SET email = 'ada-old@council.example' WHERE username = 'ada'"
        )
        database.execute(
            "UPDATE auth_user SET email = 'ada@council.example' WHERE username = 'stranger'"
        )
    try:
        answer = Browser(sso).sign_in(client, "stranger")
        assert answer.status_code == 403
        assert "linked to another Council account identity" in answer.content.decode()
        assert _signed_in_as(client) == ""
    finally:
        with sqlite3.connect(sso.database) as database:
            database.execute(
                "UPDATE auth_user SET email = 'stranger@council.example' WHERE username = 'stranger'"
            )
            database.execute(
                "UPDATE auth_user SET email = 'ada@council.example' WHERE username = 'ada'"
            )


def test_a_return_used_twice_is_refused(client, sso, ada):
    browser = Browser(sso)
    start = client.get("/accounts/sign-in/council/")
    answer = browser.follow_at_provider(start["Location"])
    answer = browser.session.post(
        answer.url,
        data={
            "username": "ada",
            "password": PASSWORD,
            "csrfmiddlewaretoken": browser.session.cookies["csrftoken"],
            "next": parse_qs(urlsplit(answer.url).query)["next"][0],
        },
        headers={"Referer": answer.url},
        allow_redirects=False,
        timeout=10,
    )
    back = browser.follow_at_provider(urljoin(sso.url, answer.headers["Location"]))
    path = f"{urlsplit(back.url).path}?{urlsplit(back.url).query}"
    assert client.get(path).status_code == 302
    client.logout()
    replay = client.get(path)
    assert replay.status_code == 403
    assert "did not start here, or was already used" in replay.content.decode()


def test_an_administrator_signing_in_this_way_still_gives_a_second_factor(client, sso, ada):
    Role.objects.create(user=ada, name="administrator")
    answer = Browser(sso).sign_in(client, "ada", next_page="/accounts/people/")
    assert answer.status_code == 302
    onwards = client.get(answer["Location"])
    assert onwards.status_code == 302
    assert onwards["Location"].startswith("/accounts/second-factor/set-up/")


def test_password_sign_in_can_be_switched_off(client, sso, settings):
    User.objects.create_user(email="pw@council.example", password="a-good-password-9")
    settings.ACCORD_PASSWORD_SIGN_IN = False
    page = client.get("/accounts/sign-in/").content.decode()
    assert "Sign in with Council account" in page
    assert 'type="password"' not in page
    refused = client.post(
        "/accounts/sign-in/", {"username": "pw@council.example", "password": "a-good-password-9"}
    )
    assert refused.status_code == 403
    assert "Signing in with a password is switched off here" in refused.content.decode()
    assert _signed_in_as(client) == ""
    assert client.get("/accounts/password-reset/").status_code == 404
    settings.ACCORD_PASSWORD_SIGN_IN = True
    assert 'type="password"' in client.get("/accounts/sign-in/").content.decode()


def test_the_provider_settings_are_read_from_the_environment(monkeypatch):
    from accord.env import ConfigurationError, env_oidc_providers

    monkeypatch.setenv("ACCORD_OIDC_PROVIDERS", "entra")
    monkeypatch.setenv(
        "ACCORD_OIDC_ENTRA_DISCOVERY_URL",
        "https://login.microsoftonline.com/0000-tenant/v2.0/.well-known/openid-configuration",
    )
    monkeypatch.setenv("ACCORD_OIDC_ENTRA_CLIENT_ID", "app-id")
    monkeypatch.setenv("ACCORD_OIDC_ENTRA_CLIENT_SECRET", "app-secret")
    monkeypatch.setenv("ACCORD_OIDC_ENTRA_EMAIL_DOMAINS", "thurrock.gov.uk, @nhs.net")
    (entra,) = env_oidc_providers()
    assert entra["origin"] == "https://login.microsoftonline.com"
    assert entra["email_domains"] == ["thurrock.gov.uk", "nhs.net"]
    assert entra["label"] == "Entra"
    monkeypatch.delenv("ACCORD_OIDC_ENTRA_CLIENT_ID")
    with pytest.raises(ConfigurationError, match="ACCORD_OIDC_ENTRA_CLIENT_ID must be set"):
        env_oidc_providers()
    monkeypatch.setenv("ACCORD_OIDC_PROVIDERS", "Entra ID")
    with pytest.raises(ConfigurationError, match="lower-case letters"):
        env_oidc_providers()


def test_with_passwords_off_an_invitation_points_to_single_sign_on(settings, mailoutbox):
    from accord.accounts.services import user_invite

    settings.ACCORD_PASSWORD_SIGN_IN = False
    settings.ACCORD_BASE_URL = "https://accord.example.org"
    admin = User.objects.create_superuser(email="root@example.org", password="x")
    user_invite(actor=admin, email="new@council.example", full_name="New Person")
    (message,) = mailoutbox
    assert "https://accord.example.org/accounts/sign-in/" in message.body
    assert "password-reset" not in message.body and "Choose your password" not in message.body
