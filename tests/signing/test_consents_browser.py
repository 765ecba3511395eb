"""A join that needs every party's consent, in a real browser, by keyboard alone, with
axe-core on every page visited: the officer invites an organisation; the attention page
shows who has and has not answered; each party consents by its e-mailed link; the joiner
signs; the public page says it joined with every party's consent. Then a second request
is withdrawn by the officer after a page that says what will happen."""

from __future__ import annotations

import re

import pytest
from django.core import mail
from playwright.sync_api import expect

from accord.accounts.models import User
from accord.agreements.models import Agreement
from accord.audit.models import AuditEntry
from accord.signing.models import AuthorisedSignatory, ConsentStatus, JoinConsent
from tests.browser import assert_accessible, press_on, sign_in, type_into
from tests.changes_setup import agreement_in_force, organisation_with_signatory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "accord-demo"


@pytest.fixture
def in_force(settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    admin = User.objects.create_superuser(email="root@example.org", password="x")
    agreement = agreement_in_force(admin, mail.outbox)
    Agreement.objects.filter(pk=agreement.pk).update(joining_needs_consent=True)
    officer = User.objects.create_user(
        email="officer@example.org", password=PASSWORD, full_name="Olive Officer"
    )
    officer.roles.create(name="officer", body=agreement.owning_body)
    return agreement


def _link_for(email: str) -> str:
    (message,) = [m for m in mail.outbox if email in m.to and "/sign-up/sign/" in m.body]
    return re.search(r"(/sign-up/sign/[\w-]+/)", message.body).group(1)


def _answer_by_keyboard(page, name: str, post: str) -> None:
    page.get_by_label("Your full name").focus()
    page.keyboard.type(name)
    page.keyboard.press("Tab")
    page.keyboard.type(post)
    page.keyboard.press("Tab")
    page.keyboard.press("Space")  # the first answer: consent (or sign)
    press_on(page, page.get_by_role("button", name="Send our answer"))


def _sign_out(page) -> None:
    press_on(page, page.get_by_role("button", name="Sign out"))
    expect(page.get_by_role("link", name="Sign in")).to_be_visible()


def _invite(page, agreement, name: str) -> None:
    page.goto(agreement.get_absolute_url())
    press_on(page, page.get_by_role("link", name="Invite an organisation to join"))
    expect(page.get_by_text("each party is asked first")).to_be_visible()
    page.get_by_label("Organisation").focus()
    page.keyboard.type(name)  # a closed select's type-ahead
    type_into(page, "Category", "Other Partners")
    press_on(page, page.get_by_role("button", name="Send the invitation"))
    expect(page.get_by_text(f"Every party has been asked to consent to {name}")).to_be_visible()


def test_every_party_consents_by_its_link_and_the_joiner_signs(browser_page, in_force):
    agreement = in_force
    _charity, joiner = organisation_with_signatory("Thurrock Community Trust")
    first, second = (
        AuthorisedSignatory.objects.get(organisation=p.organisation)
        for p in agreement.parties.order_by("order")
    )
    page = browser_page
    sign_in(page, "officer@example.org")
    _invite(page, agreement, "Thurrock Community Trust")
    assert_accessible(page, "agreement with every party asked to consent")
    page.goto("/attention/")
    card = page.locator(".govuk-summary-card").filter(
        has_text="Thurrock Community Trust asks to join"
    )
    expect(card.get_by_text("Consented: nobody yet.")).to_be_visible()
    expect(card.get_by_text(re.compile("Not yet answered: .+, .+"))).to_be_visible()
    # The joiner is not yet listed as invited to sign.
    expect(page.get_by_text("Thurrock Community Trust has been invited to join")).to_have_count(0)
    assert_accessible(page, "attention with consents pending")
    _sign_out(page)
    assert not [m for m in mail.outbox if joiner.user.email in m.to]

    page.goto(_link_for(first.user.email))
    expect(
        page.get_by_role("heading", name=re.compile("consent to Thurrock Community Trust joining"))
    ).to_be_visible()
    expect(page.get_by_text(f"{agreement.signing_version.number}: ")).to_be_visible()
    assert_accessible(page, "consent page")
    press_on(page, page.get_by_role("button", name="Send our answer"))  # nothing chosen
    expect(page).to_have_title(re.compile("^Error: "))
    assert_accessible(page, "consent page with errors")
    _answer_by_keyboard(page, "Fay First", "Chief Executive")
    expect(page.get_by_role("heading", name=re.compile("You have consented"))).to_be_visible()
    expect(page.get_by_text("only when every party has consented")).to_be_visible()
    assert_accessible(page, "consent given")

    sign_in(page, "officer@example.org")
    page.goto("/attention/")
    card = page.locator(".govuk-summary-card").filter(
        has_text="Thurrock Community Trust asks to join"
    )
    first_name = agreement.parties.get(organisation=first.organisation).name_as_party
    expect(card.get_by_text(f"Consented: {first_name}.")).to_be_visible()
    _sign_out(page)

    page.goto(_link_for(second.user.email))
    _answer_by_keyboard(page, "Sam Second", "Director")
    expect(page.get_by_text("Every party has consented")).to_be_visible()
    assert_accessible(page, "the last consent given")

    page.goto(_link_for(joiner.user.email))
    expect(page.get_by_text("We sign this agreement and join it")).to_be_visible()
    _answer_by_keyboard(page, "Jo Trustee", "Chair of Trustees")
    expect(page.get_by_role("heading", name=re.compile("join|Signed", re.I))).to_be_visible()

    page.goto(agreement.get_absolute_url())
    expect(
        page.get_by_text("Thurrock Community Trust: joined with every party's consent")
    ).to_be_visible()
    assert_accessible(page, "public page with a joiner every party consented to")
    assert JoinConsent.objects.get().status == ConsentStatus.CONSENTED


def test_the_officer_withdraws_a_request_after_a_page_that_asks(browser_page, in_force):
    agreement = in_force
    organisation_with_signatory("Thurrock Community Trust")
    page = browser_page
    sign_in(page, "officer@example.org")
    _invite(page, agreement, "Thurrock Community Trust")
    page.goto("/attention/")
    card = page.locator(".govuk-summary-card").filter(
        has_text="Thurrock Community Trust asks to join"
    )
    press_on(page, card.get_by_role("link", name=re.compile("Withdraw the request")))
    expect(page.get_by_role("heading", name=re.compile("withdraw the request"))).to_be_visible()
    expect(page.get_by_text("stop working at once")).to_be_visible()
    assert_accessible(page, "withdraw a request for consent")
    assert JoinConsent.objects.get().status == ConsentStatus.PENDING  # the page only asks
    press_on(page, page.get_by_role("button", name="Yes, withdraw the request"))
    expect(
        page.get_by_text("The request about Thurrock Community Trust joining is withdrawn.")
    ).to_be_visible()
    expect(page.get_by_text("No organisation is waiting for the parties' consent")).to_be_visible()
    assert_accessible(page, "attention after a request for consent is withdrawn")
    assert JoinConsent.objects.get().status == ConsentStatus.WITHDRAWN
    assert AuditEntry.objects.filter(action="signing.consent.end").count() == 1
