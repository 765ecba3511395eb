"""The page nginx shows when a request body is over the upload limit (deploy/nginx) is
a page like any other: axe-core finds nothing, and it works by keyboard."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.browser import assert_accessible

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PAGE = "/static/accord/errors/request-too-large.html"


def test_the_too_large_page_is_accessible_and_leads_back_by_keyboard(browser_page):
    page = browser_page
    page.goto(PAGE)
    expect(page.get_by_role("heading", level=1)).to_have_text("The file is too large")
    expect(page.get_by_text("up to 20 MB")).to_be_visible()
    assert_accessible(page, "request too large")
    page.keyboard.press("Tab")
    link = page.get_by_role("link", name="Go to the start page")
    expect(link).to_be_focused()
    page.keyboard.press("Enter")
    page.wait_for_url("**/")
    expect(page.get_by_role("heading", level=1)).to_be_visible()
