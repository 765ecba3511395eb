"""An officer drafts an agreement in a real browser, with the keyboard, and axe-core on every page."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from tests.browser import assert_accessible, sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_officer_adapts_edits_and_publishes_with_the_keyboard(browser_page, demo_accounts):
    page = browser_page
    sign_in(page, "officer@example.org")
    page.goto("/agreements/childrens-mou/")
    page.get_by_role("link", name="Adapt this agreement into a new one").click()
    assert_accessible(page, "new agreement form")
    expect(page.get_by_label("Adapt an existing agreement")).to_be_checked()
    page.get_by_label("Title").fill("Brighter Futures Early Help MOU")
    page.get_by_label("Owning body").select_option(label="Brighter Futures Children's Partnership")
    page.get_by_role("button", name="Create the draft").focus()
    page.keyboard.press("Enter")
    expect(page.get_by_text("has been created as a draft")).to_be_visible()
    assert_accessible(page, "draft")

    page.get_by_role("link", name="Edit section 1, Introduction").click()
    assert_accessible(page, "edit section")
    text = page.get_by_label("Text")
    text.fill(
        "1.1 This memorandum covers early help.\n\n<script>window.hacked=1</script>\n- first\n- second"
    )
    text.press("Tab")
    page.keyboard.press("Enter")  # the Save button follows the text box
    expect(page.get_by_text("Section 1 has been saved")).to_be_visible()
    # Markup typed into a section is shown as text, never run.
    expect(page.get_by_text("<script>window.hacked=1</script>")).to_be_visible()
    assert page.evaluate("window.hacked === undefined")

    page.get_by_role("button", name="Move down section 1").press("Enter")
    expect(
        page.get_by_role("heading", name="1. Parties to this Memorandum of Understanding")
    ).to_be_visible()

    page.get_by_role("link", name="Publish a version").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Check the draft before you publish it"
    )
    assert_accessible(page, "check the draft before publishing")
    page.get_by_label("Version label").fill("Draft for comment")
    page.get_by_label("Version label").press("Enter")
    expect(
        page.get_by_text(re.compile(r"Version 1 “Draft for comment” is published"))
    ).to_be_visible()
    assert_accessible(page, "agreement after publishing")

    page.get_by_role("link", name=re.compile("Compare with Children's Partnership MOU")).click()
    expect(page.get_by_role("heading", name="What changed")).to_be_visible()
    expect(page.locator("ins").first).to_be_visible()
    assert_accessible(page, "comparison with the source")

    page.go_back()
    page.get_by_role("link", name="History of changes").click()
    expect(page.get_by_text(re.compile(r"^Published version \d+, “"))).to_be_visible()
    expect(page.get_by_text("agreement.version.publish")).to_have_count(0)
    assert_accessible(page, "history")


def test_officer_edits_parties_and_route(browser_page, demo_accounts):
    page = browser_page
    sign_in(page, "officer@example.org")
    page.goto("/agreements/new/")
    page.get_by_label("A blank agreement").check()
    page.get_by_label("Title").fill("Blank agreement")
    page.get_by_label("Owning body").select_option(label="Thurrock Alliance")
    page.get_by_role("button", name="Create the draft").click()
    page.get_by_role("link", name="Add the parties").click()
    assert_accessible(page, "parties")
    page.get_by_label("Organisation").select_option(label="Thurrock Council")
    page.get_by_label("Category").fill("Local Authorities")
    page.get_by_role("button", name="Add the party").click()
    expect(page.get_by_text("Thurrock Council is now a party")).to_be_visible()
    page.get_by_role("button", name="Add the party").click()
    expect(page.get_by_text("There is a problem")).to_be_visible()
    assert_accessible(page, "parties with an error")
    page.get_by_role("link", name="Back to managing the agreement").click()
    page.get_by_role("link", name="Set the approval route").click()
    page.get_by_label("Body", exact=True).select_option(label="Thurrock Health and Wellbeing Board")
    page.get_by_label("What the body does").select_option("endorse")
    page.get_by_role("button", name="Add the step").click()
    expect(
        page.get_by_role("cell", name="Endorse: Thurrock Health and Wellbeing Board")
    ).to_be_visible()
    assert_accessible(page, "route")
