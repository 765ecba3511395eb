"""Factories for agreements, versions, sections and parties."""

from __future__ import annotations

import factory

from accord.agreements.models import Agreement, AgreementVersion, Party, Section
from tests.governance.factories import BodyFactory
from tests.organisations.factories import OrganisationFactory


class AgreementFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Agreement

    title = factory.Sequence(lambda n: f"Memorandum {n}")
    slug = factory.Sequence(lambda n: f"memorandum-{n}")
    kind = "mou"
    owning_body = factory.SubFactory(BodyFactory)


class VersionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = AgreementVersion

    agreement = factory.SubFactory(AgreementFactory)
    number = factory.Sequence(lambda n: n + 1)
    label = "Draft"


class SectionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Section

    version = factory.SubFactory(VersionFactory)
    order = factory.Sequence(lambda n: n + 1)
    number = factory.LazyAttribute(lambda o: str(o.order))
    heading = "Introduction"
    text = "The parties agree to work together."


class PartyFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Party

    agreement = factory.SubFactory(AgreementFactory)
    organisation = factory.SubFactory(OrganisationFactory)
    category = "Local Authorities"
    order = factory.Sequence(lambda n: n + 1)


class PublishedVersionFactory(VersionFactory):
    """A version with ``sections`` sections (three unless told), then published."""

    class Meta:
        skip_postgeneration_save = True

    @factory.post_generation
    def sections(obj, create, extracted, **kwargs):
        for order in range(1, (3 if extracted is None else extracted) + 1):
            SectionFactory(version=obj, order=order, number=str(order), heading=f"Clause {order}")
        obj.publish()
