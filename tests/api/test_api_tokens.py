"""Personal API tokens: made and revoked on the user's page, acting as that user."""

from __future__ import annotations

import hashlib
import re

import pytest

from accord.accounts.models import User
from accord.agreements.models import Agreement
from accord.api.models import ApiToken
from accord.api.tokens import api_token_create
from accord.audit.models import AuditEntry

pytestmark = pytest.mark.django_db

PASSWORD = "accord-demo"


def sign_in(client, email: str) -> User:
    assert client.login(email=email, password=PASSWORD)
    return User.objects.get(email=email)


def test_a_token_is_shown_once_and_stored_only_as_a_hash(client, demo_accounts):
    user = sign_in(client, "member@example.org")
    html = client.post("/api/tokens/", {"name": "Dashboard"}).content.decode()
    token = re.search(r'<code id="new-token">([^<]+)</code>', html).group(1)
    row = ApiToken.objects.get(user=user)
    assert row.token_hash == hashlib.sha256(token.encode()).hexdigest()
    assert token not in {row.name, row.prefix, row.token_hash}
    assert token not in client.get("/api/tokens/").content.decode()
    assert AuditEntry.objects.filter(action="api.token.create").exists()


def test_the_form_says_what_is_missing(client, demo_accounts):
    sign_in(client, "member@example.org")
    html = client.post("/api/tokens/", {"name": ""}).content.decode()
    assert "Enter what the token is for" in html
    assert not ApiToken.objects.exists()


def test_a_token_acts_as_its_user_and_records_last_use(client, demo_accounts):
    officer = User.objects.get(email="officer@example.org")
    row, token = api_token_create(user=officer, name="script")
    assert row.last_used_at is None
    slugs = {
        a["slug"]
        for a in client.get("/api/agreements", HTTP_AUTHORIZATION=f"Bearer {token}").json()["items"]
    }
    assert "alliance-mou" in slugs
    row.refresh_from_db()
    assert row.last_used_at is not None


def test_a_revoked_token_stops_working(client, demo_accounts):
    user = sign_in(client, "officer@example.org")
    row, token = api_token_create(user=user, name="old")
    response = client.post(f"/api/tokens/{row.pk}/revoke/", follow=True)
    assert "no longer works" in response.content.decode()
    row.refresh_from_db()
    assert row.revoked_at is not None
    client.logout()
    response = client.get("/api/agreements", HTTP_AUTHORIZATION=f"Bearer {token}")
    assert response.status_code == 401


def test_nobody_can_revoke_another_persons_token(client, demo_accounts):
    officer = User.objects.get(email="officer@example.org")
    row, _ = api_token_create(user=officer, name="theirs")
    sign_in(client, "member@example.org")
    assert client.post(f"/api/tokens/{row.pk}/revoke/").status_code == 404
    row.refresh_from_db()
    assert row.revoked_at is None


def test_an_officer_starts_a_draft_through_the_api_and_it_is_audited(client, demo_accounts):
    officer = User.objects.get(email="officer@example.org")
    _, token = api_token_create(user=officer, name="writer")
    payload = {
        "title": "Data sharing for early help",
        "kind": "data_sharing",
        "owning_body": "bf-partnership",
    }
    response = client.post(
        "/api/agreements",
        payload,
        content_type="application/json",
        HTTP_AUTHORIZATION=f"Bearer {token}",
    )
    assert response.status_code == 201, response.content
    created = Agreement.objects.get(slug=response.json()["slug"])
    assert created.status == "draft" and created.owning_body.slug == "bf-partnership"
    assert AuditEntry.objects.filter(object_id=str(created.pk), actor=officer).exists()


def test_writing_needs_a_token_and_the_right_role(client, demo_accounts):
    payload = {"title": "Not allowed", "kind": "mou", "owning_body": "bf-partnership"}
    anonymous = client.post("/api/agreements", payload, content_type="application/json")
    assert anonymous.status_code == 401
    member = User.objects.get(email="member@example.org")
    _, token = api_token_create(user=member, name="member")
    refused = client.post(
        "/api/agreements",
        payload,
        content_type="application/json",
        HTTP_AUTHORIZATION=f"Bearer {token}",
    )
    assert refused.status_code == 403 and refused.json()["message"]
    assert not Agreement.objects.filter(title="Not allowed").exists()


def test_a_bad_payload_names_the_field(client, demo_accounts):
    officer = User.objects.get(email="officer@example.org")
    _, token = api_token_create(user=officer, name="writer")
    response = client.post(
        "/api/agreements",
        {"title": "A fine title", "kind": "treaty", "owning_body": "bf-partnership"},
        content_type="application/json",
        HTTP_AUTHORIZATION=f"Bearer {token}",
    )
    assert response.status_code == 422
    assert [e["field"] for e in response.json()["errors"]] == ["kind"]
