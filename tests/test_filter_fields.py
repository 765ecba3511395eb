"""A list page's filters are drawn once per value and kept (core/templatetags/govuk.py):
what is kept must be exactly what drawing them afresh gives, for every value and error."""

from __future__ import annotations

import re

import pytest
from django.test import RequestFactory

from accord.agreements.forms import AgreementFilters
from accord.core.templatetags import govuk
from accord.organisations.forms import OrganisationFilters

pytestmark = pytest.mark.django_db

QUERIES = [
    "",
    "status=sign_up",
    "status=draft&kind=mou",
    "status=not-a-status",
    "status=<script>x</script>",
    "body=Thurrock&organisation=Council",
    "status=sign_up",
]


@pytest.mark.parametrize("form_class", [AgreementFilters, OrganisationFilters])
def test_kept_filter_markup_is_what_drawing_afresh_gives(form_class):
    govuk._drawn_fields.clear()
    for query in QUERIES * 2:
        form = form_class(RequestFactory().get(f"/?{query}"))
        fresh = form_class(RequestFactory().get(f"/?{query}"))  # drawing marks its widgets
        form.is_valid()
        fresh.is_valid()
        for name in form.fields:
            kept = govuk.field(form[name])
            assert kept == govuk._draw(fresh[name], "", True), (query, name)
            fresh = form_class(RequestFactory().get(f"/?{query}"))
            fresh.is_valid()
    assert govuk._drawn_fields  # the filters were kept, so the comparison above meant something


def selected(html: str, name: str) -> list[str]:
    select = re.search(rf'<select[^>]*name="{name}".*?</select>', html, re.S).group(0)
    return re.findall(r'<option value="([^"]*)" selected', select)


def test_the_list_shows_the_filter_just_chosen(client, demo, page_cache_off):
    first = client.get("/agreements/?status=sign_up").content.decode()
    assert selected(first, "status") == ["sign_up"]
    second = client.get("/agreements/?status=in_force").content.decode()
    assert selected(second, "status") == ["in_force"]
    plain = client.get("/agreements/").content.decode()
    assert selected(plain, "status") == [""]


def test_a_wrong_value_is_reported_each_time_with_its_own_words(client, demo, page_cache_off):
    for value in ("nonsense", "<b>bold</b>"):
        html = client.get("/agreements/", {"status": value}).content.decode()
        assert "is not one Accord knows" in html
        assert "<b>bold</b>" not in html
        if value == "nonsense":
            assert "“nonsense”" in html
    clean = client.get("/agreements/?status=sign_up").content.decode()
    assert "is not one Accord knows" not in clean
