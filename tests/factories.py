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


# --- consultations ----------------------------------------------------------------------
# Imports stay inside these helpers so this block is self-contained at the end of the file.


def _a_fortnight_from_today():
    import datetime

    from accord.consultations.models.consultation import today_in_london

    return today_in_london() + datetime.timedelta(days=14)


def _hash_of(token: str) -> str:
    from accord.core.secret_links import secret_hash as token_hash

    return token_hash(token)


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "accounts.User"
        django_get_or_create = ("email",)

    email = factory.Sequence(lambda n: f"person{n}@example.org")
    full_name = factory.Sequence(lambda n: f"Person {n}")


class RoleFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "accounts.Role"

    user = factory.SubFactory(UserFactory)
    name = "member"
    body = factory.SubFactory(BodyFactory)


class PublishedVersionFactory(VersionFactory):
    """A version with ``sections`` sections (three unless told), then published."""

    class Meta:
        skip_postgeneration_save = True

    @factory.post_generation
    def sections(obj, create, extracted, **kwargs):
        for order in range(1, (3 if extracted is None else extracted) + 1):
            SectionFactory(version=obj, order=order, number=str(order), heading=f"Clause {order}")
        obj.publish()


class ConsultationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "consultations.Consultation"

    version = factory.SubFactory(PublishedVersionFactory, agreement__status="consultation")
    title = factory.Sequence(lambda n: f"Draft for comment {n}")
    opened_by = factory.SubFactory(UserFactory)
    closes_on = factory.LazyFunction(_a_fortnight_from_today)


class InvitationFactory(factory.django.DjangoModelFactory):
    """Pass ``token=`` to know the link's secret; only its hash is stored."""

    class Meta:
        model = "consultations.Invitation"

    class Params:
        token = factory.Sequence(lambda n: f"test-token-{n:06d}-abcdefghijklmnopqrstuvwxyz")

    consultation = factory.SubFactory(ConsultationFactory)
    email = factory.Sequence(lambda n: f"invitee{n}@example.net")
    name = factory.Sequence(lambda n: f"Invitee {n}")
    token_hash = factory.LazyAttribute(lambda o: _hash_of(o.token))


class CommentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "consultations.Comment"

    consultation = factory.SubFactory(ConsultationFactory)
    section = factory.LazyAttribute(lambda o: o.consultation.version.sections.first())
    text = factory.Sequence(lambda n: f"Comment number {n}: please say who chairs the board.")
    author = factory.SubFactory(UserFactory)
    author_name = factory.LazyAttribute(lambda o: o.author.display_name if o.author else "")


class ResponseFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "consultations.Response"

    comment = factory.SubFactory(CommentFactory)
    outcome = "accepted"
    reason = "Section changed to name the chair."
    responded_by = factory.SubFactory(UserFactory)


# --- meetings and agendas (approvals) ---------------------------------------------------


class AgendaItemFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "approvals.AgendaItem"

    meeting = factory.SubFactory(MeetingFactory)
    order = factory.Sequence(lambda n: n + 1)
    title = factory.Sequence(lambda n: f"Item {n}")


def agreement_in_approval(*, bodies, owning_body=None, parties: int = 1):
    """An agreement in approval with a published version, ``parties`` parties and one
    route step per body in ``bodies`` (None for a step named only by a label)."""
    agreement = AgreementFactory(
        status="approval", **({"owning_body": owning_body} if owning_body else {})
    )
    PublishedVersionFactory(agreement=agreement, number=1)
    for order in range(1, parties + 1):
        PartyFactory(agreement=agreement, order=order)
    for order, body in enumerate(bodies, start=1):
        ApprovalStepFactory(
            agreement=agreement,
            order=order,
            body=body,
            label="" if body else "partner agency Boards",
            action="approve",
        )
    return agreement


def person_with_role(name: str, body=None, organisation=None):
    """A user holding one role: at ``body``, for ``organisation``, or everywhere
    (administrator)."""
    user = UserFactory()
    RoleFactory(user=user, name=name, body=body, organisation=organisation)
    return user
