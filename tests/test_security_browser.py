"""The sign-in, second-factor, password and lock pages in a real browser: axe-core finds
nothing, they work by keyboard, and the Content-Security-Policy blocks nothing on them
(the browser fixture fails a test on any blocked script, style or form)."""

from __future__ import annotations

import time

import pytest
from django_otp.plugins.otp_static.models import StaticToken
from playwright.sync_api import expect

from accord.accounts.models import SignInThrottle
from tests.browser import assert_accessible, sign_in
from tests.second_factor import code_for, key_from_page

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def with_single_sign_on(settings):
    # Drawing the sign-in page only names the provider: nothing is fetched from it.
    settings.ACCORD_OIDC_PROVIDERS = [
        {
            "name": "entra",
            "label": "Microsoft Entra ID",
            "discovery_url": "https://login.microsoftonline.com/0000/v2.0/.well-known/openid-configuration",
            "origin": "https://login.microsoftonline.com",
            "client_id": "x",
            "client_secret": "y",
            "scopes": "openid email profile",
            "email_domains": [],
        }
    ]


def test_the_sign_in_page_its_errors_and_its_lock(browser_page, demo_accounts, with_single_sign_on):
    page = browser_page
    page.goto("/accounts/sign-in/")
    expect(page.get_by_role("link", name="Sign in with Microsoft Entra ID")).to_be_visible()
    assert_accessible(page, "sign in with single sign-on")
    for attempt in range(5):
        page.get_by_label("E-mail address").fill("member@example.org")
        page.get_by_label("Password").fill(f"wrong-{attempt}")
        page.get_by_label("Password").press("Enter")
        page.wait_for_load_state()
        if attempt == 0:
            expect(page.get_by_text("There is a problem")).to_be_visible()
            assert_accessible(page, "sign in wrong password")
    expect(page.get_by_text("this account is locked until").first).to_be_visible()
    assert_accessible(page, "sign in locked")
    assert SignInThrottle.objects.get(kind="account").failures == 5


def test_an_administrators_first_sign_in_sets_up_the_second_factor_by_keyboard(
    browser_page, demo_accounts
):
    page = browser_page
    page.goto("/accounts/sign-in/")
    page.get_by_label("E-mail address").fill("admin@example.org")
    page.get_by_label("Password").fill("accord-demo")
    page.get_by_label("Password").press("Enter")
    expect(page.get_by_role("heading", name="Set up your second factor")).to_be_visible()
    expect(page.get_by_role("img", name="QR code for adding Accord")).to_be_visible()
    assert_accessible(page, "second factor set up")
    page.get_by_label("Code").fill("000000")
    page.get_by_label("Code").press("Enter")
    expect(page.get_by_text("The code is not right").first).to_be_visible()
    assert_accessible(page, "second factor set up error")
    time.sleep(2.1)  # the throttle's wait after a wrong code
    key = key_from_page(page.content())
    page.get_by_label("Code").fill(code_for(key))
    page.get_by_label("Code").press("Enter")
    expect(page.get_by_role("heading", name="Your second factor is set up")).to_be_visible()
    expect(page.locator("#recovery-codes li")).to_have_count(10)
    assert_accessible(page, "recovery codes")
    page.get_by_role("link", name="Continue").focus()
    page.keyboard.press("Enter")
    page.goto("/admin/")
    expect(page.get_by_role("heading", name="Site administration")).to_be_visible()


def test_the_code_page_and_a_recovery_code(browser_page, demo_accounts):
    page = browser_page
    sign_in(page, "admin@example.org")  # sets the second factor up on the way
    page.get_by_role("button", name="Sign out").click()
    page.goto("/accounts/sign-in/")
    page.get_by_label("E-mail address").fill("admin@example.org")
    page.get_by_label("Password").fill("accord-demo")
    page.get_by_label("Password").press("Enter")
    expect(page.get_by_role("heading", name="Enter your code")).to_be_visible()
    assert_accessible(page, "second factor code")
    code = StaticToken.objects.filter(device__user__email="admin@example.org").first().token
    page.get_by_label("Code").fill(code)
    page.get_by_label("Code").press("Enter")
    expect(page.get_by_text("You used a recovery code; 9 are left")).to_be_visible()
    page.goto("/accounts/second-factor/")
    expect(page.get_by_role("heading", name="Second factor")).to_be_visible()
    assert_accessible(page, "second factor status")


def test_changing_a_password(browser_page, demo_accounts):
    page = browser_page
    sign_in(page, "member@example.org")
    page.goto("/accounts/me/")
    page.get_by_role("link", name="Change your password").click()
    assert_accessible(page, "password change")
    page.get_by_label("Current password").fill("not-it")
    page.get_by_label("New password", exact=True).fill("a-new-long-password-7")
    page.get_by_label("New password again").fill("a-new-long-password-7")
    page.get_by_role("button", name="Change password").click()
    expect(page.get_by_text("Your current password is not right").first).to_be_visible()
    assert_accessible(page, "password change error")
    page.get_by_label("Current password").fill("accord-demo")
    page.get_by_label("New password", exact=True).fill("a-new-long-password-7")
    page.get_by_label("New password again").fill("a-new-long-password-7")
    page.get_by_role("button", name="Change password").click()
    expect(page.get_by_text("Your password has been changed.")).to_be_visible()


def test_the_sign_in_locks_page_and_the_evidence_page(browser_page, demo_accounts, client):
    page = browser_page
    for attempt in range(5):
        client.post(
            "/accounts/sign-in/", {"username": "member@example.org", "password": f"x{attempt}"}
        )
    sign_in(page, "admin@example.org")
    page.goto("/accounts/sign-in-locks/")
    expect(page.get_by_role("cell", name="Account: member@example.org")).to_be_visible()
    assert_accessible(page, "sign-in locks")
    page.get_by_role("button", name="Unlock member@example.org").click()
    expect(page.get_by_text("Sign-in for member@example.org is unlocked.")).to_be_visible()
    page.goto("/documents/childrens-mou/v1-evidence/")
    expect(page.get_by_role("heading", name="Evidence of each answer")).to_be_visible()
    assert_accessible(page, "evidence")
    # The pages that draw SVG and the admin run under the policy too.
    page.goto("/map/")
    expect(page.locator("svg[role=img]")).to_be_visible()
    page.goto("/admin/accounts/user/")
    expect(page.get_by_role("heading", name="Select user to change")).to_be_visible()
