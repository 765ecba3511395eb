"""The whole lifecycle in a real browser, keyboard first, with axe-core on every page:
an officer adapts a new MOU from the Thurrock Children's MOU, edits it, publishes version 1
and opens a consultation; a consultee comments through the e-mailed link; the officer
responds and publishes version 2; three board secretaries record the three decisions in
their meetings; the agreement reaches sign-up."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from django.core import mail
from django.utils import timezone
from playwright.sync_api import expect

from accord.agreements.models import Agreement
from tests.browser import assert_accessible, press_on, sign_in, type_date, type_into

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

TITLE = "Brighter Futures Early Help MOU"


def sign_out(page) -> None:
    press_on(page, page.get_by_role("button", name="Sign out"))
    expect(page.get_by_role("link", name="Sign in")).to_be_visible()


def publish(page, label: str) -> None:
    """From the task list, through the page to check the draft, to publishing it."""
    press_on(page, page.get_by_role("link", name="Publish a version"))
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Check the draft before you publish it"
    )
    type_into(page, "Version label", label)
    page.keyboard.press("Enter")
    expect(page.get_by_text(re.compile(rf"“{label}” is published"))).to_be_visible()


def edit_section_one(page, slug: str, text: str) -> None:
    page.goto(f"/agreements/{slug}/draft/")
    begin = page.get_by_role("button", name="Start a new draft from the latest version")
    if begin.count():
        press_on(page, begin)
        expect(page.get_by_text(re.compile(r"Draft version \d+ has been started"))).to_be_visible()
    press_on(page, page.get_by_role("link", name=re.compile(r"^Edit section 1,")))
    type_into(page, "Text (optional)", text)
    press_on(page, page.get_by_role("button", name="Save section"))
    expect(page.get_by_text("Section 1 has been saved")).to_be_visible()


def record_decision(page, secretary: str, body: str, agreement_title: str) -> None:
    sign_in(page, secretary)
    page.goto("/meetings/")
    press_on(page, page.get_by_role("link", name=f"Add a meeting of {body}"))
    today = timezone.localdate()
    type_into(page, "Title", f"{body} meeting")
    type_date(page, "date", today.day, today.month, today.year)
    press_on(page, page.get_by_role("button", name="Add the meeting"))
    press_on(page, page.get_by_role("link", name="Add an agenda item"))
    page.get_by_label("Approval step").focus()
    page.keyboard.press("ArrowDown")
    press_on(page, page.get_by_role("button", name="Put the step on the agenda"))
    expect(page.get_by_text("is item 1 on the agenda")).to_be_visible()
    assert_accessible(page, f"agenda of {body}")
    press_on(page, page.get_by_role("link", name=re.compile("Record the decision on item 1")))
    page.get_by_label("Decision").focus()
    page.keyboard.press("ArrowDown")  # Approved
    type_into(page, "Minute (optional)", f"The {body} approved the {agreement_title}.")
    press_on(page, page.get_by_role("button", name="Record the decision"))
    expect(page.get_by_text("has been recorded: approved")).to_be_visible()
    assert_accessible(page, f"decision of {body}")
    sign_out(page)


def test_from_adaptation_to_sign_up(browser_page, demo_accounts, settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    page = browser_page

    # The officer adapts a new MOU from the Children's MOU.
    sign_in(page, "officer@example.org")
    page.goto("/agreements/childrens-mou/")
    press_on(page, page.get_by_role("link", name="Adapt this agreement into a new one"))
    type_into(page, "Title", TITLE)
    page.get_by_label("Owning body").select_option(label="Brighter Futures Children's Partnership")
    press_on(page, page.get_by_role("button", name="Create the draft"))
    expect(page.get_by_text("has been created as a draft")).to_be_visible()
    agreement = Agreement.objects.get(title=TITLE)
    slug = agreement.slug
    edit_section_one(
        page, slug, "1.1 This memorandum sets out how early help partners work together."
    )
    publish(page, "Draft for comment")

    # ...and opens a consultation on version 1.
    press_on(page, page.get_by_role("link", name="Open a consultation"))
    assert_accessible(page, "open a consultation")
    type_into(page, "Title", "Early Help MOU: comments please")
    type_into(
        page, "What you are asking (optional)", "Please comment on any section by the closing date."
    )
    closes_on = timezone.localdate() + dt.timedelta(days=14)
    type_date(page, "closes_on", closes_on.day, closes_on.month, closes_on.year)
    page.get_by_label("Other people to invite (optional)").fill("Pat Partner, pat@partner.example")
    press_on(
        page, page.get_by_role("button", name="Open the consultation and send the invitations")
    )
    expect(page.get_by_text(re.compile("been invited by e-mail"))).to_be_visible()
    consultation_url = page.url
    sign_out(page)

    # A consultee comments through the e-mailed link, with no account.
    (message,) = [m for m in mail.outbox if m.to == ["pat@partner.example"]]
    page.goto(re.search(r"/consultations/respond/[A-Za-z0-9_-]+/", message.body).group(0))
    assert_accessible(page, "consultation link")
    page.get_by_label(re.compile(r"^\s*Your comment on section 1,")).focus()
    page.keyboard.type("Please name the early help hubs.")
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    expect(page.get_by_text("Thank you: your comment has been sent.")).to_be_visible()

    # The officer responds, changes the text and publishes version 2, then sets the route.
    sign_in(page, "officer@example.org")
    page.goto(consultation_url)
    press_on(page, page.get_by_role("link", name=re.compile("^Respond to Pat Partner")))
    page.get_by_label("Accepted with changes").focus()
    page.keyboard.press("Space")
    type_into(page, "Reason", "Section 1 now names the three early help hubs.")
    press_on(page, page.get_by_role("button", name="Record the response"))
    expect(page.get_by_text("Your response has been recorded.")).to_be_visible()
    edit_section_one(
        page, slug, "1.1 This memorandum sets out how the three early help hubs work together."
    )
    publish(page, "Final draft")
    page.goto(f"/agreements/{slug}/compare/")
    expect(page.locator("ins").first).to_be_visible()
    assert_accessible(page, "compare version 1 and 2")

    page.goto(f"/agreements/{slug}/route/")
    for body, action in (
        ("Brighter Futures Children's Partnership", "agree"),
        ("NHS Thurrock CCG Board", "approve"),
        ("Thurrock Health and Wellbeing Board", "approve"),
    ):
        page.get_by_label("Body", exact=True).select_option(label=body)
        page.get_by_label("What the body does").select_option(action)
        press_on(page, page.get_by_role("button", name="Add the step"))
        expect(page.get_by_text(re.compile(r"Step \d added"))).to_be_visible()
    page.goto(f"/agreements/{slug}/draft/")
    press_on(page, page.get_by_role("button", name="Move to: In approval"))
    expect(page.get_by_text("The agreement is now in approval")).to_be_visible()
    sign_out(page)

    # Three board secretaries record the three decisions at their meetings.
    record_decision(
        page, "secretary.bf@example.org", "Brighter Futures Children's Partnership", TITLE
    )
    record_decision(page, "secretary.ccg@example.org", "NHS Thurrock CCG Board", TITLE)
    record_decision(page, "secretary.hwb@example.org", "Thurrock Health and Wellbeing Board", TITLE)

    agreement.refresh_from_db()
    assert agreement.status == "sign_up"
    page.goto(f"/agreements/{slug}/")
    expect(page.get_by_text("Open for sign-up").first).to_be_visible()
    assert_accessible(page, "agreement open for sign-up")
    # Sign-up opened by itself: every party with a signatory was sent a link.
    assert any("/sign-up/sign/" in m.body for m in mail.outbox)
