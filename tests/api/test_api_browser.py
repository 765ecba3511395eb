"""The token page and the open-data page in a real browser, with axe-core; the API docs
render from the app's own files with every other host blocked."""

from __future__ import annotations

from urllib.parse import urlparse

import pytest
from playwright.sync_api import expect

from accord.api.models import ApiToken
from tests.browser import assert_accessible, sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_a_member_creates_and_revokes_a_token(browser_page, demo_accounts):
    page = browser_page
    sign_in(page, "member@example.org")
    page.goto("/api/tokens/")
    assert_accessible(page, "api tokens empty")
    page.get_by_role("button", name="Create token").click()
    expect(page.get_by_text("Enter what the token is for").first).to_be_visible()
    assert_accessible(page, "api tokens error")
    page.get_by_label("What is the token for?").fill("Partnership dashboard")
    page.get_by_role("button", name="Create token").click()
    token = page.locator("#new-token").inner_text()
    assert token.startswith("accord_")
    assert_accessible(page, "api tokens created")
    page.get_by_role("link", name="Revoke Partnership dashboard").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Are you sure you want to revoke the token “Partnership dashboard”?"
    )
    assert_accessible(page, "api token: are you sure")
    assert ApiToken.objects.get().revoked_at is None
    page.get_by_role("button", name="Yes, revoke the token").click()
    expect(page.get_by_text("no longer works")).to_be_visible()
    assert_accessible(page, "api tokens revoked")
    assert ApiToken.objects.get().revoked_at is not None


def test_the_open_data_page_is_accessible(browser_page, demo):
    browser_page.goto("/open-data/")
    expect(browser_page.get_by_role("heading", name="Open data")).to_be_visible()
    assert_accessible(browser_page, "open data")


def test_the_api_docs_work_offline(browser_page, live_server, demo):
    page = browser_page
    own_host = urlparse(live_server.url).netloc
    blocked: list[str] = []

    def only_this_app(route):
        if urlparse(route.request.url).netloc == own_host:
            route.continue_()
        else:
            blocked.append(route.request.url)
            route.abort()

    page.route("**/*", only_this_app)
    page.goto("/api/docs")
    expect(page.get_by_text("/api/agreements/{slug}/parties").first).to_be_visible()
    assert not blocked, blocked
    assert_accessible(page, "api docs")
    # The contents link to each operation, and the schemas are reached by link too.
    page.get_by_role("link", name="POST /api/agreements").click()
    expect(page.get_by_role("heading", name="POST /api/agreements", exact=True)).to_be_visible()
    page.get_by_role("link", name="AgreementIn").first.click()
    expect(page.locator("#schema-agreementin")).to_be_in_viewport()
