"""The forms of the error-pattern test: who sends each, from which page, with which
button, and the wrong answers typed into it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from tests import error_pattern_setup as state
from tests import error_pattern_setup_changes as changes

OFFICER, ADMIN = "officer@example.org", "admin@example.org"
SECRETARY, SIGNATORY = "secretary.hwb@example.org", "signatory@example.org"


@dataclass(frozen=True)
class Case:
    name: str
    who: str | None
    url: Callable[[], str]
    button: str = ""  # the submit button; "" for a page opened with a wrong query
    invalid: Callable | None = None  # fills the form with wrong answers
    empty: bool = True  # also sent with nothing typed


def _type(label: str, text: str, *, exact: bool = False):
    def fill(page):
        page.get_by_label(label, exact=exact).fill(text)

    return fill


def _all(*fillers):
    def fill(page):
        for filler in fillers:
            filler(page)

    return fill


def _date(prefix: str, day: str, month: str, year: str):
    def fill(page):
        page.locator(f"#id_{prefix}_0").fill(day)
        page.locator(f"#id_{prefix}_1").fill(month)
        page.locator(f"#id_{prefix}_2").fill(year)

    return fill


def _over_long(selector: str, length: int):
    """Type past a box's limit, as a program or an old browser would."""

    def fill(page):
        page.eval_on_selector(
            selector,
            "(el, n) => { el.removeAttribute('maxlength'); el.value = 'x'.repeat(n); }",
            length,
        )

    return fill


def _upload(selector: str, name: str, content: bytes, mime: str = "text/plain"):
    def fill(page):
        page.set_input_files(selector, {"name": name, "mimeType": mime, "buffer": content})

    return fill


def _uncheck_all(page):
    page.eval_on_selector_all("input[type=radio]", "els => els.forEach(e => (e.checked = false))")


CASES = [
    Case(
        "sign in",
        None,
        lambda: "/accounts/sign-in/",
        "Sign in",
        _all(_type("E-mail address", "not an address"), _type("Password", "x")),
    ),
    Case(
        "password reset",
        None,
        lambda: "/accounts/password-reset/",
        "Send the link",
        _type("E-mail address", "nobody@"),
    ),
    Case(
        "choose a new password",
        None,
        state.password_link,
        "Save password",
        _all(
            _type("New password", "short", exact=True), _type("New password confirmation", "other")
        ),
    ),
    Case(
        "give someone an account",
        ADMIN,
        lambda: "/accounts/people/invite/",
        "Create the account",
        _all(_type("Full name", "Sam"), _type("E-mail address", "sam@")),
    ),
    Case("give a role", ADMIN, state.person_page, "Give the role"),
    Case(
        "change your password",
        OFFICER,
        lambda: "/accounts/password/",
        "Change password",
        _all(
            _type("Current password", "not the password"),
            _type("New password", "short", exact=True),
            _type("New password again", "other"),
        ),
    ),
    Case(
        "set up a second factor",
        OFFICER,
        lambda: "/accounts/second-factor/set-up/",
        "Confirm",
        _type("Code", "000000"),
    ),
    Case(
        "new agreement",
        OFFICER,
        lambda: "/agreements/new/",
        "Create the draft",
        _all(
            lambda p: p.get_by_label("Adapt an existing agreement").check(),
            _over_long("#id_title", 500),
        ),
    ),
    Case(
        "add a section", OFFICER, state.new_section, "Save section", _over_long("#id_heading", 400)
    ),
    Case(
        "add a party",
        OFFICER,
        lambda: "/agreements/alliance-mou/parties/",
        "Add the party",
        _type("Category", "Councils"),
    ),
    Case(
        "parties from a CSV file",
        OFFICER,
        lambda: "/agreements/alliance-mou/parties/",
        "Upload and add",
        _upload(
            "#id_file",
            "parties.csv",
            b"No Such Organisation,Councils\nGB-XXX-1,Other\n",
            "text/csv",
        ),
    ),
    Case(
        "add a step",
        OFFICER,
        lambda: "/agreements/alliance-mou/route/",
        "Add the step",
        lambda p: p.get_by_label("What the body does").select_option("approve"),
    ),
    Case(
        "publish a version",
        OFFICER,
        state.publish_check,
        "Publish version 2",
        _over_long("#id_label", 200),
    ),
    Case(
        "open a consultation",
        OFFICER,
        lambda: "/consultations/new/alliance-mou/",
        "Open the consultation and send the invitations",
        _all(
            _type("Title", "Comments please"),
            _date("closes_on", "31", "2", "2031"),
            _type("Other people to invite", "Sam Patel, not-an-address"),
        ),
    ),
    Case(
        "comment as a member",
        SECRETARY,
        state.consultation_page,
        "Send the comment on section 1",
        _over_long("textarea[name$='-text']", 10_001),
    ),
    Case(
        "comment through an e-mailed link",
        None,
        state.consultation_link,
        "Send the comment on section 1",
        _over_long("textarea[name$='-text']", 10_001),
    ),
    Case(
        "respond to a comment",
        OFFICER,
        state.respond_page,
        "Record the response",
        _type("Reason", "Done"),
    ),
    Case(
        "add a meeting",
        SECRETARY,
        lambda: "/meetings/body/hwb/add/",
        "Add the meeting",
        _all(
            _type("Title", "Board"), _date("date", "", "13", "2025"), _type("Start time", "25:99")
        ),
    ),
    Case(
        "change a meeting",
        SECRETARY,
        state.meeting_edit,
        "Save the changes",
        _date("date", "31", "2", "2025"),
    ),
    Case(
        "add an agenda item",
        SECRETARY,
        state.item_add,
        "Add the item",
        _over_long("#id_free-title", 400),
    ),
    Case(
        "record a decision",
        SECRETARY,
        state.decision_page,
        "Record the decision",
        _over_long("#id_minute", 10_001),
    ),
    Case(
        "sign an agreement",
        None,
        state.signing_link,
        "Send our answer",
        _all(
            _type("Your full name", "Ada Signer"),
            _type("Your post", "Chief Executive"),
            lambda p: p.get_by_label("We decline to sign").check(),
        ),
    ),
    Case("hand signing over", SIGNATORY, state.hand_over, "Hand over", empty=True),
    Case(
        "record a signatory",
        OFFICER,
        lambda: "/sign-up/organisations/thurrock-council/",
        "Record the signatory",
        _all(_type("Their e-mail address", "sam@"), _type("Post", "CEO")),
    ),
    Case(
        "edit a cover report",
        OFFICER,
        state.report_edit,
        "Save as a new version",
        _over_long("#id_title", 500),
    ),
    Case(
        "ask for implications",
        OFFICER,
        state.report_request,
        "Send the request",
        lambda p: p.get_by_label("Implication").select_option("financial"),
    ),
    Case(
        "verify implications",
        "verifier@example.org",
        state.verify_page,
        "Send your answer",
        lambda p: p.get_by_label("Return with comments").check(),
    ),
    Case(
        "make an API token",
        OFFICER,
        lambda: "/api/tokens/",
        "Create token",
        _over_long("#id_name", 200),
    ),
    Case(
        "register a webhook",
        ADMIN,
        lambda: "/api/webhooks/",
        "Register endpoint",
        _type("Address of the endpoint", "ftp://example.org/hook"),
    ),
    Case(
        "import organisations",
        ADMIN,
        lambda: "/open-data/organisations/import/",
        "Upload and check",
        _upload("#id_file", "orgs.csv", b"", "text/csv"),
    ),
    Case("check a document", None, lambda: "/documents/check/", "Check the document"),
    Case(
        "import a document",
        OFFICER,
        lambda: "/imports/",
        "Upload and read",
        _upload("#id_file", "empty.txt", b""),
    ),
    Case(
        "review an import",
        OFFICER,
        state.import_review,
        "Create the draft agreement",
        _all(_over_long("#id_title", 500), _date("date_0_date", "", "13", "20")),
    ),
    Case(
        "change the accessibility statement",
        ADMIN,
        lambda: "/accessibility/change/",
        "Publish this text",
        _over_long("#id_text", 50_001),
    ),
    # Agreements after they are agreed: terms, leavers, successors, joiners, reviews.
    Case(
        "set the term",
        OFFICER,
        lambda: "/agreements/childrens-mou/term/",
        "Save the term",
        _date("review_date", "31", "2", "2027"),
        empty=False,  # every answer is optional
    ),
    Case(
        "give notice to leave",
        OFFICER,
        changes.notice_page,
        "Record the notice",
        _date("given_on", "31", "2", "2026"),
    ),
    Case(
        "withdraw a notice",
        OFFICER,
        changes.withdraw_notice_page,
        "Withdraw the notice",
        _over_long("#id_reason", 2001),
        empty=False,  # the reason is optional
    ),
    Case("remove a party by variation", OFFICER, changes.removal_page, "Remove the party"),
    Case(
        "start a variation",
        OFFICER,
        lambda: "/agreements/childrens-mou/variation/",
        "Start the draft",
        _over_long("#id_title", 500),
    ),
    Case(
        "ask a successor",
        OFFICER,
        changes.successor_page,
        "Send the confirmation link",
        _uncheck_all,
        empty=False,  # the one successor is chosen already; the case unchooses it
    ),
    Case(
        "invite an organisation to join",
        OFFICER,
        lambda: "/sign-up/agreements/childrens-mou/join/",
        "Send the invitation",
        _all(_type("Category", "Other Partners"), _date("joins_on", "1", "13", "2030")),
    ),
    Case(
        "consent or object to a joiner",
        None,
        changes.consent_link,
        "Send our answer",
        _all(
            _type("Your full name", "Ada Signer"),
            _type("Your post", "Chief Executive"),
            lambda p: p.get_by_label("Object", exact=True).check(),
        ),
    ),
    Case(
        "ask for re-confirmation",
        OFFICER,
        changes.reconfirm_page,
        "Ask them to re-confirm",
        _uncheck_all,
        empty=False,
    ),
    Case(
        "record a new post",
        OFFICER,
        changes.signatory_change_page,
        "Record the new post",
        _over_long("#id_post", 300),
    ),
    Case(
        "record a review",
        OFFICER,
        lambda: "/meetings/agreements/childrens-mou/review/",
        "Record the review",
        _date("next_review_on", "30", "2", "2027"),
    ),
    Case(
        "record a successor",
        ADMIN,
        lambda: "/organisations/thurrock-ccg/succession/",
        "Record the successor",
        _date("date", "1", "7", "22"),
    ),
    # Filters and other choices made in the address: wrong values are explained.
    Case(
        "filter agreements",
        None,
        lambda: "/agreements/?status=signed-maybe&kind=treaty",
        empty=False,
    ),
    Case("filter bodies", None, lambda: "/bodies/?level=galaxy", empty=False),
    Case("filter organisations", None, lambda: "/organisations/?kind=guild", empty=False),
    Case(
        "annual report period",
        None,
        lambda: "/reports/bodies/hwb/annual-report/?from_0=31&from_1=2&from_2=2025",
        empty=False,
    ),
    Case("compare a version with itself", OFFICER, state.compare_same, empty=False),
    # "As at a day": the date boxes of each page that offers them, given a day to come
    # or one that is not a date.
    Case("map as at a day", None, lambda: "/areas/thurrock/map/?as_at=2099-01-01", empty=False),
    Case(
        "open data as at a day",
        None,
        lambda: "/open-data/?as_at-day=31&as_at-month=2&as_at-year=2021",
        empty=False,
    ),
    Case(
        "agreement as at a day", None, lambda: "/agreements/childrens-mou/?on=1-4-21", empty=False
    ),
    Case(
        "sign-up as at a day",
        None,
        lambda: "/sign-up/agreements/childrens-mou/?on-day=1&on-year=2021",
        empty=False,
    ),
]
