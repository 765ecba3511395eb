"""Choosing a day on the governance map and on the open-data page, by keyboard alone,
with axe-core on each page: the map shows the bodies there that day, and the page's
links give the files as they stood that day."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from accord.demo.loader import demo_load
from tests.browser import assert_accessible, press_on

re_error = re.compile(r"^Error: ")
pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _choose_day(page, summary: str, day, month, year) -> None:
    press_on(page, page.locator("summary", has_text=summary))  # the details open with Enter
    type_date_boxes(page, day, month, year)
    press_on(page, page.get_by_role("button", name="Show it on that day"))


def type_date_boxes(page, day, month, year) -> None:
    page.locator("#as_at-day").focus()
    for part in (day, month, year):
        page.keyboard.press("Control+A")
        page.keyboard.type(str(part))
        page.keyboard.press("Tab")


def test_the_map_and_the_open_data_page_as_at_a_day(browser_page):
    demo_load()
    page = browser_page
    page.goto("/areas/thurrock/map/")
    expect(page.get_by_role("link", name="NHS Thurrock CCG Board")).to_have_count(0)
    assert_accessible(page, "map today with its date control")
    _choose_day(page, "See the map as it stood on another day", 1, 4, 2021)
    expect(
        page.get_by_text("You are looking at the map as it stood on 1 April 2021.")
    ).to_be_visible()
    expect(page.get_by_role("link", name="NHS Thurrock CCG Board").first).to_be_visible()
    assert_accessible(page, "map as at 1 April 2021")

    _choose_day(page, "See the map as it stood on another day", 1, 4, 2099)
    summary_link = page.get_by_role("link", name="Choose a day that has passed, or today.")
    expect(page.locator(".govuk-error-summary")).to_be_focused()
    expect(page).to_have_title(re_error)
    press_on(page, summary_link)  # the summary's link goes to the day box
    expect(page.locator("#as_at-day")).to_be_focused()
    assert_accessible(page, "map with a day in the future")

    page.goto("/open-data/")
    assert_accessible(page, "open data with its date control")
    _choose_day(page, "See the register as it stood on another day", 1, 4, 2021)
    expect(
        page.get_by_role("heading", name="Feeds and downloads as they stood on 1 April 2021")
    ).to_be_visible()
    link = page.get_by_role("link", name="CSV (Parties and sign-up status)")
    expect(link).to_have_attribute("href", "/open-data/parties.csv?as_at=2021-04-01")
    assert_accessible(page, "open data as at 1 April 2021")
