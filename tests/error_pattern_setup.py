"""The state each form of the error-pattern test needs, on top of the demo data and its
accounts, made through the services as a person would make it. Each function returns
the address of the page whose form is sent."""

from __future__ import annotations

import datetime as dt

from django.contrib.auth.tokens import default_token_generator
from django.utils import timezone
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode

from accord.accounts.models import User
from accord.agreements.models import Agreement
from accord.agreements.services.drafting import current_draft, draft_start
from accord.approvals.models import ApprovalStep, Meeting
from accord.approvals.services import agenda_item_add
from accord.consultations.models import Invitation
from accord.consultations.services import comment_add, consultation_open
from accord.core.secret_links import new_secret as new_token
from accord.core.secret_links import secret_hash as token_hash
from accord.governance.models import Body
from accord.reports import services as reports
from accord.reports.selectors import report_of
from accord.signing.models import AuthorisedSignatory, SigningInvitation
from tests.importing import THURROCK

LINK_TOKEN = "error-pattern-link-0123456789abcdefghijklmnop"


def _user(email: str) -> User:
    return User.objects.get(email=email)


def _alliance() -> Agreement:
    return Agreement.objects.get(slug="alliance-mou")


def password_link() -> str:
    user = _user("member@example.org")
    uid = urlsafe_base64_encode(force_bytes(user.pk))
    return f"/accounts/password-reset/{uid}/{default_token_generator.make_token(user)}/"


def person_page() -> str:
    return f"/accounts/people/{_user('member@example.org').pk}/"


def _draft():
    agreement = _alliance()
    return current_draft(agreement) or draft_start(
        actor=_user("officer@example.org"), agreement=agreement
    )


def new_section() -> str:
    _draft()
    return "/agreements/alliance-mou/draft/sections/new/"


def publish_check() -> str:
    draft = _draft()
    section = draft.sections.order_by("order").first()
    section.text += "\n\nA sentence added in the new draft."
    section.save()
    return "/agreements/alliance-mou/draft/publish/"


def _consultation():
    agreement = _alliance()
    existing = agreement.versions.get(number=1).consultations.first()
    if existing:
        return existing
    version = agreement.versions.get(number=1)
    consultation = consultation_open(
        actor=_user("officer@example.org"),
        version=version,
        title="Alliance MOU for comment",
        closes_on=timezone.localdate() + dt.timedelta(days=14),
        consultee_bodies=[Body.objects.get(slug="hwb")],
    )
    comment_add(
        actor=_user("secretary.hwb@example.org"),
        consultation=consultation,
        section=version.sections.order_by("order").first(),
        text="Please name the boards.",
    )
    Invitation.objects.create(
        consultation=consultation,
        email="clerk@partner.example.net",
        name="Partner clerk",
        token_hash=token_hash(LINK_TOKEN),
    )
    return consultation


def consultation_page() -> str:
    return _consultation().get_absolute_url()


def consultation_link() -> str:
    _consultation()
    return f"/consultations/respond/{LINK_TOKEN}/"


def respond_page() -> str:
    consultation = _consultation()
    comment = consultation.comments.first()
    return f"/consultations/{consultation.pk}/comments/{comment.pk}/respond/"


def _hwb_meeting() -> Meeting:
    return Meeting.objects.filter(body__slug="hwb").order_by("pk").first()


def meeting_edit() -> str:
    return f"/meetings/{_hwb_meeting().pk}/edit/"


def item_add() -> str:
    return f"/meetings/{_hwb_meeting().pk}/items/add/"


def decision_page() -> str:
    meeting = _hwb_meeting()
    item = agenda_item_add(
        actor=_user("secretary.hwb@example.org"), meeting=meeting, title="Any other business"
    )
    return f"/meetings/{meeting.pk}/items/{item.pk}/decision/"


def _signatory_invitation() -> tuple[str, SigningInvitation]:
    agreement = Agreement.objects.get(slug="childrens-mou")
    party = agreement.parties.get(organisation__slug="thurrock-council")
    signatory = AuthorisedSignatory.objects.get(user__email="signatory@example.org")
    token, hashed = new_token()
    invitation = SigningInvitation.objects.create(
        party=party,
        version=agreement.versions.filter(published_at__isnull=False).latest("number"),
        signatory=signatory,
        token_hash=hashed,
        expires_at=timezone.now() + dt.timedelta(days=7),
    )
    return token, invitation


def signing_link() -> str:
    token, _ = _signatory_invitation()
    return f"/sign-up/sign/{token}/"


def hand_over() -> str:
    _, invitation = _signatory_invitation()
    other = User.objects.create_user(email="deputy@example.org", password="x", full_name="Deputy")
    AuthorisedSignatory.objects.create(
        organisation=invitation.party.organisation,
        user=other,
        post="Deputy Chief Executive",
        authority="Scheme of delegation",
    )
    return "/sign-up/agreements/childrens-mou/hand-over/"


def _report():
    step = ApprovalStep.objects.get(
        agreement__slug="childrens-mou", body__slug="hwb", action="approve"
    )
    report = report_of(step)
    if report is None:
        report = reports.report_create(actor=_user("admin@example.org"), step=step)
    return report


def report_edit() -> str:
    return f"/reports/step/{_report().step_id}/edit/"


def report_request() -> str:
    return f"/reports/step/{_report().step_id}/implications/"


def verify_page() -> str:
    request, _ = reports.implication_request(
        actor=_user("admin@example.org"),
        report=_report(),
        kind="financial",
        verifier=_user("verifier@example.org"),
    )
    return f"/reports/implications/{request.pk}/"


def import_review() -> str:
    from accord.imports.services import import_create

    record = import_create(
        actor=_user("officer@example.org"),
        content=(THURROCK / "thurrock-childrens-partnership-mou.txt").read_bytes(),
        filename="childrens.txt",
    )
    return f"/imports/{record.pk}/"


def compare_same() -> str:
    _draft()
    return "/agreements/alliance-mou/compare/?from=1&to=1"
