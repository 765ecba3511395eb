"""The drafting pages: who may post to them, conflicts shown, errors per line, escaping."""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext

from accord.accounts.models import User
from accord.agreements.models import Agreement
from accord.agreements.services import drafting
from accord.governance.models import Body

pytestmark = pytest.mark.django_db

PASSWORD = "accord-demo"


@pytest.fixture
def officer_client(client, demo_accounts):
    assert client.login(email="officer@example.org", password=PASSWORD)
    return client


def _new(client, **fields) -> Agreement:
    body = Body.objects.get(slug="bf-partnership")
    data = {
        "start": "template",
        "title": "Draft MOU",
        "kind": "mou",
        "owning_body": body.pk,
    } | fields
    response = client.post("/agreements/new/", data)
    assert response.status_code == 302, response.content.decode()[:2000]
    return Agreement.objects.get(title=data["title"])


def test_an_officer_adapts_the_childrens_mou(officer_client):
    page = officer_client.get("/agreements/new/?adapt=childrens-mou").content.decode()
    assert 'value="childrens-mou"' in page
    agreement = _new(officer_client, start="adapt", adapt_from="childrens-mou", title="Adapted MOU")
    assert agreement.adapted_from.slug == "childrens-mou"
    page = officer_client.get(f"/agreements/{agreement.slug}/compare/?lineage=1").content.decode()
    assert "Unchanged" in page and "Compare" in page


def test_adapting_an_unknown_agreement_is_a_form_error(officer_client):
    body = Body.objects.get(slug="bf-partnership")
    response = officer_client.post(
        "/agreements/new/",
        {
            "start": "adapt",
            "adapt_from": "nothing-here",
            "title": "X",
            "kind": "mou",
            "owning_body": body.pk,
        },
    )
    assert response.status_code == 200
    assert "Choose the agreement to adapt from the list." in response.content.decode()


def test_the_conflict_page_shows_both_texts(officer_client):
    agreement = _new(officer_client)
    section = drafting.current_draft(agreement).sections.get(number="1")
    url = f"/agreements/{agreement.slug}/draft/sections/{section.pk}/"
    officer_client.post(url, {"heading": "Introduction", "text": "Saved first", "revision": 0})
    response = officer_client.post(
        url, {"heading": "Introduction", "text": "Typed second", "revision": 0}
    )
    page = response.content.decode()
    assert response.status_code == 200
    assert "Someone else saved this draft" in page
    assert "Saved first" in page and "Typed second" in page
    assert 'name="revision" value="1"' in page


def test_section_text_with_markup_is_shown_as_text(officer_client):
    agreement = _new(officer_client)
    section = drafting.current_draft(agreement).sections.get(number="1")
    hostile = '<script>alert("x")</script><img src=x onerror=alert(1)>'
    officer_client.post(
        f"/agreements/{agreement.slug}/draft/sections/{section.pk}/",
        {"heading": hostile, "text": hostile, "revision": 0},
    )
    for url in (f"/agreements/{agreement.slug}/draft/", f"/agreements/{agreement.slug}/"):
        page = officer_client.get(url).content.decode()
        assert "<script>alert" not in page and "<img src=x" not in page
        assert "&lt;script&gt;" in page


def test_csv_upload_lists_each_bad_line(officer_client):
    agreement = _new(officer_client)
    upload = SimpleUploadedFile(
        "parties.csv",
        b"Thurrock Council,Local Authorities\nAcme Widgets,Other\n",
        content_type="text/csv",
    )
    response = officer_client.post(
        f"/agreements/{agreement.slug}/parties/import/", {"file": upload}
    )
    page = response.content.decode()
    assert response.status_code == 200
    assert "Line 2:" in page and "Acme Widgets" in page and "Nothing was added" in page
    assert agreement.parties.count() == 0


def test_people_without_the_role_cannot_post_changes(client, demo_accounts):
    agreement = Agreement.objects.get(slug="alliance-mou")
    assert client.login(email="member@example.org", password=PASSWORD)
    for url in (
        f"/agreements/{agreement.slug}/draft/publish/",
        f"/agreements/{agreement.slug}/status/",
        f"/agreements/{agreement.slug}/parties/",
        f"/agreements/{agreement.slug}/route/",
    ):
        assert (
            client.post(url, {"label": "x", "revision": 0, "to": "withdrawn"}).status_code == 403
        ), url
    agreement.refresh_from_db()
    assert agreement.status == "consultation"


def test_a_refused_status_change_is_explained_on_the_page(officer_client):
    agreement = _new(officer_client)
    page = officer_client.get(f"/agreements/{agreement.slug}/draft/").content.decode()
    assert "Publish a version first" in page
    response = officer_client.post(
        f"/agreements/{agreement.slug}/status/", {"to": "approval"}, follow=True
    )
    assert "Publish a version first" in response.content.decode()
    agreement.refresh_from_db()
    assert agreement.status == "draft"


def _count(client, url) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_draft_page_queries_do_not_grow_with_sections(officer_client):
    agreement = _new(officer_client)
    url = f"/agreements/{agreement.slug}/draft/"
    small = _count(officer_client, url)
    for n in range(30):
        drafting.section_add(
            actor=User.objects.get(email="officer@example.org"),
            agreement=agreement,
            heading=f"Extra {n}",
            text="Text",
            revision=drafting.current_draft(agreement).revision,
        )
    assert _count(officer_client, url) == small
    for url in (
        f"/agreements/{agreement.slug}/",
        f"/agreements/{agreement.slug}/compare/",
        f"/agreements/{agreement.slug}/history/",
        f"/agreements/{agreement.slug}/parties/",
    ):
        assert _count(officer_client, url) <= 30, url
