"""The accessibility statement and the privacy notice: public, linked from every page,
written from the settings, and replaceable by an administrator (with the audit trail
keeping every text)."""

from __future__ import annotations

import pytest

from accord.accounts.models import User
from accord.audit.models import AuditEntry
from accord.notices.models import Notice
from tests.second_factor import login_fully

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin(db):
    return User.objects.create_superuser(email="root@example.org", password="pw-root-1")


def test_both_are_public_and_in_every_footer(client):
    for path in ("/", "/agreements/", "/accounts/sign-in/"):
        page = client.get(path).content.decode()
        assert 'href="/accessibility/">Accessibility statement</a>' in page
        assert 'href="/privacy/">Privacy notice</a>' in page
    statement = client.get("/accessibility/").content.decode()
    for words in (
        "How accessible this service is",
        "Equality and Human Rights Commission",
        "Equality Advisory and Support Service",
        "axe-core with the WCAG 2.2 A and AA rules",
        "320 pixels wide",
        "zoomed to 200%",
        "keyboard alone",
    ):
        assert words in statement, words


def test_the_privacy_notice_is_written_from_the_settings(client, settings):
    settings.ACCORD_OPERATOR = "Thurrock Council"
    settings.ACCORD_CONTACT_EMAIL = "data@thurrock.example.gov.uk"
    settings.ACCORD_RETENTION = {"signatures": "12 years after the agreement ends"}
    page = client.get("/privacy/").content.decode()
    assert "Thurrock Council runs this copy of Accord and is the controller" in page
    assert 'href="mailto:data@thurrock.example.gov.uk"' in page
    assert "Signatories and signatures: 12 years after the agreement ends." in page
    # A period nobody set is said to be unset, and nothing is claimed to delete itself.
    assert "Accounts and roles: no period has been set for this service" in page
    assert "does not delete any of this by itself" in page
    for held in ("IP) address", "browser", "fingerprint (a hash)", "e-mail address of the person"):
        assert held in page, held


def test_an_administrator_replaces_the_text_and_can_go_back(client, admin):
    login_fully(client, admin)
    form = client.get("/accessibility/change/").content.decode()
    assert "How accessible this service is" in form  # starts from the generated text
    response = client.post(
        "/accessibility/change/", {"text": "## Our statement\n\nWe test <b>every</b> page."}
    )
    assert response.status_code == 302
    page = client.get("/accessibility/").content.decode()
    assert '<h2 class="govuk-heading-l">Our statement</h2>' in page
    assert "We test &lt;b&gt;every&lt;/b&gt; page." in page
    assert AuditEntry.objects.filter(action="notice.save").count() == 1
    client.post("/accessibility/change/", {"text": "", "reset": "1"})
    assert not Notice.objects.exists()
    assert "How accessible this service is" in client.get("/accessibility/").content.decode()
    entry = AuditEntry.objects.get(action="notice.reset")
    assert entry.before == {"text": "## Our statement\n\nWe test <b>every</b> page."}


def test_only_an_administrator_changes_them(client):
    User.objects.create_user(email="plain@example.org", password="pw-plain-1")
    client.login(email="plain@example.org", password="pw-plain-1")
    assert client.get("/privacy/change/").status_code == 403
    assert client.post("/privacy/change/", {"text": "Mine now"}).status_code == 403
    assert not Notice.objects.exists()


def test_an_empty_text_is_refused_with_the_error_pattern(client, admin):
    login_fully(client, admin)
    page = client.post("/privacy/change/", {"text": "  "}).content.decode()
    assert "<title>Error: Change the privacy notice" in page
    assert '<a href="#id_text">Enter the text to publish.</a>' in page


def test_the_sign_in_page_names_the_service_and_admin_is_for_administrators(client, admin):
    page = client.get("/accounts/sign-in/", HTTP_HOST="127.0.0.1:8104").content.decode()
    assert "<title>Sign in – Accord</title>" in page
    assert "127.0.0.1" not in page
    assert ">Admin</a>" not in page
    login_fully(client, admin)
    assert ">Admin</a>" in client.get("/").content.decode()
