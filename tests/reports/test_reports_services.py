"""Drafting, revising and verifying a committee cover report, through the services."""

from __future__ import annotations

import json

import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied, ValidationError

from accord.accounts.models import User
from accord.approvals.models import ApprovalStep
from accord.audit.models import AuditEntry
from accord.reports import selectors, services
from accord.reports.drafting import meeting_of
from accord.reports.models import ImplicationStatus
from tests.approvals.factories import AgendaItemFactory, MeetingFactory
from tests.consultations.factories import CommentFactory, ConsultationFactory, ResponseFactory
from tests.importing import THURROCK
from tests.organisations.factories import PersonFactory

GOLD = THURROCK / "thurrock-childrens-partnership-mou.gold.json"
pytestmark = pytest.mark.django_db


def gold_report_headings() -> list[str]:
    sections = json.loads(GOLD.read_text(encoding="utf-8"))["sections"]
    return sections[: sections.index("9. Appendices to the report.") + 1]


def hwb_step() -> ApprovalStep:
    return ApprovalStep.objects.get(
        agreement__slug="childrens-mou", body__slug="hwb", action="approve"
    )


def user(email: str) -> User:
    return User.objects.get(email=email)


@pytest.fixture
def report(demo_accounts):
    return services.report_create(actor=user("officer@example.org"), step=hwb_step())


def test_the_hwb_report_has_the_councils_headings_in_order(report):
    view = selectors.report_view(report)
    assert view.headings == gold_report_headings()


def test_the_recommendation_names_the_mou_and_appendix_1(report):
    recommendation = selectors.report_view(report).parts[1].text
    assert "An integrated approach to Children's Partnership Working" in recommendation
    assert "Appendix 1" in recommendation
    assert recommendation.startswith("1.1 That the Thurrock Health and Wellbeing Board notes why")


def test_the_draft_carries_the_parties_route_and_meeting(report):
    view = selectors.report_view(report)
    introduction = dict((part.key, part.text) for part in view.parts)["introduction"]
    assert "Thurrock Council" in introduction
    assert "Brighter Futures" in introduction
    # The demo step is not on a meeting's agenda yet: the report names the board.
    assert meeting_of(hwb_step()) is None
    assert dict(view.cover)["Meeting"] == "Thurrock Health and Wellbeing Board"
    assert dict(view.cover)["Public or exempt"] == "Public"
    assert AuditEntry.objects.filter(action="report.create", subject__startswith="agreement:")


def test_only_the_agreements_officer_drafts_a_report(demo_accounts):
    with pytest.raises(PermissionDenied):
        services.report_create(actor=user("secretary.hwb@example.org"), step=hwb_step())


def test_a_step_has_one_report(report):
    with pytest.raises(ValidationError):
        services.report_create(actor=user("officer@example.org"), step=hwb_step())


def test_editing_makes_a_new_version_and_keeps_the_old(report):
    officer = user("officer@example.org")
    version = services.report_revise(
        actor=officer, report=report, changes={"issues": "Option A was rejected.", "wards": "All"}
    )
    assert version.number == 2
    assert selectors.report_view(report, 1).parts[3].text != "Option A was rejected."
    assert selectors.report_view(report).parts[3].text == "Option A was rejected."
    with pytest.raises(ValidationError):
        services.report_revise(
            actor=officer, report=report, changes={"issues": "Option A was rejected."}
        )
    with pytest.raises(ValidationError):
        services.report_revise(actor=officer, report=report, changes={"title": " "})


def test_a_verifier_returns_then_verifies_and_the_agenda_rule_follows(
    report, django_capture_on_commit_callbacks
):
    officer, verifier = user("officer@example.org"), user("verifier@example.org")
    step = report.step
    assert services.report_blocks_agenda(step) == []

    with django_capture_on_commit_callbacks(execute=True):
        request, token = services.implication_request(
            actor=officer, report=report, kind="financial", verifier=verifier
        )
    assert mail.outbox[-1].to == ["verifier@example.org"]
    assert token in mail.outbox[-1].body
    assert request.token_hash != token
    assert services.report_blocks_agenda(step) == [
        "Financial implications: awaiting verification (Bradley Herbert)"
    ]

    with pytest.raises(ValidationError):
        services.implication_answer(request=request, verified=False, actor=verifier)
    services.implication_answer(
        request=request, verified=False, comments="Name the budget line.", actor=verifier
    )
    request.refresh_from_db()
    assert request.status == ImplicationStatus.RETURNED
    assert "returned with comments" in services.report_blocks_agenda(step)[0]

    request, token = services.implication_request(
        actor=officer, report=report, kind="financial", verifier=verifier
    )
    services.implication_answer(request=request, verified=True, token=token)
    assert services.report_blocks_agenda(step) == []
    assert "Bradley Herbert" in selectors.report_view(report).verified_by
    assert services.implication_by_token(token) is None


def test_only_the_named_verifier_or_their_link_answers(report):
    request, token = services.implication_request(
        actor=user("officer@example.org"),
        report=report,
        kind="legal",
        verifier=user("verifier@example.org"),
    )
    with pytest.raises(PermissionDenied):
        services.implication_answer(
            request=request, verified=True, actor=user("officer@example.org")
        )
    with pytest.raises(PermissionDenied):
        services.implication_answer(request=request, verified=True, token="not-the-token")
    services.implication_answer(request=request, verified=True, token=token)
    with pytest.raises(ValidationError):
        services.implication_answer(request=request, verified=True, token=token)


def test_only_someone_with_the_verifier_role_can_be_asked(report):
    with pytest.raises(ValidationError):
        services.implication_request(
            actor=user("officer@example.org"),
            report=report,
            kind="legal",
            verifier=user("secretary.hwb@example.org"),
        )


def test_an_outstanding_implication_is_not_asked_twice(report):
    officer, verifier = user("officer@example.org"), user("verifier@example.org")
    services.implication_request(actor=officer, report=report, kind="equality", verifier=verifier)
    with pytest.raises(ValidationError):
        services.implication_request(
            actor=officer, report=report, kind="equality", verifier=verifier
        )


def test_the_consultation_section_says_who_said_what_and_what_changed(demo_accounts):
    step = hwb_step()
    version = step.agreement.versions.order_by("-number").first()
    consultation = ConsultationFactory(version=version)
    answered = CommentFactory(
        consultation=consultation, author_name="Pat Partner", author_for="Healthwatch Thurrock"
    )
    ResponseFactory(comment=answered, outcome="accepted", reason="The chair is now named.")
    CommentFactory(consultation=consultation, author_name="Sam Head", author_for="")
    report = services.report_create(actor=user("officer@example.org"), step=step)
    view = selectors.report_view(report)
    consultation_text = dict((part.key, part.text) for part in view.parts)["consultation"]
    assert "2 comments were received from: Pat Partner, Healthwatch Thurrock; Sam Head" in (
        consultation_text
    )
    said = [(row["who"], row["did"]) for row in view.consultation_rows]
    assert ("Pat Partner, Healthwatch Thurrock", "Accepted. The chair is now named.") in said
    assert ("Sam Head", "No response yet.") in said


def test_the_meeting_whose_agenda_carries_the_step_fills_the_cover(demo_accounts):
    step = hwb_step()
    meeting = MeetingFactory(body=step.body, title="Health and Wellbeing Board, 16 January")
    AgendaItemFactory(meeting=meeting, approval_step=step, title="Children's MOU")
    report = services.report_create(actor=user("officer@example.org"), step=step)
    cover = dict(selectors.report_view(report).cover)
    assert cover["Meeting"] == "Health and Wellbeing Board, 16 January"
    assert cover["Date"] == meeting.display_date


def test_verified_by_names_the_verifiers_post(report):
    verifier = user("verifier@example.org")
    verifier.person = PersonFactory(name="Bradley Herbert", job_title="Senior Finance Officer")
    verifier.save()
    request, token = services.implication_request(
        actor=user("officer@example.org"), report=report, kind="financial", verifier=verifier
    )
    services.implication_answer(request=request, verified=True, token=token)
    assert selectors.report_view(report).verified_by == (
        "Bradley Herbert, Senior Finance Officer (Financial)"
    )


def test_a_step_with_unverified_implications_cannot_go_on_an_agenda(demo_accounts):
    """The rule lives in the agenda service: the secretary is told exactly what is outstanding."""
    from django.utils import timezone

    from accord.approvals.services.agenda import agenda_item_add
    from accord.approvals.services.meetings import meeting_create
    from accord.governance.models import Body
    from tests.accounts.factories import person_with_role
    from tests.approvals.factories import agreement_in_approval

    body = Body.objects.get(slug="bf-partnership")
    agreement = agreement_in_approval(bodies=[body], owning_body=body)
    step = agreement.approval_steps.get()
    officer, verifier = user("officer@example.org"), user("verifier@example.org")
    report = services.report_create(actor=officer, step=step)
    request, token = services.implication_request(
        actor=officer, report=report, kind="legal", verifier=verifier
    )
    secretary = person_with_role("secretary", body=body)
    meeting = meeting_create(actor=secretary, body=body, title="Board", date=timezone.localdate())
    with pytest.raises(ValidationError, match="Legal implications: awaiting verification"):
        agenda_item_add(actor=secretary, meeting=meeting, step=step)
    assert meeting.items.count() == 0
    services.implication_answer(request=request, verified=True, token=token)
    item = agenda_item_add(actor=secretary, meeting=meeting, step=step)
    assert item.approval_step == step
