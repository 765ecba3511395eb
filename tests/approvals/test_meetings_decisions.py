"""Recording decisions: who may, what each outcome does to the route, who is told."""

from __future__ import annotations

import datetime as dt

import pytest
from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError
from django.utils import timezone

from accord.agreements.models import Agreement
from accord.agreements.services import drafting, versions
from accord.agreements.services.transitions import agreement_transition
from accord.approvals import services
from accord.approvals.models import Decision, ImmutableDecisionError
from accord.audit.models import AuditEntry
from accord.governance.models import Body
from tests.accounts.factories import person_with_role
from tests.approvals.factories import agreement_in_approval
from tests.governance.factories import BodyFactory

pytestmark = pytest.mark.django_db

PAST = dt.date(2024, 3, 14)


@pytest.fixture
def bodies():
    return BodyFactory(name="Children's Board"), BodyFactory(name="CCG Board")


@pytest.fixture
def agreement(bodies):
    owner = BodyFactory(name="Partnership")
    return agreement_in_approval(bodies=list(bodies), owning_body=owner)


@pytest.fixture
def secretaries(bodies):
    return [person_with_role("secretary", body) for body in bodies]


@pytest.fixture
def officer(agreement):
    return person_with_role("officer", agreement.owning_body)


def step(agreement, order):
    return agreement.approval_steps.get(order=order)


def on_agenda(agreement, order, secretary, date=PAST):
    the_step = step(agreement, order)
    meeting = services.meeting_create(
        actor=secretary, body=the_step.body, title=f"{the_step.body.name} meeting", date=date
    )
    return services.agenda_item_add(actor=secretary, meeting=meeting, step=the_step)


def status_of(agreement) -> str:
    return Agreement.objects.get(pk=agreement.pk).status


def test_approved_marks_the_step_done_and_tells_the_officers_and_the_next_body(
    agreement, secretaries, officer, mailoutbox, django_capture_on_commit_callbacks
):
    item = on_agenda(agreement, 1, secretaries[0])
    with django_capture_on_commit_callbacks(execute=True):
        recorded = services.decision_record(
            actor=secretaries[0], item=item, outcome="approved", minute="Agreed <b>unanimously</b>."
        )
    first = step(agreement, 1)
    assert (first.status, first.decision_date, first.decision_date_precision) == (
        "done",
        PAST,
        "day",
    )
    assert first.decision_text == "Agreed <b>unanimously</b>."
    assert recorded.decision.recorded_by == secretaries[0]
    assert "Next on the route" in recorded.notices[0] and "step 2" in recorded.notices[0]
    assert status_of(agreement) == "approval"
    by_address = {mail.to[0]: mail for mail in mailoutbox}
    assert set(by_address) == {officer.email, secretaries[1].email}
    told = by_address[officer.email]
    assert "Decision recorded" in told.subject and "Approved" in told.body
    assert settings.ACCORD_BASE_URL + item.meeting.get_absolute_url() in told.body
    waiting = by_address[secretaries[1].email]
    assert "is waiting for CCG Board" in waiting.subject
    assert "Step 2: Approve: CCG Board" in waiting.body
    entry = AuditEntry.objects.get(action="step.decide")
    assert entry.subject == f"agreement:{agreement.pk}" and entry.after["outcome"] == "approved"
    assert entry.before == {"step_status": "scheduled", "agreement_status": "approval"}


def test_the_last_step_opens_the_agreement_for_sign_up(agreement, secretaries):
    for order, secretary in ((1, secretaries[0]), (2, secretaries[1])):
        item = on_agenda(agreement, order, secretary)
        recorded = services.decision_record(actor=secretary, item=item, outcome="noted")
    assert status_of(agreement) == "sign_up"
    assert any("now open for sign-up" in notice for notice in recorded.notices)
    change = AuditEntry.objects.get(action="agreement.status.change")
    assert change.after == {"status": "sign_up", "version": 1}
    assert change.actor == secretaries[1]
    # Each decision names the exact version the meeting approved.
    assert {d.version.number for d in Decision.objects.all()} == {1}


def test_a_refused_sign_up_keeps_the_decision_and_says_why(bodies, secretaries):
    agreement = agreement_in_approval(bodies=[bodies[0]], parties=0)
    item = on_agenda(agreement, 1, secretaries[0])
    recorded = services.decision_record(actor=secretaries[0], item=item, outcome="approved")
    assert Decision.objects.filter(pk=recorded.decision.pk).exists()
    assert step(agreement, 1).status == "done"
    assert status_of(agreement) == "approval"
    assert "did not open for sign-up: Add the parties first" in recorded.notices[-1]


def test_rejected_sends_the_agreement_back_to_draft(agreement, secretaries):
    item = on_agenda(agreement, 1, secretaries[0])
    recorded = services.decision_record(actor=secretaries[0], item=item, outcome="rejected")
    assert step(agreement, 1).status == "rejected"
    assert status_of(agreement) == "draft"
    assert "back in draft" in recorded.notices[0]


def test_deferred_leaves_the_step_waiting(agreement, secretaries):
    item = on_agenda(agreement, 1, secretaries[0])
    services.decision_record(actor=secretaries[0], item=item, outcome="deferred")
    assert step(agreement, 1).status == "deferred"
    assert status_of(agreement) == "approval"


def test_approved_with_amendments_sends_the_new_version_through_the_whole_route(
    agreement, secretaries, officer
):
    services.decision_record(
        actor=secretaries[0], item=on_agenda(agreement, 1, secretaries[0]), outcome="approved"
    )
    item = on_agenda(agreement, 2, secretaries[1])
    recorded = services.decision_record(
        actor=secretaries[1],
        item=item,
        outcome="approved_with_amendments",
        minute="Approved, subject to a new clause on data sharing.",
    )
    assert status_of(agreement) == "draft"
    assert recorded.decision.restart_from_step == step(agreement, 1)
    assert "through the whole route again, from step 1" in recorded.notices[0]
    # The officer amends the text and publishes version 2: every step starts again, and
    # what was decided on version 1 stays in the decisions.
    agreement.refresh_from_db()
    draft = drafting.draft_start(actor=officer, agreement=agreement)
    drafting.section_add(
        actor=officer,
        agreement=agreement,
        heading="Data sharing",
        text="A new clause.",
        revision=draft.revision,
    )
    versions.agreement_publish_version(
        actor=officer,
        agreement=agreement,
        label="Amended",
        revision=drafting.current_draft(agreement).revision,
    )
    assert [(s.status, s.decision_date) for s in agreement.approval_steps.order_by("order")] == [
        ("planned", None),
        ("planned", None),
    ]
    assert AuditEntry.objects.get(action="agreement.route.restart").after == {
        "version": 2,
        "steps_restarted": [1],
    }
    assert [d.version.number for d in Decision.objects.order_by("pk")] == [1, 1]
    agreement_transition(actor=officer, agreement=agreement, to="approval")
    again = on_agenda(agreement, 1, secretaries[0])
    assert again.approval_step.status == "scheduled"


def _assert_decision_refused(secretary, item, message, **arguments):
    with pytest.raises(ValidationError) as error:
        services.decision_record(actor=secretary, item=item, **arguments)
    assert message in " ".join(error.value.messages)
    assert not Decision.objects.filter(agenda_item=item).exists()


def test_amendments_restart_from_the_first_step_only(agreement, bodies, secretaries):
    item = on_agenda(agreement, 1, secretaries[0])
    amended = {"outcome": "approved_with_amendments"}
    _assert_decision_refused(
        secretaries[0],
        item,
        "goes through the whole route again, from step 1",
        restart_from_step=step(agreement, 2),
        **amended,
    )
    _assert_decision_refused(
        secretaries[0],
        item,
        "only for a decision to approve with amendments",
        outcome="approved",
        restart_from_step=step(agreement, 1),
    )
    assert step(agreement, 1).status == "scheduled" and status_of(agreement) == "approval"


def test_only_the_secretary_of_the_meetings_body_or_an_administrator_decides(
    agreement, secretaries, officer
):
    item = on_agenda(agreement, 1, secretaries[0])
    for outsider in (officer, secretaries[1], person_with_role("member", step(agreement, 1).body)):
        with pytest.raises(PermissionDenied, match="Only the secretary of Children's Board"):
            services.decision_record(actor=outsider, item=item, outcome="approved")
    assert not Decision.objects.exists() and step(agreement, 1).status == "scheduled"
    services.decision_record(actor=person_with_role("administrator"), item=item, outcome="noted")
    assert step(agreement, 1).status == "done"


def test_an_item_is_decided_once(agreement, secretaries):
    item = on_agenda(agreement, 1, secretaries[0])
    services.decision_record(actor=secretaries[0], item=item, outcome="deferred")
    with pytest.raises(ValidationError, match="recorded on this item already"):
        services.decision_record(actor=secretaries[0], item=item, outcome="approved")
    assert step(agreement, 1).status == "deferred"


def test_a_meeting_that_has_not_met_records_no_decision(agreement, secretaries):
    tomorrow = timezone.localdate() + dt.timedelta(days=1)
    item = on_agenda(agreement, 1, secretaries[0], date=tomorrow)
    _assert_decision_refused(secretaries[0], item, "once it has met", outcome="approved")


def test_a_step_whose_agreement_left_approval_cannot_be_decided(agreement, secretaries, officer):
    item = on_agenda(agreement, 1, secretaries[0])
    agreement_transition(actor=officer, agreement=agreement, to="draft")
    _assert_decision_refused(secretaries[0], item, "not in approval", outcome="approved")


def test_the_minute_is_bounded_and_the_outcome_must_be_known(agreement, secretaries):
    item = on_agenda(agreement, 1, secretaries[0])
    _assert_decision_refused(
        secretaries[0], item, "at most 10,000", outcome="noted", minute="x" * 10_001
    )
    _assert_decision_refused(
        secretaries[0], item, "Choose what the meeting decided", outcome="passed"
    )


def test_a_free_item_is_decided_without_touching_any_route(bodies, secretaries, mailoutbox):
    meeting = services.meeting_create(actor=secretaries[0], body=bodies[0], title="B", date=PAST)
    item = services.agenda_item_add(actor=secretaries[0], meeting=meeting, title="Minutes")
    _assert_decision_refused(
        secretaries[0], item, "Only an approval step", outcome="approved_with_amendments"
    )
    services.decision_record(actor=secretaries[0], item=item, outcome="approved", minute="Agreed.")
    entry = AuditEntry.objects.get(action="meeting.item.decide")
    assert entry.subject == f"meeting:{meeting.pk}" and not mailoutbox


def test_a_decision_never_changes_and_the_database_holds_its_rules(agreement, secretaries):
    item = on_agenda(agreement, 1, secretaries[0])
    decision = services.decision_record(actor=secretaries[0], item=item, outcome="noted").decision
    decision.minute = "rewritten"
    with pytest.raises(ImmutableDecisionError):
        decision.save()
    with pytest.raises(ImmutableDecisionError):
        decision.delete()
    second = on_agenda(agreement, 2, secretaries[1])
    with pytest.raises(IntegrityError):
        Decision.objects.create(
            agenda_item=second,
            approval_step=second.approval_step,
            outcome="approved_with_amendments",
            recorded_by=secretaries[1],
        )


def test_route_notify_next_step_tells_the_secretaries_of_the_waiting_body(
    agreement, secretaries, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        waiting = services.route_notify_next_step(agreement)
    assert waiting == step(agreement, 1)
    assert [mail.to for mail in mailoutbox] == [[secretaries[0].email]]
    assert "/meetings/body/" in mailoutbox[0].body
    agreement.status = "draft"
    assert services.route_notify_next_step(agreement) is None


def test_the_demo_childrens_mou_takes_its_remaining_steps_while_open_for_sign_up(
    demo, mailoutbox, django_capture_on_commit_callbacks
):
    """The Thurrock route: (a) Brighter Futures Board, done in the demo, after which sign-up
    opened; (b) the CCG Board notes and approves; (c) the Health and Wellbeing Board notes
    and approves; then the stakeholders' endorsement, reported to the Brighter Futures
    board. The steps are taken while sign-up runs beside them."""
    mou = Agreement.objects.get(slug="childrens-mou")
    assert mou.status == "sign_up" and mou.signup_opens_after == 1
    officer = person_with_role("officer", mou.owning_body)
    secretary_of = {
        slug: person_with_role("secretary", Body.objects.get(slug=slug))
        for slug in ("ccg-board", "hwb", "bf-partnership")
    }
    day = PAST
    for the_step in mou.approval_steps.exclude(status="done").order_by("order"):
        body = the_step.body or mou.owning_body
        secretary = secretary_of[body.slug]
        meeting = services.meeting_create(actor=secretary, body=body, title="Board", date=day)
        item = services.agenda_item_add(actor=secretary, meeting=meeting, step=the_step)
        with django_capture_on_commit_callbacks(execute=True):
            recorded = services.decision_record(
                actor=secretary, item=item, outcome="approved", minute=f"Step {the_step.order}."
            )
        day += dt.timedelta(days=7)
    # Every step is done; it comes into force only when every party has signed.
    assert status_of(mou) == "sign_up"
    assert any("comes into force when every party has signed" in n for n in recorded.notices)
    assert set(mou.approval_steps.values_list("status", flat=True)) == {"done"}
    assert (
        AuditEntry.objects.filter(action="step.decide", subject=f"agreement:{mou.pk}").count() == 5
    )
    officer_mails = [mail for mail in mailoutbox if mail.to == [officer.email]]
    assert len(officer_mails) == 5
    waiting = [mail.to[0] for mail in mailoutbox if "is waiting for" in mail.subject]
    assert waiting == [
        secretary_of["ccg-board"].email,  # after step 2, step 3 is also the CCG Board's
        secretary_of["hwb"].email,
        secretary_of["hwb"].email,
        secretary_of["bf-partnership"].email,
    ]
