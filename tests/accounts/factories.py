"""Factories for users and roles."""

from __future__ import annotations

import factory

from tests.governance.factories import BodyFactory


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


def person_with_role(name: str, body=None, organisation=None):
    """A user holding one role: at ``body``, for ``organisation``, or everywhere
    (administrator)."""
    user = UserFactory()
    RoleFactory(user=user, name=name, body=body, organisation=organisation)
    return user
