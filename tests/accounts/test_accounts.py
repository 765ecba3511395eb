"""Signing in, resetting a password, inviting people and changing roles."""

from __future__ import annotations

import re

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from accord.accounts.models import Role, User
from accord.accounts.services import role_grant, role_revoke, user_invite
from accord.audit.models import AuditEntry
from accord.governance.models import Body

pytestmark = pytest.mark.django_db


def test_sign_in_is_by_e_mail_and_a_wrong_password_says_so(client, demo_accounts):
    response = client.post(
        "/accounts/sign-in/", {"username": "officer@example.org", "password": "nope"}
    )
    assert "The e-mail address or password is not right" in response.content.decode()
    response = client.post(
        "/accounts/sign-in/", {"username": "officer@example.org", "password": "accord-demo"}
    )
    assert response.status_code == 302
    assert client.get("/accounts/me/").status_code == 200


def test_pages_need_sign_in_unless_declared_public(client, demo_accounts):
    response = client.get("/accounts/me/")
    assert response.status_code == 302 and response["Location"].startswith("/accounts/sign-in/")
    assert client.get("/agreements/childrens-mou/").status_code == 200  # public: in sign-up
    assert client.get("/agreements/alliance-mou/").status_code == 302  # a draft in consultation


def test_a_forgotten_password_is_reset_through_an_e_mailed_link(client, demo_accounts, mailoutbox):
    client.post("/accounts/password-reset/", {"email": "member@example.org"})
    (message,) = mailoutbox
    link = re.search(r"http://[^/]+(/accounts/password-reset/\S+/)", message.body).group(1)
    form_page = client.get(link, follow=True)
    assert "Choose a new password" in form_page.content.decode()
    response = client.post(
        form_page.redirect_chain[-1][0] if form_page.redirect_chain else link,
        {
            "new_password1": "a-much-better-password-42",
            "new_password2": "a-much-better-password-42",
        },
    )
    assert response.status_code == 302
    assert client.login(email="member@example.org", password="a-much-better-password-42")


def test_sign_out_needs_a_post(client, demo_accounts):
    client.login(email="member@example.org", password="accord-demo")
    assert client.get("/accounts/sign-out/").status_code == 405
    assert client.post("/accounts/sign-out/").status_code == 302
    assert client.get("/accounts/me/").status_code == 302


def test_an_administrator_invites_someone_who_then_chooses_a_password(
    client, demo_accounts, mailoutbox
):
    admin = User.objects.get(email="admin@example.org")
    user = user_invite(actor=admin, email="New.Person@Example.org", full_name="New Person")
    assert user.email == "new.person@example.org" and not user.has_usable_password()
    link = re.search(r"http://[^/]+(/accounts/password-reset/\S+/)", mailoutbox[0].body).group(1)
    page = client.get(link, follow=True)
    assert "Choose a new password" in page.content.decode()
    with pytest.raises(ValidationError):
        user_invite(actor=admin, email="new.person@example.org", full_name="Again")
    assert AuditEntry.objects.filter(action="accounts.user.invite").count() == 1


def test_roles_are_given_and_removed_by_administrators_only(demo_accounts):
    admin = User.objects.get(email="admin@example.org")
    member = User.objects.get(email="member@example.org")
    body = Body.objects.get(slug="hwb")
    with pytest.raises(PermissionDenied):
        role_grant(actor=member, user=member, name="officer", body=body)
    with pytest.raises(ValidationError, match="Choose the body"):
        role_grant(actor=admin, user=member, name="officer")
    role = role_grant(actor=admin, user=member, name="officer", body=body)
    assert member.has_perm("agreements.add_agreement")
    with pytest.raises(ValidationError, match="already holds"):
        role_grant(actor=admin, user=member, name="officer", body=body)
    role_revoke(actor=admin, role=role)
    member = User.objects.get(pk=member.pk)
    assert not member.has_perm("agreements.add_agreement")
    with pytest.raises(ValidationError, match="your own administrator role"):
        role_revoke(actor=admin, role=Role.objects.get(user=admin, name="administrator"))
    assert [e.action for e in AuditEntry.objects.order_by("sequence")][-2:] == [
        "accounts.role.grant",
        "accounts.role.revoke",
    ]


def test_a_role_must_fit_its_scope_in_the_database(demo_accounts):
    from django.db import IntegrityError, transaction

    member = User.objects.get(email="member@example.org")
    with pytest.raises(IntegrityError), transaction.atomic():
        Role.objects.create(user=member, name="officer")  # an officer role needs a body
