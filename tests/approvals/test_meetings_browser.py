"""A board secretary takes a step of the Children's MOU through a meeting, with the keyboard
alone, in a real headless Chromium, with axe-core on every page."""

from __future__ import annotations

import re

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from accord.accounts.models import User
from accord.agreements.models import Agreement
from accord.agreements.services.transitions import agreement_transition
from accord.approvals.models import Meeting
from tests.browser import assert_accessible, press_on, sign_in, tab_to, type_date, type_into

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def page(browser_page, demo_accounts):
    """The Children's MOU back in approval: its step 2 waits for the CCG Board."""
    mou = Agreement.objects.get(slug="childrens-mou")
    administrator = User.objects.get(email="admin@example.org")
    agreement_transition(actor=administrator, agreement=mou, to="draft")
    agreement_transition(actor=administrator, agreement=mou, to="approval")
    return browser_page


def test_a_secretary_records_a_decision_with_the_keyboard(page):
    sign_in(page, "secretary.ccg@example.org")
    page.goto("/meetings/")
    assert_accessible(page, "meetings, signed in as a secretary")
    press_on(page, page.get_by_role("link", name="Add a meeting of NHS Thurrock CCG Board"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Add a meeting")
    assert_accessible(page, "add a meeting")

    # Sent empty: the errors are shown, and the page stays accessible.
    press_on(page, page.get_by_role("button", name="Add the meeting"))
    expect(page.get_by_text("There is a problem")).to_be_visible()
    expect(page.get_by_role("link", name="Enter the date of the meeting.")).to_be_visible()
    assert_accessible(page, "add a meeting with errors")

    today = timezone.localdate()
    type_into(page, "Title", "CCG Board <in public>")
    type_date(page, "date", today.day, today.month, today.year)
    type_into(page, "Start time (optional)", "10:00")
    type_into(page, "End time (optional)", "12:00")
    type_into(page, "Place (optional)", "Civic Offices, Grays")
    press_on(page, page.get_by_role("button", name="Add the meeting"))
    expect(page.get_by_role("heading", level=1)).to_have_text("CCG Board <in public>")
    expect(page.get_by_text("10:00 to 12:00")).to_be_visible()
    assert_accessible(page, "a new meeting")

    press_on(page, page.get_by_role("link", name="Change the meeting details"))
    expect(page.get_by_label("Day")).to_have_value(str(today.day))
    expect(page.get_by_label("Month")).to_have_value(str(today.month))
    expect(page.get_by_label("Year")).to_have_value(str(today.year))
    assert_accessible(page, "change the meeting details")
    type_into(page, "End time (optional)", "12:30")
    press_on(page, page.get_by_role("button", name="Save the changes"))
    expect(page.get_by_text("10:00 to 12:30")).to_be_visible()

    press_on(page, page.get_by_role("link", name="Add an agenda item"))
    assert_accessible(page, "add an agenda item")
    press_on(page, page.get_by_role("button", name="Add the item"))
    expect(page.get_by_role("link", name="Give the item a title.")).to_be_visible()
    assert_accessible(page, "add an agenda item with an error")
    page.get_by_label("Approval step").focus()
    page.keyboard.press("ArrowDown")
    expect(page.get_by_label("Approval step")).to_have_value(re.compile(r"\d+"))
    press_on(page, page.get_by_role("button", name="Put the step on the agenda"))
    expect(page.get_by_text("is item 1 on the agenda")).to_be_visible()
    expect(
        page.get_by_text("Step 2 of the approval route of Children's Partnership MOU")
    ).to_be_visible()
    assert_accessible(page, "a meeting with its agenda, for its secretary")

    # From the item's heading, the next stop is the button to record its decision.
    tab_to(page, "Record the decision on item 1")
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text("Record the decision")
    assert_accessible(page, "record the decision")
    page.get_by_label("Decision").focus()
    for _ in range(3):  # Approved, Approved with amendments, Noted
        page.keyboard.press("ArrowDown")
    expect(page.get_by_label("Decision")).to_have_value("noted")
    type_into(page, "Minute (optional)", "The Board noted the MOU. <script>alert(1)</script>")
    press_on(page, page.get_by_role("button", name="Record the decision"))
    expect(page.get_by_text("has been recorded: noted")).to_be_visible()
    expect(
        page.get_by_text("Next on the route of Children's Partnership MOU: step 3")
    ).to_be_visible()
    expect(page.get_by_text("The Board noted the MOU. <script>alert(1)</script>")).to_be_visible()
    expect(page.get_by_role("link", name=re.compile("Record the decision"))).to_have_count(0)
    assert_accessible(page, "a meeting after its decision")

    step = Agreement.objects.get(slug="childrens-mou").approval_steps.get(order=2)
    assert (step.status, step.decision_date) == ("done", today)


def test_a_visitor_reads_a_meeting_and_finds_its_calendar(page):
    meeting = Meeting.objects.get(body__slug="hwb", date_precision="month")
    page.goto(f"/meetings/{meeting.pk}/")
    expect(page.get_by_role("heading", level=1)).to_have_text(meeting.title)
    expect(page.get_by_role("link", name="Record the decision")).to_have_count(0)
    assert_accessible(page, "a public meeting")
    page.goto("/meetings/")
    expect(page.get_by_role("link", name="calendar of all public meetings")).to_have_attribute(
        "href", "/meetings/calendar.ics"
    )


def test_a_member_sees_the_private_board_meeting(page):
    sign_in(page, "member@example.org")
    meeting = Meeting.objects.get(body__slug="bf-partnership")
    page.goto(f"/meetings/{meeting.pk}/")
    expect(page.get_by_role("heading", level=1)).to_have_text(meeting.title)
    assert_accessible(page, "a private meeting, for a member")
