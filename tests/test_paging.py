"""Long lists cost what a page shows: totals are counted only so far, the agreement page
lists its first parties, and the sign-up table pages through every party."""

from __future__ import annotations

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from accord.agreements.models import Party
from accord.agreements.views import read
from accord.core import pagination
from accord.organisations.models import Organisation
from accord.signing import views as signing_views

pytestmark = pytest.mark.django_db


def _links(html: str) -> dict[str, str]:
    found = {}
    for rel in ("prev", "next"):
        match = re.search(rf'href="([^"]+)" rel="{rel}"', html)
        if match:
            found[rel] = match.group(1).replace("&amp;", "&")
    return found


def test_a_long_list_counts_only_so_far_and_every_row_is_reached_by_next(
    client, demo, settings, monkeypatch, page_cache_off
):
    settings.ACCORD_PAGE_SIZE = 4
    monkeypatch.setattr(pagination, "COUNT_UP_TO", 10)
    total = Organisation.objects.count()
    assert total > 12, total

    html = client.get("/organisations/").content.decode()
    assert "More than 10 organisations" in html
    assert "Page 1</p>" in html  # no "of": the last page is not known yet

    seen, url, pages = [], "/organisations/", 0
    while url:
        html = client.get(url).content.decode()
        seen += re.findall(r'href="/organisations/([\w-]+)/"', html.split("<main", 1)[1])
        url = _links(html).get("next", "")
        url = f"/organisations/{url}" if url else ""
        pages += 1
        assert pages <= total, "Next never ran out"
    assert sorted(seen) == sorted(Organisation.objects.values_list("slug", flat=True))
    # On the last page everything up to it has been counted, so the total is exact.
    assert f"{total} organisations" in html and f"of {pages}</p>" in html


def test_the_count_reads_no_further_than_it_shows(
    client, demo, settings, monkeypatch, page_cache_off
):
    settings.ACCORD_PAGE_SIZE = 2
    monkeypatch.setattr(pagination, "COUNT_UP_TO", 3)
    with CaptureQueriesContext(connection) as queries:
        client.get("/organisations/")
    counts = [q["sql"] for q in queries.captured_queries if "COUNT(" in q["sql"].upper()]
    assert len(counts) == 1
    assert re.search(r"LIMIT 4\b", counts[0]), counts[0]
    assert "ORDER BY" not in counts[0].upper()  # counting needs no sort


def test_a_small_list_keeps_its_exact_total(client, demo, page_cache_off):
    html = client.get("/agreements/?status=sign_up").content.decode()
    assert "1 agreement" in html and "More than" not in html


def test_the_agreement_page_lists_its_first_parties_and_links_to_them_all(
    client, demo, monkeypatch, page_cache_off
):
    monkeypatch.setattr(read, "AGREEMENT_PAGE_PARTIES", 5)
    parties = Party.objects.filter(agreement__slug="childrens-mou").current()
    total = parties.count()
    assert total > 5
    html = client.get("/agreements/childrens-mou/").content.decode()
    main = html.split('id="parties"', 1)[1].split('id="route"', 1)[0]
    assert main.count('<tr class="govuk-table__row"><td') == 5
    assert f"first 5 of {total} parties" in main
    assert f'href="/sign-up/agreements/childrens-mou/">All {total} parties' in main


def test_the_sign_up_table_pages_through_every_party_once(
    client, demo, monkeypatch, page_cache_off
):
    monkeypatch.setattr(signing_views, "SIGN_UP_ROWS", 3)
    expected = sorted(
        Party.objects.filter(agreement__slug="childrens-mou")
        .current()
        .values_list("organisation__slug", flat=True)
    )
    seen, url, pages = [], "/sign-up/agreements/childrens-mou/", 0
    while url:
        html = client.get(url).content.decode()
        body = html.split("<main", 1)[1]
        rows = re.findall(
            r'<td class="govuk-table__cell">\s*<a class="govuk-link" href="/organisations/([\w-]+)/"',
            body,
        )
        assert 1 <= len(rows) <= 3
        seen += rows
        # Every page tells the whole table's progress, not the page's.
        assert f"of {len(expected)} parties signed" in body
        assert f"of {len(expected)}.</p>" in body
        next_link = _links(html).get("next")
        url = f"/sign-up/agreements/childrens-mou/{next_link}" if next_link else ""
        pages += 1
        assert pages <= len(expected)
    assert sorted(seen) == expected
    assert pages == -(-len(expected) // 3)


def test_a_page_of_the_sign_up_table_on_a_past_day_keeps_the_day(
    client, demo, monkeypatch, page_cache_off
):
    monkeypatch.setattr(signing_views, "SIGN_UP_ROWS", 3)
    html = client.get("/sign-up/agreements/childrens-mou/?on=2021-04-01").content.decode()
    next_link = _links(html)["next"]
    assert "on=2021-04-01" in next_link and "page=2" in next_link


def test_an_organisations_agreements_are_those_the_person_may_read(client, db, page_cache_off):
    """The organisation page's list joins each party to its agreement's status (not a
    subquery of every public agreement): a draft shows only to its members."""
    from tests.accounts.factories import RoleFactory, UserFactory
    from tests.agreements.factories import AgreementFactory, PartyFactory
    from tests.organisations.factories import OrganisationFactory

    organisation = OrganisationFactory()
    public = PartyFactory(organisation=organisation, agreement=AgreementFactory(status="in_force"))
    draft = PartyFactory(organisation=organisation, agreement=AgreementFactory(status="draft"))
    url = organisation.get_absolute_url()

    html = client.get(url).content.decode()
    assert public.agreement.get_absolute_url() in html
    assert draft.agreement.get_absolute_url() not in html

    member = UserFactory(password="pw-member-1")
    RoleFactory(user=member, body=draft.agreement.owning_body)
    client.force_login(member)
    html = client.get(url).content.decode()
    assert public.agreement.get_absolute_url() in html
    assert draft.agreement.get_absolute_url() in html
