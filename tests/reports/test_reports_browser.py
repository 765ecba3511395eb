"""A cover report from draft to verified implications in headless Chromium, with
axe-core on every page: the officer drafts and edits it with the keyboard, asks for the
financial implications, the verifier returns them through the e-mailed link, and then
verifies them signed in, which lets the report go on an agenda."""

from __future__ import annotations

import re

import pytest
from django.core import mail
from playwright.sync_api import expect

from accord.reports.services import report_blocks_agenda
from tests.browser import assert_accessible, press_on, sign_in, type_into
from tests.reports.test_reports_services import hwb_step

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def page(browser_page, demo_accounts, settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    return browser_page


def sign_out(page) -> None:
    page.get_by_role("button", name="Sign out").click()
    expect(page.get_by_role("link", name="Sign in")).to_be_visible()


def ask_for_financial_implications(page) -> None:
    press_on(page, page.get_by_role("link", name="Ask for implications to be verified"))
    assert_accessible(page, "report: ask for verification")
    page.get_by_label("Implication").select_option("financial")
    page.get_by_label("Verifier").select_option(label="Bradley Herbert (verifier@example.org)")
    press_on(page, page.get_by_role("button", name="Send the request"))
    expect(page.get_by_text("Bradley Herbert has been asked by e-mail.")).to_be_visible()


def test_a_report_is_drafted_returned_and_verified(page):
    step = hwb_step()
    sign_in(page, "officer@example.org")
    page.goto(f"/reports/step/{step.pk}/")
    assert_accessible(page, "report: none yet")
    press_on(page, page.get_by_role("button", name="Draft the cover report"))
    expect(page.get_by_role("heading", name="1. Recommendation(s)")).to_be_visible()
    assert_accessible(page, "report: drafted")

    press_on(page, page.get_by_role("link", name="Edit the report"))
    assert_accessible(page, "report: edit")
    type_into(
        page,
        "3. Issues, Options and Analysis of Options (optional)",
        "No other option keeps one governance framework.",
    )
    press_on(page, page.get_by_role("button", name="Save as a new version"))
    expect(page.get_by_text("Saved as version 2.")).to_be_visible()
    expect(page.get_by_text("No other option keeps one governance framework.")).to_be_visible()

    ask_for_financial_implications(page)
    expect(page.locator("#outstanding")).to_contain_text("Financial implications")
    assert_accessible(page, "report: implication outstanding")
    assert report_blocks_agenda(step)
    sign_out(page)

    link = re.search(r"/reports/implications/link/\S+/", mail.outbox[-1].body)[0]
    page.goto(link)
    assert_accessible(page, "report: verifier's link")
    page.get_by_label("Return with comments").check()
    press_on(page, page.get_by_role("button", name="Send your answer"))
    expect(page.get_by_text("There is a problem")).to_be_visible()
    assert_accessible(page, "report: return without comments")
    page.get_by_label("Return with comments").check()
    page.get_by_label("Comments (optional)").fill("Name the budget line it comes from.")
    press_on(page, page.get_by_role("button", name="Send your answer"))
    expect(page.get_by_role("heading", name="Your answer has been recorded")).to_be_visible()
    assert_accessible(page, "report: answer recorded")

    sign_in(page, "officer@example.org")
    page.goto(f"/reports/step/{step.pk}/")
    expect(page.get_by_text("Name the budget line it comes from.")).to_be_visible()
    expect(page.locator("#outstanding")).to_contain_text("returned with comments")
    ask_for_financial_implications(page)
    sign_out(page)

    sign_in(page, "verifier@example.org")
    implication = step.cover_report.implications.get()
    page.goto(f"/reports/implications/{implication.pk}/")
    assert_accessible(page, "report: verifier signed in")
    page.get_by_label("Verify the implications").check()
    press_on(page, page.get_by_role("button", name="Send your answer"))
    expect(page.get_by_role("heading", name="Your answer has been recorded")).to_be_visible()
    assert report_blocks_agenda(step) == []
    sign_out(page)

    sign_in(page, "officer@example.org")
    page.goto(f"/reports/step/{step.pk}/")
    expect(page.get_by_text("Implications verified by:")).to_be_visible()
    expect(page.locator("#outstanding")).to_have_count(0)
    assert_accessible(page, "report: verified")
