"""An organisation's page lists the agreements it is party to by title, a page at a time,
from an order kept between requests (accord.caching.values) for the public and for
administrators: what it lists must be exactly what each person may see, in title order,
and a change must show at once."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import AnonymousUser
from django.test import RequestFactory
from django.utils.html import escape

from accord.accounts.models import User
from accord.agreements.models import Agreement, AgreementStatus, Party
from accord.agreements.sections import organisation_parties
from accord.agreements.visibility import visible_through_agreement
from accord.organisations.models import Organisation
from tests.agreements.factories import AgreementFactory, PartyFactory

pytestmark = pytest.mark.django_db


def listed(user, organisation, page=1) -> list[int]:
    request = RequestFactory().get("/", {"page": page})
    request.user = user
    return [party.pk for party in organisation_parties(request, organisation)["page"]]


def in_title_order(user, organisation) -> list[int]:
    """The order read from the register on the spot."""
    return list(
        Party.objects.filter(visible_through_agreement(user), organisation=organisation)
        .order_by("agreement__title", "agreement_id")
        .values_list("id", flat=True)
    )


@pytest.fixture
def thurrock(demo):
    return Organisation.objects.get(slug="thurrock-council")


def test_each_person_sees_the_agreements_they_may_see_in_title_order(thurrock, bf_officer):
    admin = User.objects.create_superuser(email="admin@example.org", password="pw-admin-1")
    mou = Agreement.objects.get(slug="childrens-mou")
    Agreement.objects.filter(pk=mou.pk).update(status=AgreementStatus.DRAFT)
    for user in (AnonymousUser(), bf_officer, admin):
        assert listed(user, thurrock) == in_title_order(user, thurrock)[:25]
    assert mou.pk not in {
        p.agreement_id for p in Party.objects.filter(pk__in=listed(AnonymousUser(), thurrock))
    }
    assert mou.pk in {p.agreement_id for p in Party.objects.filter(pk__in=listed(admin, thurrock))}


def test_a_change_shows_at_once(client, thurrock, page_cache_off):
    url = thurrock.get_absolute_url()
    mou = Agreement.objects.get(slug="childrens-mou")
    assert escape(mou.display_title) in client.get(url).content.decode()  # the order is now kept
    Agreement.objects.filter(pk=mou.pk).update(status=AgreementStatus.WITHDRAWN)
    assert listed(AnonymousUser(), thurrock) == in_title_order(AnonymousUser(), thurrock)[:25]
    assert f">{escape(mou.display_title)}</a>" not in client.get(url).content.decode()
    Agreement.objects.filter(pk=mou.pk).update(status=AgreementStatus.IN_FORCE, title="Aaa first")
    mou.refresh_from_db()
    first = listed(AnonymousUser(), thurrock)[0]
    assert Party.objects.get(pk=first).agreement_id == mou.pk


def test_a_long_list_is_paged_and_counted_in_full(client, thurrock, settings, page_cache_off):
    settings.ACCORD_PAGE_SIZE = 2
    for title in ("Zeta compact", "Alpha compact", "Mu compact", "Beta compact"):
        PartyFactory(
            agreement=AgreementFactory(title=title, status="in_force"), organisation=thurrock
        )
    PartyFactory(agreement=AgreementFactory(title="Draft compact"), organisation=thurrock)
    everything = in_title_order(AnonymousUser(), thurrock)
    assert len(everything) == 5
    pages = [listed(AnonymousUser(), thurrock, page) for page in range(1, len(everything) // 2 + 2)]
    assert [pk for page in pages for pk in page] == everything
    assert (
        f"{len(everything)} agreements" in client.get(thurrock.get_absolute_url()).content.decode()
    )
