"""Records kept by rows (accord.caching.values.cached_rows_value): an agreement with its
steps, versions and text, a body with its members, an organisation with its names. With
the page cache off, as a signed-in person gets a page, a change to any row the kept
record read, or a new row pointing at it, shows on the very next request."""

from __future__ import annotations

import pytest
from django.utils.html import escape

from accord.agreements.models import Agreement, Commitment
from accord.agreements.selectors import _agreement_detail, agreement_detail
from accord.caching.values import cached_rows_value
from accord.governance.models import Body, OrganisationMembership
from accord.organisations.models import Organisation, OrganisationName
from tests.organisations.factories import OrganisationFactory

pytestmark = pytest.mark.django_db


def test_a_new_commitment_and_a_new_title_show_at_once(client, demo, page_cache_off):
    mou = Agreement.objects.get(slug="childrens-mou")
    url = mou.get_absolute_url()
    assert "Listen to children first" not in client.get(url).content.decode()  # kept
    Commitment.objects.create(
        agreement=mou, kind="value", order=99, text="Listen to children first"
    )
    assert "Listen to children first" in client.get(url).content.decode()
    Agreement.objects.filter(pk=mou.pk).update(short_title="Kept title test")
    assert "Kept title test" in client.get(url).content.decode()
    kept, fresh = agreement_detail("childrens-mou"), _agreement_detail("childrens-mou")
    assert [c.text for c in kept.commitments.all()] == [c.text for c in fresh.commitments.all()]


def test_a_new_member_and_a_renamed_member_show_on_the_body_at_once(client, demo, page_cache_off):
    body = Body.objects.get(slug="bf-partnership")
    url = body.get_absolute_url()
    client.get(url)  # kept
    newcomer = OrganisationFactory(name="Grays Community Trust")
    OrganisationMembership.objects.create(body=body, organisation=newcomer, role="member")
    assert "Grays Community Trust" in client.get(url).content.decode()
    Organisation.objects.filter(pk=newcomer.pk).update(name="Tilbury Community Trust")
    page = client.get(url).content.decode()
    assert "Tilbury Community Trust" in page and "Grays Community Trust" not in page


def test_a_new_other_name_shows_on_the_organisation_at_once(client, demo, page_cache_off):
    thurrock = Organisation.objects.get(slug="thurrock-council")
    url = thurrock.get_absolute_url()
    client.get(url)  # kept
    OrganisationName.objects.create(organisation=thurrock, name="Thurrock Urban District")
    assert escape("Thurrock Urban District") in client.get(url).content.decode()


def test_each_caller_gets_a_copy_of_its_own(demo):
    first = cached_rows_value("bodies-by-slug", lambda: {"bodies": list(Body.objects.all())})
    first["bodies"].clear()
    again = cached_rows_value("bodies-by-slug", lambda: {"bodies": []})
    assert len(again["bodies"]) == Body.objects.count() > 0
