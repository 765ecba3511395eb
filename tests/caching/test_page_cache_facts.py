"""Each kind of fact, changed once: every cached public page and open-data file that shows
it is made anew by the very next request, and shows the change. And what one permission
scope may see is never served from, or left in, the cache for another.

Each case caches its pages and files first (a miss, then a hit served unchanged), then
changes one fact the way Accord changes it, then asserts each page is a miss showing the
new text and each file holds it."""

from __future__ import annotations

import csv
import io

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from accord.accounts.models import User
from accord.agreements.models import Agreement, Party
from accord.agreements.services.drafting import draft_start, section_update
from accord.agreements.services.parties import party_add
from accord.agreements.services.versions import agreement_publish_version
from accord.caching import pages
from accord.governance.models import Area, Body
from accord.organisations.models import Organisation
from tests.organisations.factories import OrganisationFactory
from tests.second_factor import login_fully

pytestmark = pytest.mark.django_db
CACHE = pages.HEADER


@pytest.fixture
def admin(demo):
    return User.objects.create_superuser(email="root@example.org", password="x")


def _page(client, url: str) -> str:
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


def _file(client, url: str) -> str:
    response = client.get(url)
    assert response.status_code == 200, url
    return b"".join(response.streaming_content).decode()


def _cache_all(client, page_urls: list[str], file_urls: list[str]) -> dict[str, str]:
    before = {}
    for url in page_urls:
        first = client.get(url)
        assert first.status_code == 200 and first[CACHE] in {"miss", "hit"}, url
        second = client.get(url)
        assert second[CACHE] == "hit" and second.content == first.content, url
        before[url] = second.content.decode()
    for url in file_urls:
        first = _file(client, url)
        with CaptureQueriesContext(connection) as queries:
            assert _file(client, url) == first, url
        # Served from the stored file: the cache entry and the change log, not the register.
        assert len(queries) <= 2, (url, [q["sql"][:80] for q in queries.captured_queries])
        before[url] = first
    return before


def _assert_changed(client, page_urls, file_urls, before, new_text: str) -> None:
    for url in page_urls:
        response = client.get(url)
        assert response.status_code == 200 and response[CACHE] == "miss", url
        html = response.content.decode()
        assert new_text in html and html != before[url], url
    for url in file_urls:
        text = _file(client, url)
        assert new_text in text and text != before[url], url


def _rows(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text)))


def test_an_agreement_renamed_and_moved_on(client, demo):
    page_urls = ["/agreements/childrens-mou/", "/agreements/", "/organisations/thurrock-council/"]
    file_urls = ["/open-data/parties.csv"]
    before = _cache_all(client, page_urls, file_urls)
    Agreement.objects.filter(slug="childrens-mou").update(
        short_title="Children and Families Compact"
    )
    _assert_changed(client, page_urls, [], before, "Children and Families Compact")
    page_urls = page_urls[:2]  # the organisation page names no status
    before = _cache_all(client, page_urls, file_urls)
    Agreement.objects.filter(slug="childrens-mou").update(status="under_review")
    _assert_changed(client, page_urls, file_urls, before, "Under review")


def test_a_new_version_published(client, admin):
    agreement = Agreement.objects.get(slug="childrens-mou")
    page_urls = ["/agreements/childrens-mou/"]
    before = _cache_all(client, page_urls, [])
    draft = draft_start(actor=admin, agreement=agreement)
    section = draft.sections.order_by("order").first()
    section_update(
        actor=admin,
        section=section,
        heading=section.heading,
        text="Every partner shares safeguarding referrals within one working day.",
        revision=draft.revision,
    )
    draft.refresh_from_db()
    agreement_publish_version(
        actor=admin, agreement=agreement, label="Refreshed text", revision=draft.revision
    )
    _assert_changed(client, page_urls, [], before, "within one working day")


def test_a_party_added(client, admin):
    newcomer = OrganisationFactory(name="Riverside Community Trust")
    page_urls = ["/agreements/childrens-mou/", "/sign-up/agreements/childrens-mou/"]
    file_urls = ["/open-data/parties.csv"]
    before = _cache_all(client, page_urls, file_urls)
    party_add(
        actor=admin,
        agreement=Agreement.objects.get(slug="childrens-mou"),
        organisation=newcomer,
        category="Other Partners",
    )
    _assert_changed(client, page_urls, file_urls, before, "Riverside Community Trust")


def test_a_party_signing_changes_its_status_everywhere(client, demo):
    party = Party.objects.filter(agreement__slug="childrens-mou").order_by("order").first()
    page_urls = ["/agreements/childrens-mou/", "/sign-up/agreements/childrens-mou/"]
    file_urls = ["/open-data/parties.csv"]
    before = _cache_all(client, page_urls, file_urls)
    signed_before = sum(row[6] == "Signed" for row in _rows(before["/open-data/parties.csv"]))
    # The signing service's own last step (tests/caching/test_page_cache.py signs through the link).
    Party.objects.filter(pk=party.pk).update(status="signed")
    rows = _rows(_file(client, "/open-data/parties.csv"))
    assert sum(row[6] == "Signed" for row in rows) == signed_before + 1
    for url in page_urls:
        response = client.get(url)
        assert response[CACHE] == "miss" and response.content.decode() != before[url], url


def test_a_body_renamed(client, demo):
    page_urls = ["/bodies/bf-partnership/", "/bodies/", "/agreements/childrens-mou/"]
    file_urls = ["/open-data/bodies.csv", "/open-data/memberships.csv"]
    before = _cache_all(client, page_urls, file_urls)
    Body.objects.filter(slug="bf-partnership").update(name="Brighter Futures Board")
    _assert_changed(client, page_urls, file_urls, before, "Brighter Futures Board")


def test_an_organisation_renamed(client, demo):
    page_urls = ["/organisations/thurrock-council/", "/organisations/", "/bodies/hwb/"]
    file_urls = ["/open-data/organisations.csv", "/open-data/memberships.csv"]
    before = _cache_all(client, page_urls, file_urls)
    organisation = Organisation.objects.get(slug="thurrock-council")
    organisation.name = "Thurrock Borough Council"
    organisation.save()
    _assert_changed(client, page_urls, file_urls, before, "Thurrock Borough Council")


def test_an_area_renamed(client, demo):
    page_urls = ["/areas/thurrock/", "/areas/", "/bodies/hwb/", "/areas/thurrock/map/"]
    file_urls = ["/open-data/bodies.csv", "/open-data/organisations.csv"]
    before = _cache_all(client, page_urls, file_urls)
    Area.objects.filter(slug="thurrock").update(name="Thurrock and Tilbury")
    _assert_changed(client, page_urls, file_urls, before, "Thurrock and Tilbury")


def test_a_page_only_a_signed_in_officer_may_see_never_reaches_the_public(client, admin):
    """A draft agreement: the officer sees it, the public is sent to sign in, and neither
    page is kept, before or after the other asked; nor does the draft reach the open data."""
    url = "/agreements/alliance-agreement/"
    assert Agreement.objects.get(slug="alliance-agreement").status == "draft"
    assert client.get(url).status_code == 302  # to the sign-in page
    login_fully(client, admin)
    seen = client.get(url)
    assert seen.status_code == 200 and CACHE not in seen
    client.logout()
    for _ in range(2):
        refused = client.get(url)
        assert refused.status_code == 302 and refused[CACHE] == "miss"
        assert "alliance" not in refused.content.decode().lower()
    assert "alliance-agreement" not in _file(client, "/open-data/parties.csv")
    # A public page cached for the public is never what the officer gets, nor the reverse.
    public_url = "/agreements/childrens-mou/"
    public = client.get(public_url)
    assert public[CACHE] == "miss"
    login_fully(client, admin)
    mine = client.get(public_url)
    assert CACHE not in mine and "Sign out" in mine.content.decode()
    client.logout()
    again = client.get(public_url)
    assert again[CACHE] == "hit" and again.content == public.content
