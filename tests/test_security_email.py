"""E-mails are plain text: names appear as typed, never as HTML entities."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from django.template.loader import render_to_string

from accord.accounts.models import User
from accord.signing.services import invitations
from tests.signing_setup import agreement_open_for_signing

ACCORD = Path(__file__).resolve().parents[1] / "accord"
HOSTILE = 'Children\'s & <Young> "People"'
ENTITY = re.compile(r"&(#x?[0-9a-fA-F]+|amp|lt|gt|quot|apos);")


WHEN = dt.datetime(2026, 3, 31, 12, 0, tzinfo=dt.UTC)


class Anything:
    """A template value that answers every attribute with itself (and dates with a date):
    every name in every e-mail template then renders the same hostile text."""

    def __str__(self):
        return HOSTILE

    def __getattr__(self, name):
        if name.startswith("__"):
            raise AttributeError(name)
        if re.search(r"(_at|_on|deadline|date)$", name):
            return WHEN
        return Anything()

    def __call__(self, *args, **kwargs):
        return Anything()

    def __iter__(self):
        return iter([Anything()])


def email_templates() -> list[str]:
    found = []
    for path in sorted(ACCORD.glob("*/templates/*/email/*.txt")):
        found.append(str(path.relative_to(path.parents[2])))
    return found


def test_there_are_email_templates_to_check():
    names = email_templates()
    assert any(name.endswith("_subject.txt") for name in names)
    assert len(names) >= 14


@pytest.mark.parametrize("template", email_templates())
def test_every_email_template_writes_names_as_typed(template):
    context = {"uid": "MQ", "token": "set-password", "protocol": "https", "domain": "x.org"}
    for key in _names_used(template) - set(context):
        context[key] = WHEN if re.search(r"(_at|_on|deadline|date)$", key) else Anything()
    text = render_to_string(template, context)
    assert not ENTITY.search(text), f"{template} escapes HTML in plain text: {text!r}"
    if _names_used(template) - {"uid", "token", "protocol", "domain"}:
        assert HOSTILE in text, f"{template} did not show the name as typed: {text!r}"


def _names_used(template: str) -> set[str]:
    source = next(ACCORD.glob(f"*/templates/{template}")).read_text()
    names = set(re.findall(r"{{\s*([a-z_]+)", source))
    names |= set(re.findall(r"{%\s*(?:if|for \w+ in)\s+([a-z_]+)", source))
    return names


@pytest.mark.django_db
def test_a_sign_up_invitation_subject_carries_the_apostrophe_itself(mailoutbox):
    admin = User.objects.create_superuser(email="root@example.org", password="x")
    agreement, _ = agreement_open_for_signing(1)
    agreement.title = "Children's & Young People's Partnership"
    agreement.save()
    invitations.signing_open(actor=admin, agreement=agreement)
    (message,) = mailoutbox
    assert "Children's & Young People's Partnership" in message.subject
    assert not ENTITY.search(message.subject)
    assert not ENTITY.search(message.body)


@pytest.mark.django_db
def test_an_account_invitation_subject_names_the_site_as_configured(settings, mailoutbox):
    from accord.accounts.services import user_invite

    settings.ACCORD_SITE_NAME = "Thurrock's Accord"
    admin = User.objects.create_superuser(email="root@example.org", password="x")
    user_invite(actor=admin, email="new@example.org", full_name="O'Brien & Sons")
    (message,) = mailoutbox
    assert message.subject == "You have been given an account on Thurrock's Accord"
