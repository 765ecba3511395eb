"""Factories for organisations, their other names and people."""

from __future__ import annotations

import factory

from accord.organisations.models import Organisation, OrganisationName, Person


class OrganisationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Organisation

    name = factory.Sequence(lambda n: f"Organisation {n}")
    slug = factory.Sequence(lambda n: f"organisation-{n}")
    kind = "local_authority"


class OrganisationNameFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = OrganisationName

    organisation = factory.SubFactory(OrganisationFactory)
    name = factory.Sequence(lambda n: f"Former name {n}")


class PersonFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Person

    name = factory.Sequence(lambda n: f"Person {n}")
    organisation = factory.SubFactory(OrganisationFactory)
