"""Cached public pages change at once with every kind of fact they show, and are never
shared with someone signed in. Each case caches a page (a miss, then a hit), changes
one fact the way Accord changes it (a service, or a bulk update the services also use),
and asserts the very next request is made anew and shows the change."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import threading

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from accord.accounts.models import User
from accord.agreements.models import Agreement
from accord.agreements.services.parties import party_add
from accord.approvals.models import AgendaItem, Meeting
from accord.approvals.services import agenda_item_add, decision_record, meeting_create
from accord.caching import freshness, pages
from accord.caching.models import Change
from accord.demo.loader import demo_load
from accord.governance.models import Body, OrganisationMembership
from accord.organisations.models import Organisation
from accord.signing.models import AuthorisedSignatory
from accord.signing.services import invitations, signatures
from tests.organisations.factories import OrganisationFactory
from tests.second_factor import login_fully

pytestmark = pytest.mark.django_db
CACHE = pages.HEADER


@pytest.fixture
def admin(demo):
    return User.objects.create_superuser(email="root@example.org", password="x")


def _cached(client, url: str) -> str:
    """Cache ``url``: made once, then served from the cache unchanged."""
    first = client.get(url)
    assert first.status_code == 200 and first[CACHE] == "miss", url
    second = client.get(url)
    assert second[CACHE] == "hit" and second.content == first.content, url
    return second.content.decode()


def _after_change(client, url: str) -> str:
    response = client.get(url)
    assert response.status_code == 200 and response[CACHE] == "miss", url
    return response.content.decode()


def test_an_agreement_status_changed_by_a_bulk_update_shows_at_once(client, demo):
    url = "/agreements/childrens-mou/"
    assert "Open for sign-up" in _cached(client, url)
    Agreement.objects.filter(slug="childrens-mou").update(status="under_review")
    assert "Under review" in _after_change(client, url)


def test_a_signature_shows_at_once_on_the_agreement_and_its_sign_up_table(
    client, admin, mailoutbox
):
    agreement = Agreement.objects.get(slug="childrens-mou")
    party = agreement.parties.order_by("order").first()
    signatory = User.objects.create_user(email="ceo@example.org", password="x")
    AuthorisedSignatory.objects.create(
        organisation=party.organisation, user=signatory, post="Chief Executive", authority="4.2"
    )
    invitations.signing_open(actor=admin, agreement=agreement)
    token = re.search(r"/sign-up/sign/([\w-]+)/", mailoutbox[-1].body).group(1)
    urls = ["/agreements/childrens-mou/", "/sign-up/agreements/childrens-mou/"]
    for url in urls:
        assert "Grace Signer" not in _cached(client, url)
    signatures.sign_with_link(
        token=token,
        full_name="Grace Signer",
        post="Chief Executive",
        decision="signed",
        context=signatures.Context(ip_address="127.0.0.1", user_agent="pytest"),
    )
    assert "Grace Signer" in _after_change(client, "/sign-up/agreements/childrens-mou/")
    assert "1 of 16 parties signed" in _after_change(client, "/agreements/childrens-mou/")


def test_a_new_party_shows_on_the_agreement_and_on_its_organisation(client, admin):
    newcomer = OrganisationFactory(name="Riverside Community Trust")
    agreement_url, organisation_url = "/agreements/childrens-mou/", newcomer.get_absolute_url()
    assert "Riverside Community Trust" not in _cached(client, agreement_url)
    assert "Children" not in _cached(client, organisation_url).split("<main", 1)[1]
    party_add(
        actor=admin,
        agreement=Agreement.objects.get(slug="childrens-mou"),
        organisation=newcomer,
        category="Other Partners",
    )
    assert "Riverside Community Trust" in _after_change(client, agreement_url)
    assert "/agreements/childrens-mou/" in _after_change(client, organisation_url)


def test_a_body_renamed_shows_on_its_page_its_agreements_the_list_and_the_map(client, demo):
    urls = ["/bodies/bf-partnership/", "/agreements/childrens-mou/", "/bodies/", "/map/"]
    for url in urls:
        _cached(client, url)
    body = Body.objects.get(slug="bf-partnership")
    body.name = "Brighter Futures Partnership Board"
    body.save()
    for url in urls:
        assert "Brighter Futures Partnership Board" in _after_change(client, url), url


def test_a_new_membership_shows_on_the_body_page(client, demo):
    url = "/bodies/bf-partnership/"
    newcomer = OrganisationFactory(name="Grays Riverside Foodbank")
    assert "Grays Riverside Foodbank" not in _cached(client, url)
    OrganisationMembership.objects.create(
        body=Body.objects.get(slug="bf-partnership"), organisation=newcomer
    )
    assert "Grays Riverside Foodbank" in _after_change(client, url)


def test_an_organisation_renamed_shows_wherever_it_is_named(client, demo):
    urls = [
        "/organisations/thurrock-council/",
        "/agreements/childrens-mou/",  # a party
        "/bodies/bf-partnership/",  # a member
        "/organisations/?q=Thurrock",
    ]
    for url in urls:
        _cached(client, url)
    organisation = Organisation.objects.get(slug="thurrock-council")
    organisation.name = "Thurrock Borough Council"
    organisation.save()
    for url in urls:
        assert "Thurrock Borough Council" in _after_change(client, url), url


def test_an_agreement_becoming_public_shows_on_its_parties_organisation_pages(client, demo):
    """The organisation page lists only public agreements: a change of the agreement,
    not of the party row, changes it (the triggers' fan-out)."""
    url = "/organisations/thurrock-council/"
    assert "/agreements/alliance-mou/" not in _cached(client, url)
    agreement = Agreement.objects.get(slug="alliance-mou")
    if not agreement.parties.filter(organisation__slug="thurrock-council").exists():
        agreement.parties.create(
            organisation=Organisation.objects.get(slug="thurrock-council"),
            category="Local Authorities",
            order=99,
        )
        _cached(client, url)
    Agreement.objects.filter(pk=agreement.pk).update(status="in_force")
    assert "/agreements/alliance-mou/" in _after_change(client, url)


def test_a_new_meeting_and_its_decision_show_on_the_body_meeting_and_lists(client, admin):
    body = Body.objects.get(slug="hwb")
    for url in ["/bodies/hwb/", "/meetings/"]:
        assert "Extraordinary meeting" not in _cached(client, url)
    meeting = meeting_create(
        actor=admin, body=body, title="Extraordinary meeting", date=dt.date(2024, 3, 1)
    )
    for url in ["/bodies/hwb/", "/meetings/"]:
        assert "Extraordinary meeting" in _after_change(client, url), url
    item = agenda_item_add(actor=admin, meeting=meeting, title="Pharmacy needs assessment")
    meeting_url = f"/meetings/{meeting.pk}/"
    assert "The board agreed the assessment" not in _cached(client, meeting_url)
    decision_record(
        actor=admin, item=item, outcome="noted", minute="The board agreed the assessment."
    )
    assert "The board agreed the assessment" in _after_change(client, meeting_url)


def test_open_data_files_are_made_once_and_again_after_a_change(client, demo):
    def rows() -> list[list[str]]:
        response = client.get("/open-data/organisations.csv")
        return list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))

    first = rows()
    with CaptureQueriesContext(connection) as queries:
        assert rows() == first
    assert len(queries) <= 2  # the cache entry and the change log; not the register
    Organisation.objects.filter(slug="thurrock-council").update(name="Thurrock Unitary Council")
    assert any("Thurrock Unitary Council" in row for row in rows())


def test_a_signed_in_person_never_gets_or_leaves_a_cached_page(client, admin):
    url = "/agreements/childrens-mou/"
    _cached(client, url)
    login_fully(client, admin)
    response = client.get(url)
    assert pages.HEADER not in response  # made for them, not looked up, not kept
    assert "Sign out" in response.content.decode()
    client.logout()
    anonymous = client.get(url)
    assert anonymous[CACHE] == "hit" and "Sign out" not in anonymous.content.decode()


def test_a_page_that_sets_a_cookie_is_never_kept(client, demo):
    # The sign-in page puts a CSRF token in its form and sets its cookie: never shared.
    pages.CACHED_PAGES["accounts:login"] = pages.TABLES
    try:
        first = client.get("/accounts/sign-in/")
        assert first.cookies and first[CACHE] == "miss"
        assert client.get("/accounts/sign-in/")[CACHE] == "miss"
    finally:
        del pages.CACHED_PAGES["accounts:login"]


def test_every_tracked_table_has_its_triggers(demo):
    from accord.caching.triggers import tracked_tables

    tables = tracked_tables()
    assert {"agreements_party", "signing_signature", "approvals_decision"} <= set(tables)
    for table in tables:
        before = Change.objects.count()
        with connection.cursor() as cursor:
            cursor.execute(
                f'UPDATE "{table}" SET id = id WHERE id IN (SELECT MIN(id) FROM "{table}")'
            )
            updated = cursor.rowcount
        if updated:
            assert (
                Change.objects.count() > before or Change.objects.filter(key=f"T:{table}").exists()
            ), table


def test_a_token_from_the_other_engine_counts_as_changed(demo):
    other = ["sqlite", 0] if connection.vendor == "postgresql" else ["postgresql", "1:1:", None, 0]
    assert freshness.changed_since(other, ["T:agreements_agreement"])
    assert not freshness.changed_since(freshness.current_token(), ["T:agreements_agreement"])


def test_the_change_log_is_pruned_after_a_day(demo):
    assert Change.objects.exists()
    assert freshness.prune(timezone.now()) == 0
    assert freshness.prune(timezone.now() + dt.timedelta(days=2)) > 0
    assert not Change.objects.exists()


def test_agenda_items_and_meetings_are_tracked_too(demo):
    meeting = Meeting.objects.order_by("pk").first()
    before = freshness.current_token()
    AgendaItem.objects.filter(meeting=meeting).update(title="Renamed item")
    assert freshness.changed_since(before, [f"approvals_meeting:{meeting.pk}"])


@pytest.mark.django_db(transaction=True)
def test_a_change_committed_by_another_connection_is_seen_at_once(client):
    """As on another app server: the change commits on a connection of its own."""
    demo_load()
    url = "/bodies/bf-partnership/"
    _cached(client, url)

    def rename_elsewhere():
        try:
            Body.objects.filter(slug="bf-partnership").update(name="Renamed on another server")
        finally:
            connection.close()

    worker = threading.Thread(target=rename_elsewhere)
    worker.start()
    worker.join()
    assert "Renamed on another server" in _after_change(client, url)
