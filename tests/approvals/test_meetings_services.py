"""Meetings and agendas: who may change them, and the rules every change keeps."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

from accord.approvals import services
from accord.approvals.models import AgendaItem, Meeting
from accord.audit.models import AuditEntry
from tests.accounts.factories import person_with_role
from tests.approvals.factories import MeetingFactory, agreement_in_approval
from tests.governance.factories import BodyFactory

pytestmark = pytest.mark.django_db

PAST = dt.date(2024, 3, 14)


@pytest.fixture
def board():
    return BodyFactory(name="Children's Board")


@pytest.fixture
def secretary(board):
    return person_with_role("secretary", board)


@pytest.fixture
def meeting(board, secretary):
    return services.meeting_create(actor=secretary, body=board, title="Board", date=PAST)


@pytest.fixture
def agreement(board):
    """In approval; step 1 is for ``board``, step 2 for another body."""
    return agreement_in_approval(bodies=[board, BodyFactory(name="CCG Board")])


def step(agreement, order):
    return agreement.approval_steps.get(order=order)


def refused(error) -> str:
    return " ".join(error.value.messages)


# --- meetings ---------------------------------------------------------------------------


def test_a_secretary_adds_a_meeting_of_their_body_and_it_is_audited(board, secretary):
    meeting = services.meeting_create(
        actor=secretary,
        body=board,
        title=" Board meeting ",
        date=PAST,
        start_time=dt.time(14),
        end_time=dt.time(16),
        location="Civic Offices, Grays",
        public=False,
    )
    assert (meeting.title, meeting.body, meeting.public) == ("Board meeting", board, False)
    assert meeting.display_time == "14:00 to 16:00"
    entry = AuditEntry.objects.get(action="meeting.create")
    assert entry.actor == secretary and entry.subject == f"meeting:{meeting.pk}"
    assert entry.after["start_time"] == "14:00:00"


@pytest.mark.parametrize("role", ["officer", "member"])
def test_only_the_secretary_or_an_administrator_adds_a_meeting(board, role):
    with pytest.raises(PermissionDenied, match="Only the secretary of Children's Board"):
        services.meeting_create(
            actor=person_with_role(role, board), body=board, title="Board", date=PAST
        )
    other_secretary = person_with_role("secretary", BodyFactory())
    with pytest.raises(PermissionDenied):
        services.meeting_create(actor=other_secretary, body=board, title="Board", date=PAST)
    assert not Meeting.objects.exists()
    administrator = person_with_role("administrator")
    services.meeting_create(actor=administrator, body=board, title="Board", date=PAST)
    assert Meeting.objects.count() == 1


@pytest.mark.parametrize(
    ("details", "field", "message"),
    [
        ({"title": "  "}, "title", "Give the meeting a title"),
        ({"title": "x" * 301}, "title", "at most 300"),
        ({"date_precision": "month", "start_time": dt.time(10)}, "start_time", "needs the day"),
        ({"end_time": dt.time(10)}, "end_time", "start time as well"),
        ({"start_time": dt.time(10), "end_time": dt.time(9)}, "end_time", "end after it starts"),
        ({"location": "x" * 301}, "location", "at most 300"),
    ],
)
def test_meeting_details_that_cannot_be_stored_are_refused(
    board, secretary, details, field, message
):
    arguments = {"title": "Board", "date": PAST, **details}
    with pytest.raises(ValidationError) as error:
        services.meeting_create(actor=secretary, body=board, **arguments)
    assert message in " ".join(error.value.message_dict[field])
    assert not Meeting.objects.exists() and not AuditEntry.objects.exists()


def test_a_meeting_is_corrected_and_the_change_audited(meeting, secretary):
    services.meeting_update(
        actor=secretary, meeting=meeting, title="Extraordinary meeting", date=PAST, public=False
    )
    meeting.refresh_from_db()
    assert (meeting.title, meeting.public) == ("Extraordinary meeting", False)
    entry = AuditEntry.objects.get(action="meeting.update")
    assert entry.before == {"title": "Board", "public": True}
    assert entry.after == {"title": "Extraordinary meeting", "public": False}


def test_only_the_secretary_corrects_a_meeting(meeting):
    officer = person_with_role("officer", meeting.body)
    with pytest.raises(PermissionDenied):
        services.meeting_update(actor=officer, meeting=meeting, title="Mine", date=PAST)
    meeting.refresh_from_db()
    assert meeting.title == "Board"


def test_a_meeting_with_decisions_keeps_its_date(meeting, secretary):
    item = services.agenda_item_add(actor=secretary, meeting=meeting, title="Apologies")
    services.decision_record(actor=secretary, item=item, outcome="noted")
    with pytest.raises(ValidationError) as error:
        services.meeting_update(
            actor=secretary, meeting=meeting, title="Board", date=PAST + dt.timedelta(days=1)
        )
    assert "date can no longer change" in refused(error)
    services.meeting_update(
        actor=secretary, meeting=meeting, title="Board", date=PAST, location="Room 3"
    )
    meeting.refresh_from_db()
    assert (meeting.date, meeting.location) == (PAST, "Room 3")


# --- agenda items -----------------------------------------------------------------------


def test_free_items_are_numbered_in_the_order_they_are_added(meeting, secretary):
    first = services.agenda_item_add(actor=secretary, meeting=meeting, title="Apologies")
    second = services.agenda_item_add(
        actor=secretary, meeting=meeting, title="Exempt item", public=False
    )
    assert (first.order, second.order, second.public) == (1, 2, False)
    entry = AuditEntry.objects.filter(action="meeting.item.add").last()
    assert entry.subject == f"meeting:{meeting.pk}" and entry.after["title"] == "Exempt item"
    with pytest.raises(ValidationError, match="Give the item a title"):
        services.agenda_item_add(actor=secretary, meeting=meeting, title=" ")


def test_a_step_goes_on_an_agenda_of_its_own_body(meeting, secretary, agreement):
    item = services.agenda_item_add(actor=secretary, meeting=meeting, step=step(agreement, 1))
    assert item.title == f"Approve: {agreement.title}"
    first = step(agreement, 1)
    assert (first.status, first.meeting) == ("scheduled", meeting)
    entry = AuditEntry.objects.get(action="meeting.item.add")
    assert entry.subject == f"agreement:{agreement.pk}"
    assert entry.before == {"step_status": "planned"}
    assert entry.after["step_status"] == "scheduled"


def test_only_the_secretary_changes_the_agenda(meeting):
    officer = person_with_role("officer", meeting.body)
    with pytest.raises(PermissionDenied, match="agenda"):
        services.agenda_item_add(actor=officer, meeting=meeting, title="Any other business")
    assert not AgendaItem.objects.exists()


def _assert_step_refused(secretary, meeting, the_step, message):
    with pytest.raises(ValidationError) as error:
        services.agenda_item_add(actor=secretary, meeting=meeting, step=the_step)
    assert message in refused(error)
    assert not AgendaItem.objects.filter(meeting=meeting, approval_step=the_step).exists()


def test_a_step_is_refused_on_an_agenda_of_another_body(agreement):
    ccg = step(agreement, 2).body
    ccg_secretary = person_with_role("secretary", ccg)
    ccg_meeting = services.meeting_create(actor=ccg_secretary, body=ccg, title="CCG", date=PAST)
    _assert_step_refused(
        ccg_secretary,
        ccg_meeting,
        step(agreement, 1),
        "is for Children's Board: it can go only on the agenda of a meeting of that body.",
    )
    assert step(agreement, 1).status == "planned"


@pytest.mark.parametrize("status", ["draft", "consultation", "in_force", "withdrawn"])
def test_a_step_is_refused_unless_the_agreement_is_in_approval(
    meeting, secretary, agreement, status
):
    agreement.status = status
    agreement.save()
    _assert_step_refused(secretary, meeting, step(agreement, 1), "not in approval")


def test_steps_are_taken_in_order(board, meeting, secretary):
    agreement = agreement_in_approval(bodies=[BodyFactory(), board])
    _assert_step_refused(
        secretary,
        meeting,
        step(agreement, 2),
        "Steps are taken in order: a step opens only when the one before is done. Step 1",
    )


def test_a_done_step_is_refused(meeting, secretary, agreement):
    first = step(agreement, 1)
    first.status = "done"
    first.save()
    _assert_step_refused(secretary, meeting, first, "is done already")


def test_a_step_cannot_be_on_two_open_agendas(board, meeting, secretary, agreement):
    services.agenda_item_add(actor=secretary, meeting=meeting, step=step(agreement, 1))
    later = services.meeting_create(
        actor=secretary, body=board, title="Next board", date=PAST + dt.timedelta(days=30)
    )
    for where in (meeting, later):
        with pytest.raises(ValidationError, match="already on the agenda of Board"):
            services.agenda_item_add(actor=secretary, meeting=where, step=step(agreement, 1))
    assert AgendaItem.objects.filter(approval_step=step(agreement, 1)).count() == 1


def test_a_step_named_by_a_label_is_taken_at_the_owning_bodys_meeting(board, secretary):
    agreement = agreement_in_approval(bodies=[None], owning_body=board)
    elsewhere = BodyFactory()
    other_meeting = MeetingFactory(body=elsewhere, date=PAST)
    _assert_step_refused(
        person_with_role("secretary", elsewhere),
        other_meeting,
        step(agreement, 1),
        "is for Children's Board",
    )
    meeting = services.meeting_create(actor=secretary, body=board, title="Board", date=PAST)
    item = services.agenda_item_add(actor=secretary, meeting=meeting, step=step(agreement, 1))
    assert item.approval_step.label == "partner agency Boards"


def test_items_move_up_and_down_and_not_past_the_ends(meeting, secretary):
    a, b, c = (
        services.agenda_item_add(actor=secretary, meeting=meeting, title=title) for title in "ABC"
    )
    services.agenda_item_move(actor=secretary, item=c, offset=-1)
    services.agenda_item_move(actor=secretary, item=a, offset=1)
    assert list(meeting.items.order_by("order").values_list("title", flat=True)) == list("CAB")
    with pytest.raises(ValidationError, match="first on the agenda already"):
        services.agenda_item_move(
            actor=secretary, item=AgendaItem.objects.get(title="C"), offset=-1
        )
    with pytest.raises(ValidationError, match="last on the agenda already"):
        services.agenda_item_move(actor=secretary, item=AgendaItem.objects.get(title="B"), offset=1)
    entry = AuditEntry.objects.filter(action="meeting.item.move").last()
    assert (entry.before, entry.after) == ({"order": 1}, {"order": 2})
    with pytest.raises(PermissionDenied):
        services.agenda_item_move(actor=person_with_role("member", meeting.body), item=b, offset=-1)


def test_removing_an_item_renumbers_the_rest_and_frees_its_step(meeting, secretary, agreement):
    first = services.agenda_item_add(actor=secretary, meeting=meeting, title="Apologies")
    on_route = services.agenda_item_add(actor=secretary, meeting=meeting, step=step(agreement, 1))
    last = services.agenda_item_add(actor=secretary, meeting=meeting, title="Any other business")
    services.agenda_item_remove(actor=secretary, item=on_route)
    assert list(meeting.items.order_by("order").values_list("pk", "order")) == [
        (first.pk, 1),
        (last.pk, 2),
    ]
    freed = step(agreement, 1)
    assert (freed.status, freed.meeting) == ("planned", None)
    entry = AuditEntry.objects.get(action="meeting.item.remove")
    assert entry.object_id == str(on_route.pk) and entry.subject == f"agreement:{agreement.pk}"
    # The step can now go on an agenda again.
    services.agenda_item_add(actor=secretary, meeting=meeting, step=freed)


def test_a_decided_item_cannot_be_removed(meeting, secretary):
    item = services.agenda_item_add(actor=secretary, meeting=meeting, title="Apologies")
    services.decision_record(actor=secretary, item=item, outcome="noted")
    with pytest.raises(ValidationError, match="stays on the agenda"):
        services.agenda_item_remove(actor=secretary, item=item)
    assert AgendaItem.objects.filter(pk=item.pk).exists()


def test_a_deferred_step_goes_on_a_later_agenda_and_stays_deferred_if_taken_off(
    board, meeting, secretary, agreement
):
    item = services.agenda_item_add(actor=secretary, meeting=meeting, step=step(agreement, 1))
    services.decision_record(actor=secretary, item=item, outcome="deferred", minute="Next time.")
    assert step(agreement, 1).status == "deferred"
    later = services.meeting_create(
        actor=secretary, body=board, title="Next board", date=timezone.localdate()
    )
    again = services.agenda_item_add(actor=secretary, meeting=later, step=step(agreement, 1))
    assert step(agreement, 1).status == "scheduled"
    services.agenda_item_remove(actor=secretary, item=again)
    assert step(agreement, 1).status == "deferred"


def test_an_item_decided_before_accord_kept_decisions_stays_on_the_record(demo):
    # The demo's Brighter Futures meeting took step 1 of the Children's MOU; the decision
    # is held as text on the step, with no Decision row.
    item = AgendaItem.objects.get(approval_step__agreement__slug="childrens-mou")
    secretary = person_with_role("secretary", item.meeting.body)
    with pytest.raises(ValidationError, match="stays on the agenda"):
        services.agenda_item_remove(actor=secretary, item=item)
    with pytest.raises(ValidationError, match="is done already"):
        services.decision_record(actor=secretary, item=item, outcome="approved")
    item.approval_step.refresh_from_db()
    assert (item.approval_step.status, item.approval_step.meeting) == ("done", item.meeting)
