"""The organisation page's memberships are drawn by a tag (``membership_items``) rather
than a template loop; it must give the markup the loop gave, for hostile names, every
role and a membership that has ended."""

from __future__ import annotations

import datetime as dt

import pytest
from django.template import engines

from accord.governance.models import OrganisationMembership, Role
from accord.organisations.selectors import organisation_memberships
from accord.organisations.templatetags.organisation_rows import membership_items
from tests.governance.factories import BodyFactory
from tests.organisations.factories import OrganisationFactory

pytestmark = pytest.mark.django_db

LOOP = (
    '{% load accord %}{% for membership in memberships %}<li><a class="govuk-link" '
    'href="{{ membership.body.get_absolute_url }}">{{ membership.body.name }}</a> – '
    "{{ membership.get_role_display }}{% if membership.end_date %} (until "
    "{{ membership.end_date|partial_date }}){% endif %}</li>{% endfor %}"
)


def test_membership_items_draw_what_the_template_loop_drew(client):
    organisation = OrganisationFactory(name="Thurrock Council")
    names = ['<script>alert("x")</script> Board', "Health & Wellbeing Board", "Ynys Môn Forum"]
    for number, (name, role) in enumerate(zip(names, Role.values, strict=False)):
        OrganisationMembership.objects.create(
            organisation=organisation,
            body=BodyFactory(name=name),
            role=role,
            start_date=dt.date(2020, 1, 1),
            end_date=dt.date(2024, 3, 31) if number == 1 else None,
        )
    memberships, _ = organisation_memberships(organisation)
    drawn = str(membership_items(memberships))
    assert drawn == engines["django"].from_string(LOOP).render({"memberships": memberships})
    assert "<script>" not in drawn and "(until 31 March 2024)" in drawn
    page = client.get(organisation.get_absolute_url()).content.decode()
    assert drawn in page
