"""Importing a document in a real browser: upload, progress, review and confirm by
keyboard, with axe-core on every page; the import's page while a worker reads it, with
and without JavaScript; a file that could not be read."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from accord.agreements.models import Agreement
from accord.imports.background import ProgressSaver
from accord.imports.models import ImportedDocument, ImportStatus
from tests.browser import assert_accessible, press_on, sign_in
from tests.importing import THURROCK, blank_pdf
from tests.imports.long_pdf import long_pdf
from tests.queue.workers import WorkerProcess, worker_env

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
    expect(progress).to_contain_text(f"Uploading {CHILDRENS.name}")
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


def _reflows_at_320px(page, name: str) -> None:
    """The page fits a 320 px screen without sideways scrolling, and passes axe there."""
    size = page.viewport_size
    page.set_viewport_size({"width": 320, "height": 800})
    widths = page.evaluate(
        "[document.documentElement.scrollWidth, document.documentElement.clientWidth]"
    )
    assert widths[0] <= widths[1], f"{name}: {widths[0]} px wide in {widths[1]} px"
    assert_accessible(page, f"{name} at 320px")
    page.set_viewport_size(size)


def _choose(page, name: str, content: bytes, kind: str) -> None:
    page.get_by_label("Document", exact=True).set_input_files(
        {"name": name, "mimeType": kind, "buffer": content}
    )


def test_the_page_while_a_worker_reads_then_the_review(
    browser_page, demo_accounts, task_queue, tmp_path
):
    """The database backend, as in production: nothing is read until a worker runs."""
    page = browser_page
    sign_in(page, "officer@example.org")
    page.goto("/imports/")
    _choose(page, "long.pdf", long_pdf(), "application/pdf")
    press_on(page, page.get_by_role("button", name="Upload and read"))
    expect(page.get_by_role("heading", name="Reading long.pdf")).to_be_visible()
    status = page.get_by_role("status")
    expect(status).to_contain_text("Waiting to read long.pdf")
    assert_accessible(page, "import waiting to be read")
    # Without waiting for the script: the link asks again, by keyboard.
    press_on(page, page.get_by_role("link", name="Check progress"))
    expect(page.get_by_role("heading", name="Reading long.pdf")).to_be_visible()

    # The worker's progress, saved as the task saves it: the script asks for it and the
    # live region says it.
    record = ImportedDocument.objects.get()
    ProgressSaver(record.pk)(11, 144)
    expect(status).to_contain_text("Reading page 12 of 144.")
    expect(page.locator("#import-reading-bar")).to_have_attribute("max", "144")
    assert_accessible(page, "import being read")
    _reflows_at_320px(page, "import being read")

    # The same page without JavaScript: it says where reading is, and the link checks.
    browser = page.context.browser
    assert browser is not None
    plain = browser.new_context(java_script_enabled=False, base_url=page.url.split("/imports")[0])
    still = plain.new_page()
    sign_in(still, "officer@example.org")
    still.goto(f"/imports/{record.pk}/")
    expect(still.get_by_text("Reading page 12 of 144.")).to_be_visible()

    with WorkerProcess(tmp_path / "worker.log", worker_env(), "--no-schedule") as worker:
        # The script loads the review by itself once the worker is done.
        expect(page.get_by_role("heading", name="Review the import of long.pdf")).to_be_visible(
            timeout=60_000
        )
        assert worker.stop() == 0
    record.refresh_from_db()
    assert record.status == ImportStatus.REVIEW and record.pages == 144
    assert_accessible(page, "import review after reading")

    press_on(still, still.get_by_role("link", name="Check progress"))
    expect(still.get_by_role("heading", name="Review the import of long.pdf")).to_be_visible()
    plain.close()


def test_a_file_that_could_not_be_read_says_why_and_offers_another_upload(
    browser_page, demo_accounts
):
    page = browser_page
    sign_in(page, "officer@example.org")
    page.goto("/imports/")
    _choose(page, "scan.pdf", blank_pdf(3), "application/pdf")
    press_on(page, page.get_by_role("button", name="Upload and read"))
    expect(page.get_by_role("heading", name="scan.pdf could not be read")).to_be_visible()
    expect(page.get_by_text("No text could be read from the file.")).to_be_visible()
    assert_accessible(page, "import could not be read")
    _reflows_at_320px(page, "import could not be read")
    press_on(page, page.get_by_role("link", name="Upload a document again"))
    expect(page.get_by_role("heading", name="Import a document")).to_be_visible()
    expect(page.get_by_role("link", name="scan.pdf")).to_be_visible()
