"""Agreements in force and organisations that change, for the tests of issue 15."""

from __future__ import annotations

import re

from accord.accounts.models import User
from accord.agreements.models import Agreement
from accord.signing.models import AuthorisedSignatory
from accord.signing.services import invitations, signatures
from tests.organisations.factories import OrganisationFactory
from tests.signing_setup import agreement_open_for_signing

HERE = signatures.Context(ip_address="127.0.0.1", user_agent="pytest")


def links(mailoutbox) -> list[str]:
    return [
        found.group(1)
        for m in mailoutbox
        if (found := re.search(r"/sign-up/sign/([\w-]+)/", m.body))
    ]


def answer(token: str, decision: str = "signed", reason: str = "", name: str = "Ada Signer"):
    return signatures.sign_with_link(
        token=token,
        full_name=name,
        post="Chief Executive",
        decision=decision,
        reason=reason,
        context=HERE,
    )


def agreement_in_force(admin, mailoutbox, parties: int = 2) -> Agreement:
    """An agreement every party signed through its e-mailed link, so it is in force."""
    agreement, _ = agreement_open_for_signing(parties)
    invitations.signing_open(actor=admin, agreement=agreement)
    for token in links(mailoutbox):
        answer(token)
    mailoutbox.clear()
    agreement.refresh_from_db()
    assert agreement.status == "in_force"
    return agreement


def organisation_with_signatory(name: str) -> tuple:
    organisation = OrganisationFactory(name=name)
    user = User.objects.create_user(
        email=f"{organisation.slug}@example.org", password="x", full_name=f"Signer of {name}"
    )
    signatory = AuthorisedSignatory.objects.create(
        organisation=organisation, user=user, post="Chief Executive", authority="Delegation"
    )
    return organisation, signatory
