"""A member of the public checks a sealed agreement in a real browser, with the keyboard."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from accord.documents.services import document_issue, read_document
from tests.browser import assert_accessible
from tests.documents.test_documents_render import childrens_mou

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture(autouse=True)
def _documents_in_tmp(settings, tmp_path):
    settings.DATA_DIR = tmp_path / "data"
    settings.MEDIA_ROOT = str(tmp_path / "files")


def _tab_to(page, element_id: str, limit: int = 40) -> None:
    """Press Tab until the element has focus, as a keyboard user moves through the page."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement && document.activeElement.id") == element_id:
            return
    raise AssertionError(f"#{element_id} never received focus from the keyboard")


def _check_with_the_keyboard(page, path) -> None:
    _tab_to(page, "file")
    with page.expect_file_chooser() as chooser:
        page.keyboard.press("Space")
    chooser.value.set_files(str(path))
    page.keyboard.press("Tab")
    expect(page.get_by_role("button", name="Check the document")).to_be_focused()
    page.keyboard.press("Enter")


def test_checking_a_sealed_agreement_then_a_changed_copy(browser_page, demo, tmp_path):
    sealed = read_document(document_issue(childrens_mou()))
    original, changed = tmp_path / "childrens-mou.pdf", tmp_path / "childrens-mou-edited.pdf"
    original.write_bytes(sealed)
    edited = bytearray(sealed)
    edited[len(edited) // 2] ^= 0x01
    changed.write_bytes(bytes(edited))

    page = browser_page
    # Listening from the start turns on Playwright's file-chooser interception before any
    # key is pressed; switched on only while waiting, it can miss the first Space.
    page.on("filechooser", lambda chooser: None)
    page.goto("/documents/check/")
    expect(page.get_by_role("heading", name="Check a document", level=1)).to_be_visible()
    assert_accessible(page, "check a document")

    _check_with_the_keyboard(page, original)
    expect(
        page.get_by_role("heading", name="This file is exactly what Accord issued.")
    ).to_be_visible()
    expect(page.get_by_text("The file has not changed since this seal was added.")).to_be_visible()
    assert_accessible(page, "check a document, intact")

    _check_with_the_keyboard(page, changed)
    expect(
        page.get_by_role("heading", name="This file has been changed since Accord sealed it.")
    ).to_be_visible()
    expect(page.get_by_text("Do not rely on this copy", exact=False)).to_be_visible()
    assert_accessible(page, "check a document, changed")


def test_submitting_without_a_file_explains_and_links_to_the_field(browser_page, db):
    page = browser_page
    page.goto("/documents/check/")
    page.get_by_role("button", name="Check the document").press("Enter")
    summary = page.get_by_role("alert")
    expect(summary).to_contain_text("Choose the PDF file you want to check.")
    assert_accessible(page, "check a document, no file")
    summary.get_by_role("link").press("Enter")
    expect(page.locator("#file")).to_be_focused()
