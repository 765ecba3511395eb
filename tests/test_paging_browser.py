"""The bounded party lists in a real browser: from the agreement page to every party of
the sign-up table, page by page, by keyboard alone, with axe-core on each page."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from accord.agreements.views import read
from accord.core import pagination
from accord.demo.loader import demo_load
from accord.signing import views as signing_views
from tests.browser import assert_accessible, tab_to

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_parties_beyond_the_first_are_reached_by_keyboard(browser_page, monkeypatch, settings):
    settings.ACCORD_PAGE_CACHE = False
    monkeypatch.setattr(read, "AGREEMENT_PAGE_PARTIES", 4)
    monkeypatch.setattr(signing_views, "SIGN_UP_ROWS", 6)
    demo_load()
    page = browser_page

    page.goto("/agreements/childrens-mou/")
    expect(page.get_by_text("This page lists the first 4 of 16 parties.")).to_be_visible()
    assert_accessible(page, "agreement page with its first parties")
    tab_to(page, "All 16 parties on the sign-up table")
    page.keyboard.press("Enter")

    expect(page.get_by_role("heading", level=1)).to_have_text("Sign-up")
    expect(page.get_by_text("Parties 1 to 6 of 16.")).to_be_visible()
    expect(page.get_by_text("Page 1 of 3")).to_be_visible()
    assert_accessible(page, "sign-up table, first page")
    for shown in ("Parties 7 to 12 of 16.", "Parties 13 to 16 of 16."):
        tab_to(page, "Next page")
        page.keyboard.press("Enter")
        expect(page.get_by_text(shown)).to_be_visible()
    assert_accessible(page, "sign-up table, last page")
    expect(page.get_by_role("link", name="Next page")).to_have_count(0)


def test_a_list_longer_than_it_counts_says_so_and_goes_on(browser_page, monkeypatch, settings):
    settings.ACCORD_PAGE_CACHE = False
    settings.ACCORD_PAGE_SIZE = 5
    monkeypatch.setattr(pagination, "COUNT_UP_TO", 8)
    demo_load()
    page = browser_page

    page.goto("/organisations/")
    expect(page.get_by_text("More than 8 organisations")).to_be_visible()
    expect(page.locator(".accord-pagination__position")).to_have_text("Page 1")
    assert_accessible(page, "organisation list counted so far")
    tab_to(page, "Next page")
    page.keyboard.press("Enter")
    expect(page.locator(".accord-pagination__position")).to_have_text("Page 2")
