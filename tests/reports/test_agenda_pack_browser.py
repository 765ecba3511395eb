"""The agenda pack's page in headless Chromium, by keyboard: the pack link leads to "The
agenda pack is being made"; once the queued task has run, the page's script says in its
live region that the pack is ready and offers the download, without reloading. axe-core
finds nothing in either state."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.browser import assert_accessible, sign_in, tab_to
from tests.queue.workers import run_tasks_here
from tests.reports.pack_setup import board_meeting


@pytest.fixture
def board(demo_accounts):
    return board_meeting()


pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_the_pack_page_follows_the_making_and_offers_the_download(task_queue, board, browser_page):
    page = browser_page
    meeting, _ = board
    sign_in(page, "member@example.org")
    page.goto(meeting.get_absolute_url())
    tab_to(page, "Agenda pack (PDF): the agenda and every report with its appendices")
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", name="The agenda pack is being made")).to_be_visible()
    status = page.get_by_role("status")
    expect(status).to_have_text(
        "It is waiting for its turn. A pack is usually ready within a minute."
    )
    expect(page.get_by_text("this page also checks by itself")).to_be_visible()
    assert_accessible(page, "agenda pack: being made")

    assert run_tasks_here() == 1
    expect(page.get_by_role("heading", name="The agenda pack is ready")).to_be_visible(
        timeout=30000
    )
    expect(status).to_contain_text("The agenda pack is ready to download.")
    link = page.get_by_role("link", name="Download the agenda pack")
    expect(link).to_be_visible()
    expect(page.get_by_role("link", name="Check again")).to_be_hidden()
    assert_accessible(page, "agenda pack: ready")

    tab_to(page, link.text_content().strip())
    with page.expect_response(lambda r: r.url.endswith("/agenda-pack.pdf")) as answer:
        page.keyboard.press("Enter")
    response = answer.value
    assert response.status == 200 and response.headers["content-type"] == "application/pdf"
