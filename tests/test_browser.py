"""A reader's journey through the demo in a real headless Chromium, with axe-core on every page."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from accord.demo.loader import demo_load
from tests.browser import assert_accessible, sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def page(browser_page):
    demo_load()
    return browser_page


def test_reader_journey_home_agreement_party_body_map(page):
    page.goto("/")
    expect(page.get_by_role("heading", name="Partnership agreements")).to_be_visible()
    assert_accessible(page, "home")

    page.get_by_role("link", name="Children's Partnership MOU").first.click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Children's Partnership Working")
    # The CCG signed in 2020 (the demo keeps its signature; the ICB is asked to confirm).
    expect(page.get_by_text("1 of 16 parties signed")).to_be_visible()
    assert_accessible(page, "agreement")

    page.get_by_role("link", name="Essex Partnership University NHS Foundation Trust").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Essex Partnership University NHS Foundation Trust"
    )
    assert_accessible(page, "organisation")

    page.get_by_role("link", name="Brighter Futures Children's Partnership").first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Brighter Futures Children's Partnership"
    )
    assert_accessible(page, "body")

    page.get_by_role("link", name="Governance map").click()
    expect(page.get_by_role("img", name="Governance map")).to_be_visible()
    assert_accessible(page, "governance map")


@pytest.mark.parametrize(
    "path",
    [
        "/agreements/",
        "/organisations/?q=CCG",
        "/bodies/",
        "/areas/",
        "/areas/thurrock/",
        "/areas/thurrock/map/",
        "/meetings/",
        "/agreements/stp-mou/",
        "/agreements/alliance-mou/",
        "/no-such-page/",
        "/accounts/sign-in/",
        "/reports/bodies/hwb/forward-plan/",
        "/reports/bodies/bf-partnership/annual-report/",
        "/open-data/",
        "/accounts/password-reset/",
    ],
)
def test_every_other_page_passes_axe(page, path):
    page.goto(path)
    assert_accessible(page, f"page {path}")


def test_the_journey_works_with_the_keyboard_alone(page):
    page.goto("/")
    page.keyboard.press("Tab")
    expect(page.get_by_role("link", name="Skip to main content")).to_be_focused()
    page.keyboard.press("Enter")
    # Tab forward from the main content to the first agreement link, then follow it.
    for _ in range(30):
        page.keyboard.press("Tab")
        focused = page.evaluate("document.activeElement.textContent.trim()")
        if focused == "Children's Partnership MOU":
            break
    else:
        pytest.fail("the agreement link cannot be reached with Tab")
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_contain_text("Children's Partnership Working")

    # Filters on the agreement list work from the keyboard too.
    page.goto("/agreements/")
    page.get_by_label("Status").focus()
    for _ in range(5):  # Draft, In consultation, In approval, Open for sign-up, In force
        page.keyboard.press("ArrowDown")
    page.get_by_role("button", name="Filter agreements").focus()
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"status=[a-z_]+"))
    expect(page.get_by_label("Status")).to_have_value("in_force")
    expect(page.get_by_role("link", name="Mid and South Essex STP MOU")).to_be_visible()
    expect(page.get_by_role("link", name="Children's Partnership MOU")).to_have_count(0)


def test_an_administrator_gives_a_role_with_the_keyboard(page):
    from accord.demo.accounts import create_demo_accounts

    create_demo_accounts()
    page.goto("/accounts/sign-in/")
    assert_accessible(page, "sign in")
    page.get_by_label("E-mail address").fill("nobody@example.org")
    page.get_by_label("Password").fill("wrong")
    page.keyboard.press("Enter")
    expect(page.get_by_text("There is a problem")).to_be_visible()
    assert_accessible(page, "sign in with an error")
    sign_in(page, "admin@example.org")
    page.goto("/accounts/people/")
    assert_accessible(page, "people")
    page.get_by_role("link", name="Brighter Futures board member").click()
    assert_accessible(page, "person")
    page.get_by_label("Role", exact=True).select_option("officer")
    page.get_by_label("Body (optional)").select_option(label="Thurrock Alliance")
    page.get_by_role("button", name="Give the role").focus()
    page.keyboard.press("Enter")
    expect(page.get_by_text("The role has been given")).to_be_visible()
    expect(
        page.get_by_role("cell", name="Partnership officer for Thurrock Alliance", exact=True)
    ).to_be_visible()
    assert_accessible(page, "person after a role is given")
