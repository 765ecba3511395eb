"""A consultation from end to end in a real headless Chromium, with axe-core on every page:
the officer opens it on the Alliance MOU, a partner comments through the e-mailed link
with the keyboard alone, a board secretary comments signed in, and the officer responds."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from django.core import mail
from playwright.sync_api import expect

from accord.consultations.models import Comment
from accord.consultations.models.consultation import today_in_london
from tests.browser import assert_accessible, sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

TITLE = "Thurrock Alliance MOU: comments from partner boards"
COMMENT = "Please say which partner boards will be asked to endorse the final text."


@pytest.fixture
def page(browser_page, demo_accounts, settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    return browser_page


def sign_out(page) -> None:
    page.get_by_role("button", name="Sign out").click()
    expect(page.get_by_role("link", name="Sign in")).to_be_visible()


def link_sent_to(address: str) -> str:
    (message,) = [m for m in mail.outbox if m.to == [address]]
    return re.search(r"/consultations/respond/[A-Za-z0-9_-]+/", message.body).group(0)


def open_the_consultation(page) -> None:
    sign_in(page, "officer@example.org")
    page.goto("/consultations/new/alliance-mou/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Open a consultation")
    assert_accessible(page, "consultation: open form")

    page.get_by_role("button", name="Open the consultation and send the invitations").click()
    expect(page.get_by_text("There is a problem")).to_be_visible()
    assert_accessible(page, "consultation: open form with errors")

    page.get_by_label("Title").fill(TITLE)
    page.get_by_label("What you are asking").fill("Comments by the closing date, please.")
    closes_on = today_in_london() + dt.timedelta(days=14)
    page.locator("#id_closes_on_0").fill(str(closes_on.day))
    page.locator("#id_closes_on_1").fill(str(closes_on.month))
    page.locator("#id_closes_on_2").fill(str(closes_on.year))
    page.get_by_label("Thurrock Health and Wellbeing Board").check()
    page.get_by_label("NHS Thurrock CCG Board").check()
    page.get_by_label("Other people to invite").fill("Pat Partner, pat@partner.example")
    page.get_by_role("button", name="Open the consultation and send the invitations").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(TITLE)
    expect(page.get_by_text("have been invited by e-mail")).to_be_visible()
    assert_accessible(page, "consultation: page for the officer")


def comment_by_link_with_the_keyboard(page, link: str) -> None:
    page.goto(link)
    expect(page.get_by_text("You were invited as Pat Partner")).to_be_visible()
    assert_accessible(page, "consultation: e-mailed link")

    page.keyboard.press("Tab")
    expect(page.get_by_role("link", name="Skip to main content")).to_be_focused()
    page.keyboard.press("Enter")
    for _ in range(40):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.tagName") == "TEXTAREA":
            break
    else:
        pytest.fail("no comment box can be reached with Tab")
    expect(page.get_by_label("Your comment on section 1, Purpose")).to_be_focused()
    page.keyboard.type(COMMENT)
    page.keyboard.press("Tab")
    expect(page.get_by_role("button", name="Send the comment on section 1")).to_be_focused()
    page.keyboard.press("Enter")
    expect(page.get_by_text("Thank you: your comment has been sent.")).to_be_visible()
    expect(page.get_by_text(COMMENT)).to_be_visible()
    assert_accessible(page, "consultation: e-mailed link after commenting")


def test_open_comment_by_link_and_signed_in_then_respond(page):
    open_the_consultation(page)
    link = link_sent_to("pat@partner.example")
    sign_out(page)

    comment_by_link_with_the_keyboard(page, link)
    comment = Comment.objects.get(text=COMMENT)
    assert comment.author is None and comment.invitation.email == "pat@partner.example"

    # A board secretary of a consulted body comments while signed in, also by keyboard.
    sign_in(page, "secretary.hwb@example.org")
    page.goto(f"/consultations/{comment.consultation_id}/")
    assert_accessible(page, "consultation: page for a consultee")
    page.get_by_label("Your comment on section 4, Next steps").focus()
    page.keyboard.type("The Health and Wellbeing Board asks to see the Alliance Agreement draft.")
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    expect(page.get_by_text("Thank you: your comment has been recorded.")).to_be_visible()
    sign_out(page)

    sign_in(page, "officer@example.org")
    page.goto(f"/consultations/{comment.consultation_id}/")
    page.get_by_role("link", name="Respond to Pat Partner on section 1").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Respond to a comment")
    assert_accessible(page, "consultation: respond form")
    page.get_by_role("button", name="Record the response").click()
    expect(page.get_by_text("There is a problem")).to_be_visible()
    assert_accessible(page, "consultation: respond form with errors")
    page.get_by_label("Accepted with changes").check()
    page.get_by_label("Reason").fill("Section 5 now lists the partner boards by name.")
    page.get_by_role("button", name="Record the response").click()
    expect(page.get_by_text("Your response has been recorded.")).to_be_visible()
    assert_accessible(page, "consultation: page after a response")

    page.get_by_role("link", name=re.compile("You said, we did")).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("You said, we did")
    expect(
        page.get_by_role("cell", name="Section 5 now lists the partner boards by name.")
    ).to_be_visible()
    expect(page.get_by_role("cell", name="Not yet responded to")).to_be_visible()
    assert_accessible(page, "consultation: you said, we did")


def test_a_link_that_does_not_work_says_so_accessibly(page):
    page.goto("/consultations/respond/not-a-real-token/")
    expect(page.get_by_role("heading", level=1)).to_have_text("This link does not work")
    assert_accessible(page, "consultation: link that does not work")
