"""Addresses reversed once per process (accord.core.links) are those reverse() gives."""

from __future__ import annotations

import pytest
from django.urls import NoReverseMatch, reverse, set_script_prefix

from accord.agreements.models import Agreement
from accord.approvals.models import Meeting
from accord.core.links import row_url
from accord.governance.models import Area, Body
from accord.organisations.models import Organisation

pytestmark = pytest.mark.django_db

PAGES = [
    (Agreement, "agreements:detail", "slug"),
    (Organisation, "organisations:detail", "slug"),
    (Body, "governance:body", "slug"),
    (Area, "governance:area", "slug"),
    (Meeting, "approvals:meeting", "pk"),
]


@pytest.mark.parametrize(("model", "name", "attribute"), PAGES)
def test_every_rows_address_is_the_one_reverse_gives(demo, model, name, attribute):
    rows = list(model.objects.all())
    assert rows
    for row in rows:
        expected = reverse(name, args=[getattr(row, attribute)])
        assert row.get_absolute_url() == expected
    set_script_prefix("/register/")
    try:
        for row in rows[:5]:
            assert row.get_absolute_url() == reverse(name, args=[getattr(row, attribute)])
            assert row.get_absolute_url().startswith("/register/")
    finally:
        set_script_prefix("/")


def test_a_name_with_two_arguments_is_reversed_as_ever():
    # No stand-in fits a page that needs two values: row_url falls back to reverse().
    with pytest.raises(NoReverseMatch):
        row_url("signing:invitation", "childrens-mou")


def test_an_id_and_a_slug_in_the_same_place_are_told_apart():
    assert row_url("approvals:meeting", 12) == "/meetings/12/"
    assert row_url("organisations:detail", "thurrock-council") == (
        "/organisations/thurrock-council/"
    )
