"""Open data as it stood on a day (``?as_at=YYYY-MM-DD``): the Children's MOU's parties
and answers on 1 April 2021 and on 1 April 2023 differ exactly by the CCG succession of
1 July 2022, in every export that lists them; a bad date is refused in words; a day's
file is never kept, so it is never served as today's."""

from __future__ import annotations

import csv
import io

import pytest
from django.core.files.storage import default_storage

from tests.api.test_opendata_exports import popolo_validator

pytestmark = pytest.mark.django_db

APRIL_2021, APRIL_2023 = "2021-04-01", "2023-04-01"
CCG, ICB = "thurrock-ccg", "mse-icb"


def _csv(response) -> list[list[str]]:
    assert response.status_code == 200
    body = (
        b"".join(response.streaming_content) if response.streaming else response.content
    ).decode()
    return list(csv.reader(io.StringIO(body)))


def _mou_parties(client, day: str | None) -> dict[str, list[str]]:
    rows = _csv(client.get("/open-data/parties.csv", {"as_at": day} if day else {}))
    header = rows[0]
    at = header.index
    return {
        row[at("Organisation slug")]: row
        for row in rows[1:]
        if row[at("Agreement slug")] == "childrens-mou"
    }


def _differences(before: dict, after: dict) -> dict[str, list[tuple[str, str]]]:
    assert set(before) == set(after)
    return {
        key: [(a, b) for a, b in zip(before[key], after[key], strict=True) if a != b]
        for key in before
        if before[key] != after[key]
    }


def test_the_parties_export_differs_exactly_by_the_ccg_succession(client, demo):
    in_2021, in_2023 = _mou_parties(client, APRIL_2021), _mou_parties(client, APRIL_2023)
    assert len(in_2021) == 16
    assert _differences(in_2021, in_2023) == {CCG: [("", f"{ICB} (2022-07-01)")]}
    # The CCG had signed by 2021, and its signature stands in 2023.
    header = _csv(client.get("/open-data/parties.csv"))[0]
    assert in_2021[CCG][header.index("Sign-up status")] == "Signed"
    assert in_2021[CCG][header.index("Agreement status")] == "Open for sign-up"
    # Before it signed, in December 2019, it had not.
    in_2019 = _mou_parties(client, "2019-12-01")
    assert in_2019[CCG][header.index("Sign-up status")] != "Signed"


def test_the_sign_up_csv_differs_exactly_by_the_ccg_succession(client, demo):
    def table(day):
        url = "/sign-up/agreements/childrens-mou/sign-up.csv"
        rows = _csv(client.get(url, {"as_at": day}))
        return {row[1]: row for row in rows[1:]}, rows[0]

    (in_2021, header), (in_2023, _) = table(APRIL_2021), table(APRIL_2023)
    changed = _differences(in_2021, in_2023)
    (ccg_name,) = changed
    assert "Thurrock" in ccg_name and "Clinical Commissioning Group" in ccg_name
    assert changed[ccg_name] == [("", "NHS Mid and South Essex Integrated Care Board (2022-07-01)")]
    assert in_2021[ccg_name][header.index("Status")] == "Signed"
    today = client.get("/sign-up/agreements/childrens-mou/sign-up.csv")
    assert "attachment" in today["Content-Disposition"]
    assert "as-at" not in today["Content-Disposition"]


def _popolo(client, day=None) -> dict:
    response = client.get("/open-data/popolo.json", {"as_at": day} if day else {})
    assert response.status_code == 200
    return response.json()


def test_popolo_as_at_a_day_is_dated_and_still_valid(client, demo):
    in_2021, in_2023 = _popolo(client, APRIL_2021), _popolo(client, APRIL_2023)
    assert in_2021["as_at"] == APRIL_2021
    for data in (in_2021, in_2023):
        for key, schema in [("organizations", "organization"), ("memberships", "membership")]:
            validator = popolo_validator(schema)
            for item in data[key]:
                assert not list(validator.iter_errors(item)), item["id"]

    def ccg(data):
        (found,) = [o for o in data["organizations"] if o["id"] == "GB-NHS-07G"]
        return found

    icb_ids = {"GB-NHS-QH8"}
    assert not [o for o in in_2021["organizations"] if o["id"] in icb_ids]  # not yet in being
    (icb,) = [o for o in in_2023["organizations"] if o["id"] in icb_ids]
    assert icb["founding_date"] == "2022-07-01"
    assert ccg(in_2021)["dissolution_date"] is None
    assert not [link for link in ccg(in_2021)["links"] if "Succeeded" in (link["note"] or "")]
    assert ccg(in_2023)["dissolution_date"] == "2022-06-30"
    (successor,) = [link for link in ccg(in_2023)["links"] if "Succeeded" in link["note"]]
    assert successor["url"].endswith(f"/organisations/{ICB}/")
    assert "2022-07-01" in successor["note"]

    def mou_members(data):
        return {
            m["member"]["id"]: m
            for m in data["memberships"]
            if m["organization_id"] == "accord:agreement/childrens-mou"
        }

    assert set(mou_members(in_2021)) == set(mou_members(in_2023))
    assert len(mou_members(in_2021)) == 16
    assert mou_members(in_2021)["GB-NHS-07G"]["start_date"] == "2019-11-01"
    # The board of the CCG closed on 30 June 2022: there in 2021, gone by 2023.
    bodies_2021 = {o["id"] for o in in_2021["organizations"]}
    bodies_2023 = {o["id"] for o in in_2023["organizations"]}
    assert "accord:body/ccg-board" in bodies_2021 and "accord:body/ccg-board" not in bodies_2023


def test_popolo_today_dates_parties_and_successions(client, demo):
    data = _popolo(client)
    assert "as_at" not in data
    (mou,) = [o for o in data["organizations"] if o["id"] == "accord:agreement/childrens-mou"]
    assert mou["classification"] == "Partnership agreement"
    btuh = [
        m
        for m in data["memberships"]
        if m["organization_id"] == "accord:agreement/childrens-mou"
        and "Basildon" in m["member"]["name"]
    ]
    assert btuh and all(m["start_date"] for m in btuh)


def test_the_other_csvs_show_what_was_there_on_the_day(client, demo):
    def slugs(name, day):
        return {row[0] for row in _csv(client.get(f"/open-data/{name}.csv", {"as_at": day}))[1:]}

    def dissolved(day):
        rows = _csv(client.get("/open-data/organisations.csv", {"as_at": day}))
        return {row[0]: row[-1] for row in rows[1:]}

    # Basildon and Thurrock's trust merged on 1 April 2020: a date not yet come in 2019.
    assert dissolved("2019-12-01")["btuh"] == ""
    assert dissolved(APRIL_2021)["btuh"] == "2020-03-31"
    assert "ccg-board" in slugs("bodies", APRIL_2021)
    assert "ccg-board" not in slugs("bodies", APRIL_2023)
    memberships = _csv(client.get("/open-data/memberships.csv", {"as_at": APRIL_2021}))
    hwb_members = {row[2]: row for row in memberships[1:] if row[0] == "hwb"}
    assert CCG in hwb_members and ICB not in hwb_members
    assert hwb_members[CCG][6] == ""  # its end, in 2022, was not yet known
    meetings = _csv(client.get("/open-data/meetings.csv", {"as_at": "2019-01-01"}))[1:]
    assert all(row[1] <= "2019-01-01" for row in meetings)
    # The ICB came into being on 1 July 2022, the merged trust on 1 April 2020: not listed
    # before, listed with that day after.
    assert ICB not in dissolved(APRIL_2021) and "mseft" not in dissolved("2019-12-01")
    organisations = _csv(client.get("/open-data/organisations.csv", {"as_at": APRIL_2023}))
    established = organisations[0].index("Established on")
    assert {row[0]: row[established] for row in organisations[1:]}[ICB] == "2022-07-01"
    xlsx = client.get("/open-data/bodies.xlsx", {"as_at": APRIL_2021})
    assert xlsx.status_code == 200
    assert "as-at-2021-04-01" in xlsx["Content-Disposition"]


@pytest.mark.parametrize(
    "url",
    [
        "/open-data/popolo.json",
        "/open-data/parties.csv",
        "/open-data/organisations.xlsx",
        "/sign-up/agreements/childrens-mou/sign-up.csv",
    ],
)
@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("2099-01-01", "Choose a day that has passed, or today."),
        ("2021-13-01", "That is not a real date."),
        ("yesterday", "Enter the date as year, month and day"),
        ("9" * 400, "Enter the date as year, month and day"),
    ],
)
def test_a_bad_date_is_refused_in_words(client, demo, url, typed, message):
    response = client.get(url, {"as_at": typed})
    assert response.status_code == 422
    page = response.content.decode()
    assert "The as_at date cannot be used" in page and message in page
    assert "9" * 30 not in page  # what was typed is bounded, not echoed back whole


def test_a_days_file_is_never_kept_nor_served_as_todays(client, demo):
    today_before = _mou_parties(client, None)
    stored = set(default_storage.listdir("open-data")[1])
    in_2021 = _mou_parties(client, APRIL_2021)
    assert set(default_storage.listdir("open-data")[1]) == stored
    today_after = _mou_parties(client, None)
    assert today_after == today_before != in_2021
    assert today_after[CCG][-1] == f"{ICB} (2022-07-01)"


def test_one_days_file_is_made_at_a_time_and_todays_are_never_held_up(client, demo):
    from accord.api.opendata.views import AS_AT_LOCK
    from accord.caching.pages import page_cache

    assert page_cache().add(AS_AT_LOCK, True, 60)  # another request is making one now
    try:
        busy = client.get("/open-data/popolo.json", {"as_at": APRIL_2021})
        assert busy.status_code == 409
        assert "Another file as the register stood on a day is being made now" in (
            busy.content.decode()
        )
        assert client.get("/open-data/popolo.json").status_code == 200
    finally:
        page_cache().delete(AS_AT_LOCK)
    assert client.get("/open-data/popolo.json", {"as_at": APRIL_2021}).status_code == 200
    # Made, and the lock freed: the next day's file is made at once too.
    rows = _csv(client.get("/open-data/parties.csv", {"as_at": APRIL_2023}))
    assert len(rows) > 1
