"""An agreement in force as the world changes, in a real browser, by keyboard alone, with
axe-core on every page visited: an organisation joins and signs by its e-mailed link; a
party gives notice to leave; a signatory's new post-holder re-confirms; a review's
outcome is recorded; and the officer withdraws a request to a successor after a page
that says what will happen."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone
from playwright.sync_api import expect

from accord.accounts.models import User
from accord.agreements.models import Agreement, Party
from accord.approvals.models import Review
from accord.audit.models import AuditEntry
from accord.signing.models import AuthorisedSignatory, SignatoryNotice
from tests.approvals.factories import MeetingFactory
from tests.browser import assert_accessible, press_on, sign_in, type_date, type_into
from tests.changes_setup import agreement_in_force, organisation_with_signatory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "accord-demo"


@pytest.fixture
def in_force(settings):
    """An agreement in force, signed by its two parties, and an officer of its owning body
    who signs in with a password."""
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    admin = User.objects.create_superuser(email="root@example.org", password="x")
    agreement = agreement_in_force(admin, mail.outbox)
    officer = User.objects.create_user(
        email="officer@example.org", password=PASSWORD, full_name="Olive Officer"
    )
    officer.roles.create(name="officer", body=agreement.owning_body)
    return agreement


def _link_for(email: str) -> str:
    (message,) = [m for m in mail.outbox if email in m.to]
    return re.search(r"(/sign-up/sign/[\w-]+/)", message.body).group(1)


def _answer_by_keyboard(page, name: str, post: str) -> None:
    page.get_by_label("Your full name").focus()
    page.keyboard.type(name)
    page.keyboard.press("Tab")
    page.keyboard.type(post)
    page.keyboard.press("Tab")
    page.keyboard.press("Space")  # the first answer: yes
    press_on(page, page.get_by_role("button", name="Send our answer"))


def _sign_out(page) -> None:
    press_on(page, page.get_by_role("button", name="Sign out"))
    expect(page.get_by_role("link", name="Sign in")).to_be_visible()


def _parties_table(page):
    return page.locator("#parties ~ .accord-table-region")


def test_an_organisation_joins_by_accession_and_shows_from_its_joining_day(browser_page, in_force):
    agreement = in_force
    charity, signatory = organisation_with_signatory("Thurrock Community Trust")
    page = browser_page
    sign_in(page, "officer@example.org")
    page.goto(agreement.get_absolute_url())
    press_on(page, page.get_by_role("link", name="Invite an organisation to join"))
    expect(page.get_by_role("heading", name="Invite an organisation to join")).to_be_visible()
    assert_accessible(page, "invite an organisation to join")
    page.get_by_label("Organisation").focus()
    page.keyboard.type("Thurrock Community Trust")  # a closed select's type-ahead
    expect(page.get_by_label("Organisation")).to_have_value(str(charity.pk))
    type_into(page, "Category", "Other Partners")  # joins today, as the form suggests
    press_on(page, page.get_by_role("button", name="Send the invitation"))
    expect(page.get_by_text("has been invited to sign the agreement to join it")).to_be_visible()
    expect(page.get_by_text("Asked to join, not yet answered")).to_be_visible()
    assert_accessible(page, "agreement with an organisation asked to join")
    page.goto("/attention/")
    card = page.locator(".govuk-summary-card").filter(has_text="has been invited to join")
    expect(card).to_have_count(1)
    assert_accessible(page, "attention with a joiner")
    _sign_out(page)

    page.goto(_link_for(signatory.user.email))
    expect(page.get_by_text("We sign this agreement and join it")).to_be_visible()
    assert_accessible(page, "accession signing page")
    _answer_by_keyboard(page, "Jo Trustee", "Chair of Trustees")
    expect(page.get_by_role("heading", name=re.compile("join|Signed", re.I))).to_be_visible()
    assert_accessible(page, "accession signed")
    # The parties already in it were told, not asked.
    told = [m for m in mail.outbox if "New party" in m.subject]
    assert told and all("/sign-up/sign/" not in m.body for m in told)

    page.goto(agreement.get_absolute_url())
    expect(_parties_table(page).get_by_text("Signed to join by Jo Trustee")).to_be_visible()
    expect(
        page.get_by_text(re.compile("Thurrock Community Trust: joined by accession"))
    ).to_be_visible()
    assert_accessible(page, "public page with the joiner")
    yesterday = timezone.localdate() - dt.timedelta(days=1)
    page.goto(f"{agreement.get_absolute_url()}?on={yesterday.isoformat()}")
    expect(_parties_table(page).get_by_text("Thurrock Community Trust")).to_have_count(0)
    assert_accessible(page, "public page the day before the joiner joined")


def test_a_party_gives_notice_and_leaves_the_list_from_its_effective_day(browser_page, in_force):
    agreement = in_force
    Agreement.objects.filter(pk=agreement.pk).update(notice_period_days=30)
    leaving = agreement.parties.order_by("order").first()
    name = leaving.name_as_party
    page = browser_page
    sign_in(page, "officer@example.org")
    page.goto(agreement.get_absolute_url())
    expect(page.get_by_text("A party leaves by giving 30 days' notice.")).to_be_visible()
    press_on(page, page.get_by_role("link", name=re.compile(f"Record its notice to leave.*{name}")))
    expect(page.get_by_role("heading", name=re.compile("notice to leave"))).to_be_visible()
    assert_accessible(page, "record a notice to leave")
    press_on(page, page.get_by_role("button", name="Record the notice"))
    expect(page.get_by_text("Say why the party is leaving.").first).to_be_visible()
    assert_accessible(page, "notice to leave with errors")
    today = timezone.localdate()
    type_date(page, "given_on", today.day, today.month, today.year)
    type_into(page, "Reason for leaving", "Its services moved to the county council.")
    press_on(page, page.get_by_role("button", name="Record the notice"))
    leaves = today + dt.timedelta(days=30)
    expect(page.get_by_text(re.compile(f"{re.escape(name)} leaves on"))).to_be_visible()
    expect(
        page.get_by_text(f"Gave notice: a party until {leaves.day} {leaves:%B %Y}")
    ).to_be_visible()
    expect(
        page.get_by_role("link", name=re.compile(f"Withdraw its notice.*{name}"))
    ).to_be_visible()
    assert_accessible(page, "agreement with a party under notice")
    page.goto("/attention/")
    card = page.locator(".govuk-summary-card").filter(has_text=f"leaves on {leaves.day}")
    expect(card).to_have_count(1)
    assert_accessible(page, "attention with a party leaving")
    leaving.refresh_from_db()
    assert leaving.left_on == leaves and leaving.is_current(today)
    assert not leaving.is_current(leaves + dt.timedelta(days=1))
    assert AuditEntry.objects.filter(action__contains="notice").exists()


def test_a_new_post_holder_reconfirms_an_agreement_that_names_the_post(browser_page, in_force):
    agreement = in_force
    Agreement.objects.filter(pk=agreement.pk).update(
        declaration="Signed for each party by its Chief Executive."
    )
    party = agreement.parties.order_by("order").first()
    old = AuthorisedSignatory.objects.get(organisation=party.organisation)
    new_ceo = AuthorisedSignatory.objects.create(
        organisation=party.organisation,
        user=User.objects.create_user(
            email="new.ceo@example.org", password="x", full_name="Nia Newcome"
        ),
        post="Chief Executive",
        authority="Delegation",
    )
    User.objects.create_superuser(
        email="keeper@example.org", password=PASSWORD, full_name="Register keeper"
    )
    page = browser_page
    sign_in(page, "keeper@example.org")  # an administrator keeps the signatories
    page.goto(f"/sign-up/organisations/{party.organisation.slug}/{old.pk}/change/")
    assert_accessible(page, "record a signatory's new post")
    type_into(page, "Post they now hold", "Director of Children's Services")
    press_on(page, page.get_by_role("button", name="Record the new post"))
    expect(page.get_by_text("The agreements they signed stay valid")).to_be_visible()
    _sign_out(page)

    sign_in(page, "officer@example.org")
    page.goto("/attention/")
    card = page.locator(".govuk-summary-card").filter(has_text="now holds another post")
    expect(card.get_by_text("needs re-confirming")).to_be_visible()
    assert_accessible(page, "attention with a signatory in a new post")
    press_on(page, card.get_by_role("link", name=re.compile("Ask for re-confirmation")))
    assert_accessible(page, "signatory notice")
    page.get_by_label("Nia Newcome, Chief Executive").focus()
    page.keyboard.press("Space")
    press_on(page, page.get_by_role("button", name="Ask them to re-confirm"))
    expect(page.get_by_text("Nia Newcome has been asked to re-confirm.")).to_be_visible()
    _sign_out(page)

    page.goto(_link_for(new_ceo.user.email))
    expect(page.get_by_text("We re-confirm this agreement")).to_be_visible()
    assert_accessible(page, "re-confirmation signing page")
    _answer_by_keyboard(page, "Nia Newcome", "Chief Executive")
    expect(page.get_by_role("heading", name=re.compile("confirm", re.I))).to_be_visible()
    assert_accessible(page, "re-confirmed")
    notice = SignatoryNotice.objects.get(agreement=agreement)
    assert notice.resolution == "reconfirmed"

    sign_in(page, "officer@example.org")
    page.goto("/attention/")
    expect(page.get_by_text("No signatory of your agreements has gone.")).to_be_visible()


def test_the_officer_records_a_review_that_renews_the_agreement(browser_page, in_force):
    agreement = in_force
    today = timezone.localdate()
    Agreement.objects.filter(pk=agreement.pk).update(
        review_date=today, end_date=today + dt.timedelta(days=20)
    )
    MeetingFactory(
        body=agreement.owning_body, title="Annual meeting", date=today - dt.timedelta(days=1)
    )
    page = browser_page
    sign_in(page, "officer@example.org")
    page.goto("/attention/")
    card = page.locator(".govuk-summary-card").filter(has_text="Review due on")
    press_on(page, card.get_by_role("link", name=re.compile("Record the review")))
    expect(page.get_by_role("heading", name="Record a review")).to_be_visible()
    assert_accessible(page, "record a review")
    press_on(page, page.get_by_role("button", name="Record the review"))
    expect(page.get_by_text("Choose the outcome of the review.").first).to_be_visible()
    assert_accessible(page, "record a review with errors")
    page.get_by_label("Meeting that reviewed it").focus()
    page.keyboard.type("Annual")
    page.get_by_label("Renewal").focus()
    page.keyboard.press("Space")
    page.locator("#id_minute").focus()
    page.keyboard.type("Renewed for a year.")
    ends = today + dt.timedelta(days=365)
    type_date(page, "new_end_date", ends.day, ends.month, ends.year)
    press_on(page, page.get_by_role("button", name="Record the review"))
    expect(page.get_by_text("The review is recorded: renewal.")).to_be_visible()
    reviews = page.locator("#reviews + dl")
    expect(reviews.get_by_text(re.compile("Renewal at Annual meeting"))).to_be_visible()
    expect(reviews.get_by_text(f"It now ends on {ends.day} {ends:%B %Y}.")).to_be_visible()
    assert_accessible(page, "agreement with a recorded review")
    (review,) = Review.objects.filter(agreement=agreement)
    assert review.outcome == "renewal" and review.end_date_after == ends


def test_withdrawing_the_request_to_a_successor_asks_first(browser_page, settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    call_command("demo")  # the ICB is asked to confirm in Thurrock CCG's place
    icb = "NHS Mid and South Essex Integrated Care Board"
    page = browser_page
    sign_in(page, "officer@example.org")
    page.goto("/attention/")
    card = page.locator(".govuk-summary-card").filter(has_text=f"no longer exists: successor {icb}")
    press_on(page, card.get_by_role("link", name=re.compile(f"Withdraw the request to {icb}")))
    expect(
        page.get_by_role("heading", name=re.compile(f"withdraw the request to {icb}"))
    ).to_be_visible()
    expect(page.get_by_text("stop working at once")).to_be_visible()
    assert_accessible(page, "withdraw the request to a successor")
    asked = Party.objects.get(agreement__slug="childrens-mou", organisation__slug="mse-icb")
    assert asked.standing == "invited"  # the page only asks
    press_on(page, page.get_by_role("button", name="Yes, withdraw the request"))
    expect(page.get_by_text(f"The request to {icb} is withdrawn.")).to_be_visible()
    card = page.locator(".govuk-summary-card").filter(has_text=f"no longer exists: successor {icb}")
    expect(
        card.get_by_role("link", name=re.compile("Ask .* to confirm the agreement"))
    ).to_be_visible()
    assert_accessible(page, "attention after the request is withdrawn")
    asked.refresh_from_db()
    assert asked.standing == "not_joined"
    assert AuditEntry.objects.filter(action="signing.admission.withdraw").count() == 1
