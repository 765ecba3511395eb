"""Importing organisations in a real browser, by keyboard, with axe-core."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from accord.api.opendata.datasets import DATASETS
from accord.api.opendata.formats import csv_lines
from accord.organisations.models import Organisation
from tests.browser import assert_accessible, press_on, sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_an_administrator_checks_then_applies_a_file(browser_page, demo_accounts):
    page = browser_page
    dataset = DATASETS["organisations"]
    rows = [list(row) for row in dataset.rows()]
    next(row for row in rows if row[0] == "tpha")[2] = "Primary Heads"
    content = "".join(csv_lines(dataset.header, rows)).encode()

    sign_in(page, "admin@example.org")
    page.goto("/open-data/organisations/import/")
    assert_accessible(page, "organisations import upload")
    expect(page.get_by_label("Check only (dry run)")).to_be_checked()
    press_on(page, page.get_by_role("button", name="Upload and check"))
    expect(page.locator(".govuk-error-summary")).to_contain_text("Choose a CSV or XLSX file.")
    assert_accessible(page, "organisations import error")

    page.get_by_label("CSV or XLSX file").set_input_files(
        {"name": "organisations.csv", "mimeType": "text/csv", "buffer": content}
    )
    press_on(page, page.get_by_role("button", name="Upload and check"))
    expect(page.get_by_role("heading", name="What the import would do")).to_be_visible()
    expect(page.locator("#count-change")).to_have_text("1")
    assert_accessible(page, "organisations import check")
    assert Organisation.objects.get(slug="tpha").short_name == "TPHA"

    press_on(page, page.get_by_role("button", name="Apply this import"))
    expect(page.get_by_role("heading", name="Organisations imported")).to_be_visible()
    assert_accessible(page, "organisations import applied")
    assert Organisation.objects.get(slug="tpha").short_name == "Primary Heads"


def test_line_errors_are_shown_accessibly(browser_page, demo_accounts):
    page = browser_page
    sign_in(page, "admin@example.org")
    page.goto("/open-data/organisations/import/")
    page.get_by_label("CSV or XLSX file").set_input_files(
        {"name": "bad.csv", "mimeType": "text/csv", "buffer": b"Name,Kind\nX,Spaceship\n,Other\n"}
    )
    press_on(page, page.get_by_role("button", name="Upload and check"))
    summary = page.locator(".govuk-error-summary")
    expect(summary).to_contain_text("Line 2:")
    expect(summary).to_contain_text("Line 3:")
    assert_accessible(page, "organisations import line errors")
