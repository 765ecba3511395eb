"""The pages issue 14 asks to see, kept as screenshots in the test-artifacts folder: the
officer's task list, the check-answers pages before publishing and before sign-up, an
agreement at 320 px, and the accessibility statement and privacy notice. Each is also
checked with axe-core."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from accord.accounts.models import User
from accord.agreements.models import Agreement
from accord.agreements.services.drafting import draft_start
from accord.agreements.services.transitions import agreement_transition
from accord.approvals.models import ApprovalStep
from tests.browser import assert_accessible, sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_the_task_list_and_the_check_before_publishing(browser_page, demo_accounts):
    officer = User.objects.get(email="officer@example.org")
    draft = draft_start(actor=officer, agreement=Agreement.objects.get(slug="alliance-mou"))
    section = draft.sections.order_by("order").first()
    section.text += "\n\nThe partners will review this memorandum each year."
    section.save()
    page = browser_page
    sign_in(page, "officer@example.org")
    page.goto("/agreements/alliance-mou/draft/")
    tasks = page.locator(".govuk-task-list__item")
    expect(tasks).to_have_count(5)
    expect(tasks.nth(0)).to_contain_text("Write the sections")
    expect(tasks.nth(0)).to_contain_text("In progress")
    expect(tasks.nth(4)).to_contain_text("Publish a version")
    expect(tasks.nth(4)).to_contain_text("Not yet started")
    assert_accessible(page, "task list")
    page.get_by_role("link", name="Publish a version").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Check the draft before you publish it"
    )
    expect(page.get_by_role("link", name="Change the parties")).to_be_visible()
    assert_accessible(page, "check answers before publishing")


def test_the_check_before_opening_sign_up(browser_page, demo_accounts):
    administrator = User.objects.get(email="admin@example.org")
    mou = Agreement.objects.get(slug="childrens-mou")
    agreement_transition(actor=administrator, agreement=mou, to="draft")
    agreement_transition(actor=administrator, agreement=mou, to="approval")
    ApprovalStep.objects.filter(agreement=mou).update(status="done")
    page = browser_page
    sign_in(page, "officer@example.org")
    page.goto("/agreements/childrens-mou/draft/")
    page.get_by_role("link", name="Move to: Open for sign-up").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Check before you open sign-up")
    expect(page.get_by_text("Thurrock Council: Thurrock Council signatory")).to_be_visible()
    assert_accessible(page, "check answers before opening sign-up")
    mou.refresh_from_db()
    assert mou.status == "approval"  # nothing happens until the button is pressed
    page.get_by_role("button", name="Open sign-up and send the invitations").click()
    expect(page.get_by_text("The agreement is now open for sign-up.")).to_be_visible()


def test_an_agreement_at_320_pixels(browser_page, demo_accounts):
    page = browser_page
    page.set_viewport_size({"width": 320, "height": 900})
    page.goto("/agreements/childrens-mou/")
    width = page.evaluate(
        "[document.documentElement.scrollWidth, document.documentElement.clientWidth]"
    )
    assert width[0] <= width[1]
    # The menu folds behind a toggle, opened from the keyboard.
    menu = page.get_by_role("button", name="Menu")
    expect(menu).to_be_visible()
    expect(page.get_by_role("link", name="Organisations")).to_be_hidden()
    menu.focus()
    page.keyboard.press("Enter")
    expect(page.get_by_role("link", name="Organisations")).to_be_visible()
    page.keyboard.press("Enter")
    assert_accessible(page, "agreement at 320px")


def test_the_accessibility_statement_and_privacy_notice(browser_page, demo_accounts):
    page = browser_page
    page.goto("/")
    page.get_by_role("link", name="Accessibility statement").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Accessibility statement")
    expect(page.get_by_role("heading", name="Enforcement procedure")).to_be_visible()
    assert_accessible(page, "accessibility statement")
    page.get_by_role("link", name="Privacy notice").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Privacy notice")
    assert_accessible(page, "privacy notice")
