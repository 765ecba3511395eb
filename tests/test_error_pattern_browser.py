"""Every form, sent empty and sent with wrong answers, in a real browser: the GOV.UK error
pattern each time.

- the error summary is the first thing in ``<main>`` and has the focus,
- each of its links goes to an element on the page (the box to correct),
- the page title starts "Error: ",
- and no message is Django's generic one, which says neither which box nor what to do.
"""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from accord.demo.accounts import DEMO_PASSWORD, create_demo_accounts
from accord.demo.loader import demo_load
from tests.browser import axe_violations, sign_in
from tests.error_pattern_cases import CASES, Case

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

GENERIC = ["This field is required", "Select a valid choice", "Enter a valid"]


def assert_error_pattern(page, case: Case, how: str) -> None:
    where = f"{case.name}, {how}"
    # Waits for the page the form was sent to: a click returns before it has loaded.
    expect(page).to_have_title(re.compile(r"^Error: "))
    first = page.evaluate("document.querySelector('main').firstElementChild.className")
    assert "govuk-error-summary" in first, f"{where}: <main> starts with {first!r}"
    expect(page.locator(".govuk-error-summary")).to_be_focused()
    items = page.locator(".govuk-error-summary__list li")
    assert items.count() >= 1, f"{where}: an empty summary"
    for href in page.eval_on_selector_all(
        ".govuk-error-summary__list a", "links => links.map(a => a.getAttribute('href'))"
    ):
        assert href.startswith("#"), f"{where}: link {href}"
        assert page.evaluate("id => !!document.getElementById(id)", href[1:]), (
            f"{where}: {href} goes to nothing on the page"
        )
    text = page.inner_text("main")
    for generic in GENERIC:
        assert generic not in text, f"{where}: Django's own “{generic}…”"
    violations = axe_violations(page)
    assert not violations, f"{where}: " + "; ".join(violations)


def _clear(page, button):
    """Empty every box of the form the button sends (as if nothing were typed)."""
    button.evaluate(
        """b => { const form = b.form;
          for (const el of form.querySelectorAll('input[type=text], input[type=email],'
              + ' input[type=search], input[type=password], input:not([type]), textarea')) el.value = '';
          for (const el of form.querySelectorAll('select')) {
            if ([...el.options].some(o => o.value === '')) el.value = ''; } }"""
    )


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_the_error_pattern(case, browser_page, settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    demo_load()
    create_demo_accounts()
    page = browser_page
    url = case.url()
    if case.who:
        sign_in(page, case.who, DEMO_PASSWORD)
    if not case.button:
        page.goto(url)
        assert_error_pattern(page, case, "opened with wrong values")
        return
    if case.empty:
        page.goto(url)
        button = page.get_by_role("button", name=case.button, exact=True)
        _clear(page, button)
        button.click()
        assert_error_pattern(page, case, "sent empty")
    if case.invalid:
        page.goto(url)
        case.invalid(page)
        page.get_by_role("button", name=case.button, exact=True).click()
        assert_error_pattern(page, case, "sent with wrong answers")


def test_every_form_is_in_the_table():
    """Each form class in Accord is reached by a case above, so a new form is added here."""
    from accord.core.forms import GovukFormMixin

    def subclasses(klass):
        for sub in klass.__subclasses__():
            yield sub
            yield from subclasses(sub)

    import accord.accounts.forms  # noqa: F401
    import accord.agreements.forms  # noqa: F401
    import accord.agreements.forms_changes  # noqa: F401
    import accord.api.opendata.import_views  # noqa: F401
    import accord.api.views  # noqa: F401
    import accord.api.webhooks.views  # noqa: F401
    import accord.approvals.forms  # noqa: F401
    import accord.approvals.views.reviews  # noqa: F401
    import accord.consultations.forms  # noqa: F401
    import accord.governance.forms  # noqa: F401
    import accord.imports.forms  # noqa: F401
    import accord.notices.forms  # noqa: F401
    import accord.organisations.forms  # noqa: F401
    import accord.reports.forms  # noqa: F401
    import accord.signing.forms  # noqa: F401

    forms = {
        klass.__name__
        for klass in subclasses(GovukFormMixin)
        if klass.__module__.startswith("accord.")
    } - {"GovukForm", "FilterForm", "AnswererForm"}  # bases: never shown on their own
    covered = {
        "SignInForm",
        "ResetForm",
        "NewPasswordForm",
        "InviteForm",
        "RoleForm",
        "ChangePasswordForm",
        "CodeForm",
        "NewAgreementForm",
        "SectionForm",
        "PartyForm",
        "PartyImportForm",
        "StepForm",
        "PublishForm",
        "OpenForm",
        "CommentForm",
        "ResponseForm",
        "MeetingForm",
        "FreeItemForm",
        "DecisionForm",
        "SignForm",
        "ConsentForm",
        "SignatoryForm",
        "ReportForm",
        "RequestForm",
        "AnswerForm",
        "TokenForm",
        "EndpointForm",
        "OrganisationImportForm",
        "UploadForm",
        "ReviewForm",
        "NoticeForm",
        "AgreementFilters",
        "BodyFilters",
        "OrganisationFilters",
        "PeriodForm",
        "CompareForm",
        # Sent by buttons, never typed into: a status move, and a step put on an agenda
        # from a list that only offers steps that may go on it.
        "StatusForm",
        "StepItemForm",
        # Agreements after they are agreed (error_pattern_setup_changes.py).
        "TermsForm",
        "LeaveNoticeForm",
        "WithdrawNoticeForm",
        "RemovalForm",
        "VariationForm",
        "SuccessorForm",
        "JoinForm",
        "ReconfirmForm",
        "ChangePostForm",
        "ReviewOutcomeForm",
        "SuccessionForm",
    }
    assert forms <= covered, f"forms with no error-pattern case: {sorted(forms - covered)}"
