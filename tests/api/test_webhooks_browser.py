"""The webhook pages in a real browser, by keyboard, with axe-core."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from accord.api.models import WebhookDelivery, WebhookEndpoint
from accord.api.webhooks.services import webhook_emit
from tests.browser import assert_accessible, press_on, sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_an_administrator_registers_and_deactivates_an_endpoint(browser_page, demo_accounts):
    page = browser_page
    sign_in(page, "admin@example.org")
    page.goto("/api/webhooks/")
    assert_accessible(page, "webhooks empty")
    press_on(page, page.get_by_role("button", name="Register endpoint"))
    expect(page.get_by_text("Enter the address of the endpoint").first).to_be_visible()
    assert_accessible(page, "webhooks error")
    page.get_by_label("Address of the endpoint").fill("https://93.184.215.14/accord")
    page.get_by_label("Party signed").check()
    page.get_by_label("Agreement in force").focus()
    page.keyboard.press("Space")
    press_on(page, page.get_by_role("button", name="Register endpoint"))
    secret = page.locator("#new-secret").inner_text()
    endpoint = WebhookEndpoint.objects.get()
    assert secret == endpoint.secret
    assert endpoint.events == ["party.signed", "agreement.in_force"]
    assert_accessible(page, "webhooks registered")

    webhook_emit("party.signed", {"agreement": "childrens-mou"})
    WebhookDelivery.objects.update(status="failed", attempts=6, last_error="No answer: refused")
    page.get_by_role("link", name="See recent deliveries and their outcome").click()
    expect(page.get_by_role("heading", name="Webhook deliveries")).to_be_visible()
    expect(page.get_by_text("No answer: refused")).to_be_visible()
    assert_accessible(page, "webhook deliveries")

    page.goto("/api/webhooks/")
    press_on(page, page.get_by_role("link", name="Deactivate https://93.184.215.14/accord"))
    assert_accessible(page, "webhooks: are you sure")
    press_on(page, page.get_by_role("button", name="Yes, deactivate the endpoint"))
    expect(page.get_by_text("nothing more is sent")).to_be_visible()
    assert_accessible(page, "webhooks deactivated")
    endpoint.refresh_from_db()
    assert not endpoint.active
