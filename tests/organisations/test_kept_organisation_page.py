"""An organisation's page keeps what it shows of the register (the organisation, its
memberships, the bodies it hosts, its people) until one of the rows read changes
(``organisation_page``, through ``cached_rows_value``). Each change a person can make to
what it shows must show at once, with the page cache off as for a signed-in person."""

from __future__ import annotations

import datetime as dt

import pytest

from accord.governance.models import OrganisationMembership, Role
from accord.organisations import selectors
from tests.governance.factories import BodyFactory
from tests.organisations.factories import OrganisationFactory, PersonFactory

pytestmark = pytest.mark.django_db


def test_the_kept_page_shows_each_change_at_once(
    client, page_cache_off, django_assert_max_num_queries
):
    organisation = OrganisationFactory(name="Basildon Borough Council")
    url = organisation.get_absolute_url()
    assert "Southend Health Board" not in client.get(url).content.decode()
    # Kept: the change log is asked, nothing of the organisation's lists is read again.
    with django_assert_max_num_queries(1):
        selectors.organisation_page(organisation.slug)

    board = BodyFactory(name="Southend Health Board")
    OrganisationMembership.objects.create(
        organisation=organisation, body=board, role=Role.values[0], start_date=dt.date(2024, 1, 1)
    )
    assert "Southend Health Board</a>" in client.get(url).content.decode()

    board.name = "South Essex Health Board"
    board.save()
    page = client.get(url).content.decode()
    assert "South Essex Health Board</a>" in page and "Southend Health Board" not in page

    PersonFactory(organisation=organisation, name="Ada Clerk", job_title="Monitoring Officer")
    assert "Ada Clerk, Monitoring Officer" in client.get(url).content.decode()

    BodyFactory(name="Basildon Community Forum", host=organisation)
    assert "Basildon Community Forum</a>" in client.get(url).content.decode()

    OrganisationMembership.objects.filter(organisation=organisation).delete()
    assert "South Essex Health Board" not in client.get(url).content.decode()


def test_the_kept_page_equals_one_read_afresh(demo):
    from django.db.models import Count

    from accord.organisations.models import Organisation

    busiest = Organisation.objects.annotate(n=Count("memberships")).order_by("-n", "pk")[0]
    assert busiest.n >= 2
    for slug in ("thurrock-council", busiest.slug):
        kept = selectors.organisation_page(slug)
        again = selectors.organisation_page(slug)
        fresh = selectors._organisation_page(slug)
        for shown in (kept, again):
            assert shown.organisation.name == fresh.organisation.name
            assert [m.body.name for m in shown.memberships] == [
                m.body.name for m in fresh.memberships
            ]
            assert shown.membership_count == fresh.membership_count
            assert [b.name for b in shown.hosted] == [b.name for b in fresh.hosted]
            assert [p.name for p in shown.people] == [p.name for p in fresh.people]
