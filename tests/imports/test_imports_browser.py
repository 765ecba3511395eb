"""Importing a document in a real browser: upload, progress, review and confirm by
keyboard, with axe-core on every page."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from accord.agreements.models import Agreement
from tests.browser import assert_accessible, press_on, sign_in
from tests.importing import THURROCK

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

CHILDRENS = THURROCK / "thurrock-childrens-partnership-mou.txt"


def test_an_officer_imports_reviews_and_confirms(browser_page, demo_accounts):
    page = browser_page
    sign_in(page, "officer@example.org")
    page.goto("/agreements/")
    press_on(page, page.get_by_role("link", name="Import a document"))
    expect(page.get_by_role("heading", name="Import a document")).to_be_visible()
    assert_accessible(page, "import upload")

    press_on(page, page.get_by_role("button", name="Upload and read"))
    expect(page.locator(".govuk-error-summary")).to_contain_text("Choose the document to import.")
    assert_accessible(page, "import upload error")

    page.get_by_label("Document", exact=True).set_input_files(
        {"name": CHILDRENS.name, "mimeType": "text/plain", "buffer": CHILDRENS.read_bytes()}
    )
    # The progress indicator, as it shows while a long file is read (submit without sending).
    page.evaluate(
        "document.getElementById('import-form')"
        ".dispatchEvent(new Event('submit', {cancelable: true}))"
    )
    progress = page.get_by_role("status")
    expect(progress).to_be_visible()
    expect(progress).to_contain_text(f"Uploading and reading {CHILDRENS.name}")
    assert_accessible(page, "import upload in progress")
    page.reload()

    page.get_by_label("Document", exact=True).set_input_files(
        {"name": CHILDRENS.name, "mimeType": "text/plain", "buffer": CHILDRENS.read_bytes()}
    )
    press_on(page, page.get_by_role("button", name="Upload and read"))
    expect(
        page.get_by_role("heading", name=f"Review the import of {CHILDRENS.name}")
    ).to_be_visible()
    expect(page.get_by_text("Matched: North East London NHS Foundation Trust")).to_be_visible()
    assert_accessible(page, "import review")

    # Open where a finding came from, by keyboard.
    summary = page.locator("summary").first
    summary.focus()
    page.keyboard.press("Enter")
    expect(page.locator(".accord-source").first).to_be_visible()

    page.get_by_label("Title").focus()
    page.keyboard.press("Control+A")
    page.keyboard.type("Children's Partnership MOU (imported)")
    page.get_by_label("Owning body").focus()
    page.keyboard.type("Brighter Futures Children")
    press_on(page, page.get_by_role("button", name="Create the draft agreement"))

    expect(
        page.get_by_role("heading", name="Children's Partnership MOU (imported)")
    ).to_be_visible()
    expect(page.get_by_text("Imported from the file")).to_be_visible()
    assert_accessible(page, "imported agreement")
    agreement = Agreement.objects.get(title="Children's Partnership MOU (imported)")
    assert agreement.parties.count() == 16 and agreement.approval_steps.count() == 6
    # The officer's answers are kept as a gold file for accord import-eval --confirmed.
    gold = agreement.source_import.gold
    assert gold["title"] == "Children's Partnership MOU (imported)"
    assert len(gold["parties"]) == 16 and len(gold["approval_steps"]) == 6
    assert [d["date"] for d in gold["dates"]] == [
        d.date.strftime("%Y-%m") for d in agreement.milestones.order_by("pk")
    ]
