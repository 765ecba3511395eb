"""Signing and declining in a real browser, with the keyboard alone, and axe-core on each page."""

from __future__ import annotations

import re

import pytest
from django.core import mail
from playwright.sync_api import expect

from accord.accounts.models import User
from accord.signing.services import invitations
from tests.browser import assert_accessible
from tests.signing_setup import agreement_open_for_signing

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_sign_and_decline_with_the_keyboard(browser_page, settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    admin = User.objects.create_superuser(email="root@example.org", password="x")
    agreement, _ = agreement_open_for_signing(2)
    invitations.signing_open(actor=admin, agreement=agreement)
    links = [re.search(r"(/sign-up/sign/[\w-]+/)", m.body).group(1) for m in mail.outbox]
    page = browser_page

    page.goto(links[0])
    assert_accessible(page, "signing page")
    page.keyboard.press("Tab")  # the skip link
    page.get_by_label("Your full name").focus()
    page.keyboard.type("Ada Signer")
    page.keyboard.press("Tab")
    page.keyboard.type("Chief Executive")
    page.keyboard.press("Tab")
    page.keyboard.press("Space")  # the first radio: we sign
    page.get_by_role("button", name="Send our answer").focus()
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", name="Signed")).to_be_visible()
    assert_accessible(page, "signed")

    page.goto(links[1])
    page.get_by_label("Your full name").fill("Bo Decliner")
    page.get_by_label("Your post").fill("Director")
    page.get_by_label("We decline to sign").check()
    page.get_by_role("button", name="Send our answer").press("Enter")
    expect(page.get_by_text("Say why your organisation declines")).to_have_count(2)
    assert_accessible(page, "signing page with errors")
    page.get_by_label("Why your organisation declines").fill("Our board meets next month.")
    page.get_by_role("button", name="Send our answer").press("Enter")
    expect(page.get_by_role("heading", name="Declined")).to_be_visible()

    page.goto(links[0])
    expect(page.get_by_text("already been used")).to_be_visible()
    assert_accessible(page, "used link")
    page.goto(f"/sign-up/agreements/{agreement.slug}/")
    expect(page.get_by_text("1 signed, 1 declined and 0 not signed yet")).to_be_visible()
    assert_accessible(page, "sign-up progress")
