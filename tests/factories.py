"""Factories for every model a test needs to build by hand."""

from __future__ import annotations

import factory

from accord.agreements.models import Agreement, AgreementVersion, Party, Section
from accord.approvals.models import ApprovalStep, Meeting
from accord.governance.models import Area, Body, ReportingLine
from accord.organisations.models import Organisation, OrganisationName, Person


class AreaFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Area

    name = factory.Sequence(lambda n: f"Area {n}")
    slug = factory.Sequence(lambda n: f"area-{n}")
    level = "place"


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


class MeetingFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Meeting

    body = factory.SubFactory(BodyFactory)
    title = "Board meeting"
    date = factory.Faker("date_object")


class ApprovalStepFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ApprovalStep

    agreement = factory.SubFactory(AgreementFactory)
    order = factory.Sequence(lambda n: n + 1)
    body = factory.SubFactory(BodyFactory)
    action = "approve"
