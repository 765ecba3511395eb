"""The governance map as it stood on a day: only the bodies there on that day, and the
lines between them then; a bad date says why and shows today's map."""

from __future__ import annotations

import datetime as dt

import pytest

from accord.governance.models import Area, Body, ReportingLine

pytestmark = pytest.mark.django_db

CCG_BOARD = "NHS Thurrock CCG Board"
NEW_BODY = "Thurrock Place-Based Partnership Board"


def _map(client, **query) -> str:
    response = client.get("/areas/thurrock/map/", query)
    assert response.status_code == 200
    return response.content.decode()


@pytest.fixture
def later_body(demo):
    """A body set up in 2023, reporting to the Health and Wellbeing Board from then."""
    body = Body.objects.create(
        name=NEW_BODY,
        slug="thurrock-place-board",
        kind="board",
        level="place",
        area=Area.objects.get(slug="thurrock"),
        established_on=dt.date(2023, 1, 1),
    )
    ReportingLine.objects.create(
        from_body=body,
        to_body=Body.objects.get(slug="hwb"),
        relation="reports_to",
        start_date=dt.date(2023, 1, 1),
    )
    return body


def test_a_body_is_not_on_the_map_of_a_day_before_it_existed(client, later_body):
    today = _map(client)
    in_2021 = _map(client, as_at="2021-04-01")
    in_2023 = _map(client, as_at="2023-04-01")
    assert NEW_BODY in today and NEW_BODY in in_2023
    assert NEW_BODY not in in_2021
    # The CCG's board closed on 30 June 2022: on the map of 2021, not of 2023 or today.
    assert CCG_BOARD in in_2021
    assert CCG_BOARD not in in_2023 and CCG_BOARD not in today
    assert "as it stood on 1 April 2021" in in_2021
    assert "You are looking at the map as it stood on" not in today


def test_the_last_day_of_a_body_is_on_its_map(client, demo):
    assert CCG_BOARD in _map(client, as_at="2022-06-30")
    assert CCG_BOARD not in _map(client, as_at="2022-07-01")


def test_a_map_of_a_day_is_cached_apart_from_todays(client, later_body):
    first = client.get("/areas/thurrock/map/", {"as_at": "2021-04-01"})
    again = client.get("/areas/thurrock/map/", {"as_at": "2021-04-01"})
    today = client.get("/areas/thurrock/map/")
    assert NEW_BODY not in again.content.decode()
    assert NEW_BODY in today.content.decode()
    assert first["X-Accord-Page-Cache"] == "miss"
    assert today["X-Accord-Page-Cache"] == "miss"  # not the day's map served as today's


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("2099-01-01", "Choose a day that has passed, or today."),
        ("2021-02-30", "That is not a real date."),
        ("1 April", "Enter the date as year, month and day"),
        ("x" * 5000, "Enter the date as year, month and day"),
    ],
)
def test_a_bad_date_says_why_and_shows_today(client, later_body, typed, message):
    page = _map(client, as_at=typed)
    assert message in page and "govuk-error-message" in page
    assert NEW_BODY in page and "You are looking at" not in page


def test_the_date_boxes_give_the_same_map(client, later_body):
    page = _map(client, **{"as_at-day": "1", "as_at-month": "4", "as_at-year": "2021"})
    assert "as it stood on 1 April 2021" in page and NEW_BODY not in page
