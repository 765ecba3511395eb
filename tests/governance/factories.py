"""Factories for areas, bodies and reporting lines."""

from __future__ import annotations

import factory

from accord.governance.models import Area, Body, ReportingLine


class AreaFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Area

    name = factory.Sequence(lambda n: f"Area {n}")
    slug = factory.Sequence(lambda n: f"area-{n}")
    level = "place"


class BodyFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Body

    name = factory.Sequence(lambda n: f"Board {n}")
    slug = factory.Sequence(lambda n: f"board-{n}")
    kind = "board"
    level = "place"


class ReportingLineFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ReportingLine

    from_body = factory.SubFactory(BodyFactory)
    to_body = factory.SubFactory(BodyFactory)
    relation = "reports_to"
