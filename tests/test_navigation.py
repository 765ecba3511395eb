"""The header's service navigation and the footer's links, drawn by template tags."""

from __future__ import annotations

import re

import pytest
from django.template import Context, Template
from django.urls import reverse, set_script_prefix

from accord.core.links import fixed_url

pytestmark = pytest.mark.django_db


def navigation(html: str) -> str:
    return re.search(r'<ul class="govuk-service-navigation__list".*?</ul>', html, re.S).group(0)


@pytest.mark.parametrize(
    ("address", "current"),
    [
        ("/agreements/", "Agreements"),
        ("/organisations/", "Organisations"),
        ("/bodies/", "Bodies"),
        ("/areas/", "Areas"),
        ("/meetings/", "Meetings"),
        ("/open-data/", None),
    ],
)
def test_the_section_a_page_belongs_to_is_marked_current(client, page_cache_off, address, current):
    menu = navigation(client.get(address).content.decode())
    items = re.findall(r"<li .*?</li>", menu, re.S)
    labels = [re.sub(r"<[^>]+>", "", item) for item in items]
    assert labels == [
        "Agreements",
        "Organisations",
        "Bodies",
        "Governance map",
        "Areas",
        "Meetings",
        "Sign in",
    ]
    marked = [label for label, item in zip(labels, items, strict=True) if "aria-current" in item]
    assert marked == ([current] if current else [])
    for item in items:
        assert ("govuk-service-navigation__item--active" in item) == ("aria-current" in item)
    assert f'href="{reverse("organisations:list")}"' in menu
    assert f'href="{reverse("accounts:login")}"' in menu


def test_a_signed_in_person_gets_their_account_and_sign_out(client, page_cache_off, bf_officer):
    client.force_login(bf_officer)
    menu = navigation(client.get("/accounts/me/").content.decode())
    assert re.search(r'href="/accounts/me/" aria-current="true"', menu)
    assert f'action="{reverse("accounts:logout")}"' in menu
    assert "Sign in" not in menu


def test_kept_addresses_follow_the_prefix_the_site_is_served_under():
    assert fixed_url("organisations:list") == "/organisations/"
    set_script_prefix("/register/")
    try:
        assert fixed_url("organisations:list") == "/register/organisations/"
        html = Template("{% load govuk %}{% page_url 'opendata:index' %}").render(Context())
        assert html == "/register/open-data/"
    finally:
        set_script_prefix("/")
    assert fixed_url("organisations:list") == "/organisations/"


def test_status_tags_escape_their_label():
    html = Template("{% load accord %}{% status_tag status label %}").render(
        Context({"status": "signed", "label": "<b>Signed</b>"})
    )
    assert html.startswith('<strong class="govuk-tag govuk-tag--')
    assert "&lt;b&gt;Signed&lt;/b&gt;" in html
