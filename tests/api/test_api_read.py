"""The read-only API: answers, filters, paging, scoping, JSON errors and query counts."""

from __future__ import annotations

import pytest
from django.contrib.staticfiles import finders
from django.db import connection
from django.test.utils import CaptureQueriesContext

from accord.accounts.models import User
from accord.api.tokens import api_token_create
from accord.approvals.models import Meeting
from accord.demo.loader import demo_load, read_demo_file

pytestmark = pytest.mark.django_db


def bearer(user) -> dict:
    _, token = api_token_create(user=user, name="tests")
    return {"HTTP_AUTHORIZATION": f"Bearer {token}"}


def test_organisations_carry_org_ids_and_former_names(client, demo):
    data = client.get("/api/organisations/thurrock-ccg").json()
    assert {"scheme": "GB-NHS", "code": "07G", "org_id": "GB-NHS-07G"} in data["identifiers"]
    assert data["kind"] == "nhs_commissioner"
    assert isinstance(data["other_names"], list)
    assert data["established_on"] is None and data["dissolved_on"] == "2022-06-30"
    assert client.get("/api/organisations/mse-icb").json()["established_on"] == "2022-07-01"


def test_lists_are_paged_with_a_total(client, demo):
    first = client.get("/api/organisations?limit=5").json()
    second = client.get("/api/organisations?limit=5&offset=5").json()
    assert first["count"] == second["count"] > 10
    assert len(first["items"]) == len(second["items"]) == 5
    assert not {o["slug"] for o in first["items"]} & {o["slug"] for o in second["items"]}


def test_filters_and_ordering(client, demo):
    trusts = client.get("/api/organisations?kind=nhs_trust&ordering=-name").json()["items"]
    assert trusts and {o["kind"] for o in trusts} == {"nhs_trust"}
    names = [o["name"] for o in trusts]
    assert names == sorted(names, reverse=True)
    places = client.get("/api/bodies?level=place").json()["items"]
    assert places and {b["level"] for b in places} == {"place"}
    owned = client.get("/api/agreements?body=bf-partnership&status=sign_up").json()["items"]
    assert [a["slug"] for a in owned] == ["childrens-mou"]


def test_a_body_shows_reporting_lines_and_member_organisations(client, demo):
    data = client.get("/api/bodies/bf-partnership").json()
    assert {"from_body": "bf-partnership", "to_body": "hwb"}.items() <= next(
        line for line in data["reporting_lines"] if line["to_body"] == "hwb"
    ).items()
    assert "healthwatch-thurrock" in {m["organisation"] for m in data["memberships"]}


def test_an_agreement_has_versions_sections_parties_steps_and_signatures(client, demo):
    versions = client.get("/api/agreements/childrens-mou/versions").json()
    assert versions and all(v["published_at"] for v in versions)
    text = client.get(f"/api/agreements/childrens-mou/versions/{versions[0]['number']}").json()
    assert "Overarching Principles of the MOU" in {s["heading"] for s in text["sections"]}
    parties = client.get("/api/agreements/childrens-mou/parties").json()
    assert len(parties) == 16 and {p["status"] for p in parties} <= {
        "pending",
        "signed",
        "declined",
    }
    steps = client.get("/api/agreements/childrens-mou/approval-steps").json()
    assert steps[0]["action"] == "agree"
    assert client.get("/api/agreements/childrens-mou/signatures").status_code == 200


def test_the_public_sees_only_public_agreements_and_members_see_theirs(client, demo_accounts):
    public = {a["slug"] for a in client.get("/api/agreements").json()["items"]}
    assert "childrens-mou" in public and "alliance-mou" not in public
    assert client.get("/api/agreements/alliance-mou").status_code == 404
    officer = User.objects.get(email="officer@example.org")
    headers = bearer(officer)
    mine = {a["slug"] for a in client.get("/api/agreements", **headers).json()["items"]}
    assert "alliance-mou" in mine
    assert client.get("/api/agreements/alliance-mou", **headers).status_code == 200


def test_private_meetings_are_hidden_from_the_public(client, demo_accounts):
    private = Meeting.objects.get(public=False)  # the Brighter Futures board meeting
    listed = {m["id"] for m in client.get("/api/meetings?limit=100").json()["items"]}
    assert private.pk not in listed
    assert client.get(f"/api/meetings/{private.pk}").status_code == 404
    admin = User.objects.get(email="admin@example.org")
    assert client.get(f"/api/meetings/{private.pk}", **bearer(admin)).status_code == 200


def test_a_meeting_lists_its_agenda_and_decisions(client, demo):
    meeting = Meeting.objects.filter(public=True, items__isnull=False).first()
    data = client.get(f"/api/meetings/{meeting.pk}").json()
    assert data["items"] and data["body"] == meeting.body.slug


def test_errors_are_json_and_name_the_field(client, demo):
    response = client.get("/api/organisations?limit=0&ordering=colour")
    assert response.status_code == 422
    body = response.json()
    assert {e["field"] for e in body["errors"]} == {"limit", "ordering"}
    assert "limit" in body["message"]
    missing = client.get("/api/organisations/no-such-organisation")
    assert missing.status_code == 404 and "slug" in missing.json()["message"]
    assert client.get("/api/meetings/0").status_code == 422


def test_a_wrong_token_is_refused_with_json(client, demo):
    response = client.get("/api/agreements", HTTP_AUTHORIZATION="Bearer nonsense")
    assert response.status_code == 401
    assert "token" in response.json()["message"]


def test_docs_and_schema_are_served_by_the_app_without_a_cdn(client, demo):
    docs = client.get("/api/docs").content.decode()
    assert "<script" not in docs.replace('<script type="module" src=', "").replace(
        "<script src=", ""
    )
    assert "cdn" not in docs.lower() and "https://" not in docs
    assert not finders.find("ninja/swagger-ui-bundle.js")  # Swagger UI is not served at all
    schema = client.get("/api/openapi.json").json()
    assert schema["openapi"].startswith("3.")
    assert "/api/agreements/{slug}/parties" in schema["paths"]
    # Every operation, its parameters and its responses are on the page.
    for path, methods in schema["paths"].items():
        for method, operation in methods.items():
            assert f"{method.upper()}</strong> <code>{path}</code>" in docs
            for parameter in operation.get("parameters", []):
                assert f"<code>{parameter['name']}</code>" in docs
    for name in schema["components"]["schemas"]:
        assert f'id="schema-{name.lower()}"' in docs


LISTS = [
    "/api/organisations?limit=100",
    "/api/areas?limit=100",
    "/api/bodies?limit=100",
    "/api/agreements?limit=100",
    "/api/meetings?limit=100",
    "/api/bodies/bf-partnership",
    "/api/agreements/childrens-mou/parties",
    "/api/agreements/childrens-mou/approval-steps",
    "/api/agreements/childrens-mou/signatures",
    "/api/agreements/childrens-mou/versions",
]


def _counts(client, headers) -> dict[str, tuple[int, int]]:
    counts = {}
    for url in LISTS:
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url, **headers)
        assert response.status_code == 200, url
        body = response.json()
        size = len(body["items"] if isinstance(body, dict) and "items" in body else body)
        counts[url] = (len(queries), size)
    return counts


@pytest.mark.parametrize("persona", ["anonymous", "officer@example.org"])
def test_query_counts_do_not_grow_with_tenfold_data(client, demo_accounts, persona):
    user = User.objects.filter(email=persona).first()
    headers = bearer(user) if user else {}
    small = _counts(client, headers)
    data = read_demo_file()
    for copy in range(1, 10):
        demo_load(copy=copy, data=data)
    large = _counts(client, headers)
    grown = [url for url in LISTS if "?" in url and large[url][1] > small[url][1]]
    assert grown, "the tenfold data should make some lists longer"
    assert {url: q for url, (q, _) in large.items()} == {url: q for url, (q, _) in small.items()}
