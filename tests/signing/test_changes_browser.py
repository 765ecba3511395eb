"""The 2022 CCG succession in a real browser, with axe-core on each page: the officer's
list shows it, the ICB's signatory confirms by the e-mailed link with the keyboard alone,
and the public page shows the CCG's signature and the ICB's confirmation."""

from __future__ import annotations

import re

import pytest
from django.core import mail
from django.core.management import call_command
from playwright.sync_api import expect

from tests.browser import assert_accessible, press_on, sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

CCG = "NHS Thurrock Clinical Commissioning Group"
ICB = "NHS Mid and South Essex Integrated Care Board"


def test_the_officer_sees_the_succession_and_the_icb_confirms_by_its_link(browser_page, settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    call_command("demo")  # plays the succession: the ICB is asked to confirm
    (invitation,) = [m for m in mail.outbox if "signatory.icb@example.org" in m.to]
    link = re.search(r"(/sign-up/sign/[\w-]+/)", invitation.body).group(1)
    page = browser_page

    sign_in(page, "officer@example.org")
    page.goto("/attention/")
    card = page.locator(".govuk-summary-card").filter(has_text=f"no longer exists: successor {ICB}")
    expect(card).to_have_count(1)
    expect(card.get_by_text(f"{ICB} has been asked to confirm in its place.")).to_be_visible()
    expect(card.get_by_role("link", name="Children's Partnership MOU", exact=True)).to_be_visible()
    assert_accessible(page, "attention with the CCG succession")
    press_on(page, page.get_by_role("button", name="Sign out"))
    expect(page.get_by_role("link", name="Sign in")).to_be_visible()

    page.goto(link)
    expect(page.get_by_text(f"Confirming for {ICB}, successor to")).to_be_visible()
    expect(page.get_by_text("(a novation)")).to_be_visible()
    assert_accessible(page, "novation signing page")
    page.get_by_label("Your full name").focus()
    page.keyboard.type("Anthony McKeever")
    page.keyboard.press("Tab")
    page.keyboard.type("Chief Executive")
    page.keyboard.press("Tab")
    page.keyboard.press("Space")  # the first answer: we take its place
    press_on(page, page.get_by_role("button", name="Send our answer"))
    expect(page.get_by_role("heading", name=re.compile("You have confirmed"))).to_be_visible()
    assert_accessible(page, "novation confirmed")

    page.goto("/agreements/childrens-mou/")
    expect(page.get_by_text("Confirmed (novation) by Anthony McKeever")).to_be_visible()
    expect(
        page.get_by_text(re.compile(r"Original signature: .*Accountable Officer of NHS Thurrock"))
    ).to_be_visible()
    expect(
        page.get_by_text(re.compile(f"a party until .*when {ICB} took its place"))
    ).to_be_visible()
    assert_accessible(page, "public page with the signature and the confirmation")

    page.goto("/agreements/childrens-mou/?on=2021-04-01")
    expect(page.get_by_text("as it stood on 1 April 2021")).to_be_visible()
    expect(page.get_by_text("No longer exists")).to_have_count(1)  # BTUH, merged in 2020
    expect(page.get_by_text("Confirmed (novation)")).to_have_count(0)
    assert_accessible(page, "childrens mou as at 1 April 2021")
