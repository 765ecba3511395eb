"""The secretary's meeting pages: forms, the errors they show, escaping, and query counts."""

from __future__ import annotations

import datetime as dt

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from accord.approvals import services
from accord.approvals.forms import parse_meeting_date
from accord.approvals.models import AgendaItem, Decision, Meeting
from tests.accounts.factories import person_with_role
from tests.approvals.factories import agreement_in_approval
from tests.governance.factories import BodyFactory

pytestmark = pytest.mark.django_db

PAST = dt.date(2024, 3, 14)


@pytest.fixture
def board():
    return BodyFactory(name="Children's Board", slug="childrens-board")


@pytest.fixture
def secretary(board):
    return person_with_role("secretary", board)


@pytest.fixture
def meeting(board, secretary):
    return services.meeting_create(actor=secretary, body=board, title="Board", date=PAST)


@pytest.fixture
def signed_in(client, secretary):
    client.force_login(secretary)
    return client


def main(response) -> str:
    return response.content.decode().split('id="main-content"', 1)[1]


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("27 3 2025", (dt.date(2025, 3, 27), "day")),
        ("27/03/2025", (dt.date(2025, 3, 27), "day")),
        ("27 March 2025", (dt.date(2025, 3, 27), "day")),
        ("2025-03-27", (dt.date(2025, 3, 27), "day")),
        ("March 2025", (dt.date(2025, 3, 1), "month")),
        ("Sept 2025", (dt.date(2025, 9, 1), "month")),
        ("1st Sep, 2025", (dt.date(2025, 9, 1), "day")),
        ("Thursday 14 March 2024", (dt.date(2024, 3, 14), "day")),
        ("3 2025", (dt.date(2025, 3, 1), "month")),
        ("2025", (dt.date(2025, 1, 1), "year")),
    ],
)
def test_dates_are_read_as_people_write_them(typed, expected):
    assert parse_meeting_date(typed) == expected


@pytest.mark.parametrize("typed", ["32 3 2025", "27 13 2025", "Smarch 2025", "next Tuesday"])
def test_dates_that_do_not_exist_are_refused(typed):
    with pytest.raises(ValueError):
        parse_meeting_date(typed)


def test_a_secretary_adds_a_meeting_through_the_form(signed_in, board):
    response = signed_in.post(
        "/meetings/body/childrens-board/add/",
        {
            "title": "Board meeting",
            "date": "14 3 2024",
            "start_time": "2pm",
            "end_time": "16:30",
            "location": "Grays",
            "public": "on",
        },
        follow=True,
    )
    meeting = Meeting.objects.get()
    assert response.redirect_chain == [(f"/meetings/{meeting.pk}/", 302)]
    assert (meeting.start_time, meeting.end_time) == (dt.time(14), dt.time(16, 30))
    assert "Board meeting on 14 March 2024 has been added." in main(response)
    assert "14:00 to 16:30" in main(response)


def test_the_meeting_form_shows_what_is_wrong_and_keeps_what_was_typed(signed_in, board):
    response = signed_in.post(
        "/meetings/body/childrens-board/add/",
        {"title": "Board", "date": "March 2025", "start_time": "10:00", "end_time": "half past"},
    )
    html = main(response)
    assert response.status_code == 200 and "There is a problem" in html
    assert "Enter a time of day, for example 14:00 or 2pm." in html
    assert 'href="#id_end_time"' in html
    response = signed_in.post(
        "/meetings/body/childrens-board/add/",
        {"title": "Board", "date": "March 2025", "start_time": "10:00"},
    )
    assert "A start time needs the day of the meeting as well." in main(response)
    # Typed as one value, it comes back in the GOV.UK date input's boxes: no day, March 2025.
    assert 'name="date_0" value=""' not in main(response)
    assert 'name="date_1" value="3"' in main(response)
    assert 'name="date_2" value="2025"' in main(response)
    assert not Meeting.objects.exists()


def test_the_edit_form_starts_from_the_meeting_and_saves_changes(signed_in, meeting):
    html = main(signed_in.get(f"/meetings/{meeting.pk}/edit/"))
    assert 'name="date_0" value="14"' in html and 'name="date_1" value="3"' in html
    assert 'name="date_2" value="2024"' in html and 'value="Board"' in html
    response = signed_in.post(
        f"/meetings/{meeting.pk}/edit/", {"title": "Special board", "date": "14 March 2024"}
    )
    assert response.status_code == 302
    meeting.refresh_from_db()
    assert (meeting.title, meeting.public) == ("Special board", False)


def test_a_step_is_put_on_the_agenda_from_the_list_of_waiting_steps(signed_in, board, meeting):
    agreement = agreement_in_approval(bodies=[board])
    later = agreement_in_approval(bodies=[BodyFactory(), board])  # its step 2 is not open yet
    html = main(signed_in.get(f"/meetings/{meeting.pk}/items/add/"))
    assert f"{agreement.display_title}, step 1: Approve: Children&#x27;s Board" in html
    assert f"{later.display_title}, step 2" not in html
    the_step = agreement.approval_steps.get()
    response = signed_in.post(
        f"/meetings/{meeting.pk}/items/add/",
        {"kind": "step", "step-step": the_step.pk, "step-public": "on"},
        follow=True,
    )
    assert AgendaItem.objects.get().approval_step == the_step
    # Back to the top of the meeting page, where the success banner is (and is focused),
    # not to the item further down.
    assert response.redirect_chain == [(f"/meetings/{meeting.pk}/", 302)]
    assert "is item 1 on the agenda" in main(response)
    # The same step again: no longer offered, and refused if sent anyway.
    response = signed_in.post(
        f"/meetings/{meeting.pk}/items/add/", {"kind": "step", "step-step": the_step.pk}
    )
    assert "That step is no longer waiting for this body." in main(response)
    assert AgendaItem.objects.count() == 1


def test_a_free_item_needs_a_title(signed_in, meeting):
    response = signed_in.post(f"/meetings/{meeting.pk}/items/add/", {"kind": "free"})
    assert "There is a problem" in main(response) and 'href="#id_free-title"' in main(response)
    assert "Give the item a title." in main(response)
    signed_in.post(f"/meetings/{meeting.pk}/items/add/", {"kind": "free", "free-title": "Minutes"})
    assert AgendaItem.objects.get().title == "Minutes"


def test_items_move_and_are_removed_with_buttons(signed_in, meeting, secretary):
    first, second = (
        services.agenda_item_add(actor=secretary, meeting=meeting, title=title)
        for title in ("Apologies", "Minutes")
    )
    url = f"/meetings/{meeting.pk}/items/{second.pk}/"
    response = signed_in.post(url + "move/", {"direction": "up"}, follow=True)
    assert "“Minutes” has moved up." in main(response)
    response = signed_in.post(url + "move/", {"direction": "up"}, follow=True)
    assert "This item is first on the agenda already." in main(response)
    response = signed_in.post(url + "remove/", follow=True)
    assert "“Minutes” has been taken off the agenda." in main(response)
    assert list(AgendaItem.objects.values_list("title", "order")) == [("Apologies", 1)]
    assert signed_in.get(url + "remove/").status_code == 404


def test_a_minute_with_a_script_is_shown_as_text(signed_in, meeting, secretary):
    item = services.agenda_item_add(actor=secretary, meeting=meeting, title="<script>x</script>")
    response = signed_in.post(
        f"/meetings/{meeting.pk}/items/{item.pk}/decision/",
        {"outcome": "noted", "minute": "<script>alert('minute')</script>\nSecond line"},
        follow=True,
    )
    html = main(response)
    assert "The decision on “&lt;script&gt;x&lt;/script&gt;” has been recorded: noted." in html
    assert "&lt;script&gt;alert(&#x27;minute&#x27;)&lt;/script&gt;<br>Second line" in html
    assert "<script>alert" not in response.content.decode()
    # Decided: the form is not offered again.
    again = signed_in.get(f"/meetings/{meeting.pk}/items/{item.pk}/decision/")
    assert again.status_code == 302 and Decision.objects.count() == 1


def test_the_decision_form_shows_the_services_refusal(signed_in, board, meeting, secretary):
    agreement = agreement_in_approval(bodies=[board])
    item = services.agenda_item_add(
        actor=secretary, meeting=meeting, step=agreement.approval_steps.get()
    )
    url = f"/meetings/{meeting.pk}/items/{item.pk}/decision/"
    response = signed_in.post(url, {"outcome": "maybe"})
    html = main(response)
    assert "There is a problem" in html and 'href="#id_outcome"' in html
    response = signed_in.post(url, {"outcome": "approved"}, follow=True)
    assert "Every step is done" in main(response)


def test_private_items_are_for_members_of_the_body_only(client, board, meeting, secretary):
    services.agenda_item_add(actor=secretary, meeting=meeting, title="Public business")
    services.agenda_item_add(actor=secretary, meeting=meeting, title="Staffing", public=False)
    outsider = person_with_role("secretary", BodyFactory())
    for visitor in (None, outsider):
        if visitor:
            client.force_login(visitor)
        html = main(client.get(f"/meetings/{meeting.pk}/"))
        assert "Public business" in html and "Staffing" not in html
    client.force_login(person_with_role("member", board))
    html = main(client.get(f"/meetings/{meeting.pk}/"))
    assert "Staffing" in html and "Private item" in html


def test_an_agreement_in_approval_is_named_but_linked_only_for_those_who_may_read_it(
    client, board, meeting, secretary
):
    agreement = agreement_in_approval(bodies=[board])
    services.agenda_item_add(actor=secretary, meeting=meeting, step=agreement.approval_steps.get())
    assert agreement.get_absolute_url() not in main(client.get(f"/meetings/{meeting.pk}/"))
    client.force_login(secretary)
    assert agreement.get_absolute_url() in main(client.get(f"/meetings/{meeting.pk}/"))


def _count(client, url: str) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def _add_items(secretary, meeting, board, how_many: int) -> None:
    for _ in range(how_many):
        agreement = agreement_in_approval(bodies=[board])
        item = services.agenda_item_add(
            actor=secretary, meeting=meeting, step=agreement.approval_steps.get()
        )
        services.decision_record(actor=secretary, item=item, outcome="deferred", minute="Later")
        services.agenda_item_add(actor=secretary, meeting=meeting, title="Free", public=False)
        agreement_in_approval(bodies=[board])  # waiting: listed on the add-item page


def test_query_counts_do_not_grow_with_the_agenda(
    client, board, meeting, secretary, page_cache_off
):
    item_url = None

    def counts() -> dict[str, int]:
        nonlocal item_url
        client.force_login(secretary)
        item = AgendaItem.objects.filter(decision__isnull=True).order_by("pk").first()
        item_url = f"/meetings/{meeting.pk}/items/{item.pk}/decision/"
        secretary_counts = {
            "meeting (secretary)": _count(client, f"/meetings/{meeting.pk}/"),
            "add item": _count(client, f"/meetings/{meeting.pk}/items/add/"),
            "decision": _count(client, item_url),
            "edit": _count(client, f"/meetings/{meeting.pk}/edit/"),
            "add meeting": _count(client, f"/meetings/body/{board.slug}/add/"),
            "list": _count(client, "/meetings/"),
        }
        client.logout()
        return {**secretary_counts, "meeting (public)": _count(client, f"/meetings/{meeting.pk}/")}

    _add_items(secretary, meeting, board, 2)
    small = counts()
    _add_items(secretary, meeting, board, 8)
    assert counts() == small, small
    assert max(small.values()) <= 8, small


def test_a_step_decided_before_accord_offers_no_decision_or_removal(client, demo):
    item = AgendaItem.objects.get(approval_step__agreement__slug="childrens-mou")
    client.force_login(person_with_role("secretary", item.meeting.body))
    html = main(client.get(f"/meetings/{item.meeting_id}/"))
    assert "Decision: The Brighter Futures Children&#x27;s Partnership Board endorsed" in html
    assert "Record the decision" not in html and "Remove" not in html
    response = client.get(f"/meetings/{item.meeting_id}/items/{item.pk}/decision/")
    assert response.status_code == 302
