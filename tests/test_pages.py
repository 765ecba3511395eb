"""Every read page: it answers, shows what it should, and its query count does not grow."""

from __future__ import annotations

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from accord.approvals.models import Meeting
from accord.demo.loader import demo_load, read_demo_file
from accord.demo.national import generate, parse_size
from tests.queue.workers import run_tasks_here

pytestmark = pytest.mark.django_db


def page_urls() -> dict[str, str]:
    meeting = Meeting.objects.order_by("pk").first()  # one of the demo meetings
    return {
        "home": "/",
        "agreement list": "/agreements/",
        "agreement list filtered": "/agreements/?status=sign_up&kind=mou",
        "agreement": "/agreements/childrens-mou/",
        "organisation list": "/organisations/",
        "organisation search": "/organisations/?q=CCG",
        "organisation": "/organisations/thurrock-council/",
        "body list": "/bodies/",
        "body": "/bodies/bf-partnership/",
        "area list": "/areas/",
        "area": "/areas/thurrock/",
        "map": "/map/",
        "area map": "/areas/thurrock/map/",
        "meeting list": "/meetings/",
        "meeting": f"/meetings/{meeting.pk}/",
        "sign-up table": "/sign-up/agreements/childrens-mou/",
        "version": "/agreements/childrens-mou/versions/1/",
        "open data": "/open-data/",
    }


def test_the_agreement_page_shows_summary_sections_parties_route_and_lineage(client, demo):
    html = client.get("/agreements/childrens-mou/").content.decode()
    for text in [
        "An integrated approach to Children&#x27;s Partnership Working",
        "Overarching Principles of the MOU",  # a section heading
        "NHS Service Providers",  # a party category
        "Essex Partnership University NHS Foundation Trust",
        "1 of 16 parties signed",  # Thurrock CCG, in 2020
        "No longer exists",  # ... and abolished in 2022: its successor is named
        "Succeeded by NHS Mid and South Essex Integrated Care Board on 1 July 2022",
        "Adapted from",  # lineage
        "Agree:",  # first step of the route
        "Equality between organisations",
        "sha256:",
    ]:
        assert text in html, text


def test_lineage_shows_both_ways(client, demo):
    html = client.get("/agreements/stp-mou/").content.decode()
    assert "Adapted into" in html and "/agreements/childrens-mou/" in html
    assert "text is not held" in html


def test_organisation_page_shows_identifiers_agreements_and_successor(client, demo):
    html = client.get("/organisations/thurrock-ccg/").content.decode()
    assert "GB-NHS-07G" in html
    assert "Successor" in html
    assert "/agreements/childrens-mou/" in html
    html = client.get("/organisations/mse-icb/").content.decode()
    assert re.search(r"Established</dt>\s*<dd[^>]*>1 July 2022</dd>", html)


def test_organisation_search_finds_abbreviations_and_codes(client, demo):
    assert "Essex Partnership University" in client.get("/organisations/?q=EPUT").content.decode()
    assert "NHS Thurrock" in client.get("/organisations/?q=07G").content.decode()
    assert "No organisations match" in client.get("/organisations/?q=zzzz").content.decode()


def test_body_page_shows_reporting_lines_both_ways_members_and_agreements(client, demo):
    html = client.get("/bodies/bf-partnership/").content.decode()
    assert "Thurrock Health and Wellbeing Board" in html  # reports to
    assert "Brighter Futures Early Help" in html  # reported to by
    assert "Healthwatch Thurrock" in html  # member
    assert "/agreements/childrens-mou/" in html


def test_governance_map_draws_bands_bodies_and_lines_and_lists_them(client, demo):
    html = client.get("/map/").content.decode()
    assert '<svg role="img"' in html
    for band in ("System", "Place", "Community"):
        assert f">{band}</text>" in html
    assert "Brighter Futures" in html.split("<svg", 1)[1].split("</svg>")[0]
    assert "reports to Thurrock Health and Wellbeing Board" in html  # the list view


def test_area_map_keeps_to_the_area(client, demo):
    html = client.get("/areas/thurrock-east/map/").content.decode()
    assert "Governance map of East locality" in html
    assert "Thurrock Alliance" not in html


def test_filters_narrow_the_agreement_list(client, demo):
    html = client.get("/agreements/?status=sign_up").content.decode()
    assert "1 agreement" in html and "Children&#x27;s Partnership MOU" in html
    html = client.get("/agreements/?organisation=thurrock-ccg").content.decode()
    assert "Children&#x27;s Partnership MOU" in html and "Alliance MOU" not in html


@pytest.mark.parametrize(
    "url",
    [
        "/nowhere/",
        "/agreements/no-such-agreement/",
        "/organisations/nobody/",
        "/bodies/nobody/",
        "/areas/nowhere/",
        "/areas/nowhere/map/",
        "/map/?area=nowhere",
        "/meetings/999999/",
        "/meetings/abc/",
    ],
)
def test_unknown_things_get_a_proper_404_page(client, demo, url):
    response = client.get(url)
    assert response.status_code == 404
    assert "Page not found" in response.content.decode()


@pytest.mark.parametrize(
    "url",
    [
        "/agreements/?page=999",
        "/agreements/?page=-1&status=<script>",
        "/organisations/?q=" + "x" * 5000,
        "/organisations/?q=%00",
        "/agreements/?body=%00&organisation=a%00b",
        "/map/?area=%00",
        "/bodies/?level=galaxy&page=abc",
    ],
)
def test_odd_query_strings_never_break_a_page(client, demo, url):
    response = client.get(url)
    assert response.status_code == 200
    assert "<script>" not in response.content.decode().split("<main", 1)[1]


def _query_counts(client, extra: dict[str, str] | None = None) -> dict[str, int]:
    # Each size starts with nothing kept (the maps' models, accord.caching.values), so
    # that both sizes do the same work: a kept model made at the first size and found
    # changed at the second costs one query more than none kept at all.
    from accord.caching import pages
    from accord.organisations import name_index

    pages.forget_in_this_process()
    name_index.forget_presence()  # the first search in a process looks for the index
    # Maps are drawn by the worker: draw them first, so each map page is counted as it is
    # served once its drawing is kept, at every size (not once queueing, once not).
    for name, url in page_urls().items():
        if "map" in name:
            client.get(url)
    run_tasks_here()
    # A map whose drawing was already kept was kept whole on the way: start again from none.
    pages.forget_in_this_process()
    counts = {}
    for name, url in {**page_urls(), **(extra or {})}.items():
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        assert response.status_code == 200, (name, url)
        counts[name] = len(queries)
    return counts


@pytest.fixture
def maps_in_parts(monkeypatch):
    """Maps drawn area by area at both sizes (the demo alone fits in one drawing), so the
    query counts compare like with like."""
    from accord.governance.maps import model

    monkeypatch.setattr(model, "MAX_BODIES", 5)


def test_query_counts_do_not_grow_with_tenfold_data(
    client, demo, page_cache_off, maps_in_parts, task_queue
):
    small = _query_counts(client)
    data = read_demo_file()
    for copy in range(1, 10):
        demo_load(copy=copy, data=data)
    large = _query_counts(client)
    assert large == small
    assert max(small.values()) <= 25, small


def test_query_counts_are_equal_at_1x_and_10x_of_the_synthetic_register(
    client, demo, page_cache_off, task_queue
):
    """The same pages, and the pages of the synthetic register's busiest organisation,
    body and largest agreement, at two sizes of `accord generate`. (With the database
    queue, as in production: a map page queues its drawing, and the worker's queries to
    draw it are not the page's.)"""
    generate(size=parse_size("1x"), seed=3)
    small = _query_counts(client, _busiest_pages())
    generate(size=parse_size("10x"), seed=4)
    large = _query_counts(client, _busiest_pages())
    assert large == small
    assert max(small.values()) <= 25, small


def _busiest_pages() -> dict[str, str]:
    from django.db.models import Count

    from accord.agreements.models import Agreement
    from accord.governance.models import Body
    from accord.organisations.models import Organisation

    public = Agreement.objects.filter(status__in=["sign_up", "in_force"])
    agreement = public.annotate(n=Count("parties")).order_by("-n", "pk")[0].slug
    organisation = Organisation.objects.annotate(n=Count("parties")).order_by("-n", "pk")[0].slug
    body = Body.objects.annotate(n=Count("meetings")).order_by("-n", "pk")[0].slug
    return {
        "largest agreement": f"/agreements/{agreement}/",
        "its sign-up table": f"/sign-up/agreements/{agreement}/",
        "busiest organisation": f"/organisations/{organisation}/",
        "busiest body": f"/bodies/{body}/",
    }


def test_a_cached_page_costs_at_most_one_query_to_check(client, demo):
    for url in page_urls().values():
        assert client.get(url)["X-Accord-Page-Cache"] == "miss", url
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        assert response["X-Accord-Page-Cache"] == "hit", url
        # The open-data page reads nothing from the database, so it has nothing to check.
        assert len(queries) == (0 if url == "/open-data/" else 1), (url, queries.captured_queries)
