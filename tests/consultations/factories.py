"""Factories for consultations, invitations, comments and responses."""

from __future__ import annotations

import factory

from tests.accounts.factories import UserFactory
from tests.agreements.factories import PublishedVersionFactory


def _a_fortnight_from_today():
    import datetime

    from accord.consultations.models.consultation import today_in_london

    return today_in_london() + datetime.timedelta(days=14)


def _hash_of(token: str) -> str:
    from accord.core.secret_links import secret_hash as token_hash

    return token_hash(token)


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
