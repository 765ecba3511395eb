"""The Children's MOU as it stood on a day: on 1 April 2021 and on 1 April 2023 it differs
exactly by the CCG succession of 1 July 2022."""

from __future__ import annotations

import datetime as dt

import pytest

from accord.agreements.models import Agreement
from accord.signing.as_at import parties_on

pytestmark = pytest.mark.django_db

APRIL_2021, APRIL_2023 = dt.date(2021, 4, 1), dt.date(2023, 4, 1)


def _rows(day):
    standing = parties_on(Agreement.objects.get(slug="childrens-mou"), day)
    return standing, {
        row.party.organisation.slug: (
            row.name,
            row.signature.pk if row.signature else None,
            row.state.key,
            tuple(s.successor.slug for s in row.successions),
        )
        for row in standing.rows
    }


def test_the_childrens_mou_in_2021_and_2023_differs_exactly_by_the_ccg_succession(demo):
    then, in_2021 = _rows(APRIL_2021)
    later, in_2023 = _rows(APRIL_2023)
    assert then.state.status == later.state.status == "sign_up"
    assert then.version == later.version
    assert set(in_2021) == set(in_2023) and len(in_2021) == 16
    differ = {slug for slug in in_2021 if in_2021[slug] != in_2023[slug]}
    assert differ == {"thurrock-ccg"}
    name, signed, state, successors_2021 = in_2021["thurrock-ccg"]
    assert in_2023["thurrock-ccg"] == (name, signed, state, ("mse-icb",))
    assert successors_2021 == () and signed is not None and state == "signed"


def test_before_it_signed_the_ccg_had_not_signed(demo):
    _, in_2019 = _rows(dt.date(2019, 12, 1))
    assert in_2019["thurrock-ccg"][1] is None
    assert {state for _, _, state, _ in in_2019.values()} == {"not_signed"}


def test_the_agreement_page_shows_each_day(client, demo):
    on_2021 = client.get("/agreements/childrens-mou/", {"on": "2021-04-01"}).content.decode()
    on_2023 = client.get("/agreements/childrens-mou/", {"on": "2023-04-01"}).content.decode()
    assert "as it stood on 1 April 2021" in on_2021
    assert "as it stood on 1 April 2023" in on_2023
    succeeded = "Succeeded by NHS Mid and South Essex Integrated Care Board on 1 July 2022"
    assert succeeded not in on_2021 and succeeded in on_2023
    for page in (on_2021, on_2023):
        assert "Signed by Accountable Officer of NHS Thurrock CCG (demo record)" in page


def test_a_day_that_is_not_a_date_or_in_the_future_shows_today_with_a_message(client, demo):
    page = client.get("/agreements/childrens-mou/", {"on": "2099-01-01"}).content.decode()
    assert "As it stood on a past day" not in page
    assert "govuk-error-message" in page


def test_the_sign_up_table_shows_each_day(client, demo):
    on_2021 = client.get("/sign-up/agreements/childrens-mou/", {"on": "2021-04-01"})
    on_2023 = client.get("/sign-up/agreements/childrens-mou/", {"on": "2023-04-01"})
    assert on_2021.status_code == on_2023.status_code == 200
    succeeded = "Succeeded by NHS Mid and South Essex Integrated Care Board on 1 July 2022"
    assert succeeded not in on_2021.content.decode()
    assert succeeded in on_2023.content.decode()
    assert "Sign-up on 1 April 2021" in on_2021.content.decode()
