"""Consultation services: opening, inviting, closing, resending and withdrawing links, and who
sees a consultation. Commenting and responding are in test_consultations_comments.py."""

from __future__ import annotations

import datetime as dt
import re
from types import SimpleNamespace

import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied, ValidationError

from accord.audit.models import AuditEntry
from accord.audit.services import audit_verify
from accord.consultations.models import Consultation, Invitation
from accord.consultations.models.consultation import today_in_london
from accord.consultations.services import (
    Invitee,
    consultation_close,
    consultation_open,
    invitation_resend,
    invitation_revoke,
)
from accord.consultations.tokens import invitation_for_token
from accord.consultations.visibility import visible_consultations
from accord.core.secret_links import secret_hash as token_hash
from tests.accounts.factories import RoleFactory, UserFactory
from tests.agreements.factories import AgreementFactory, PublishedVersionFactory, VersionFactory
from tests.governance.factories import BodyFactory
from tests.organisations.factories import OrganisationFactory, PersonFactory

pytestmark = pytest.mark.django_db

LINK = re.compile(r"http://[^\s]+/consultations/respond/([A-Za-z0-9_-]+)/")


def make_world() -> SimpleNamespace:
    """An agreement owned by one body, a body and an organisation to consult, and people."""
    owning_body = BodyFactory(name="Thurrock Alliance")
    agreement = AgreementFactory(owning_body=owning_body, status="draft")
    version = PublishedVersionFactory(agreement=agreement, number=1)
    board = BodyFactory(name="CCG Board")
    council = OrganisationFactory(name="Thurrock Council")
    people = SimpleNamespace(
        officer=UserFactory(email="officer@alliance.example", full_name="Olu Officer"),
        second_officer=UserFactory(email="deputy@alliance.example"),
        board_member=UserFactory(email="member@ccg.example", full_name="Bea Board"),
        signatory=UserFactory(email="signs@council.example", full_name="Sid Signatory"),
        outsider=UserFactory(email="outsider@elsewhere.example"),
        other_officer=UserFactory(email="officer@elsewhere.example"),
        administrator=UserFactory(email="admin@accord.example"),
    )
    RoleFactory(user=people.officer, name="officer", body=owning_body)
    RoleFactory(user=people.second_officer, name="officer", body=owning_body)
    RoleFactory(user=people.board_member, name="member", body=board)
    RoleFactory(user=people.signatory, name="signatory", body=None, organisation=council)
    RoleFactory(user=people.outsider, name="member")
    RoleFactory(user=people.other_officer, name="officer")
    RoleFactory(user=people.administrator, name="administrator", body=None)
    PersonFactory(name="Clerk to the Council", organisation=council, email="Clerk@Council.example")
    PersonFactory(name="No address", organisation=council, email="")
    return SimpleNamespace(
        agreement=agreement,
        version=version,
        sections=list(version.sections.order_by("order")),
        owning_body=owning_body,
        board=board,
        council=council,
        **vars(people),
    )


@pytest.fixture
def world():
    return make_world()


def open_and_forget_the_mail(world, capture) -> Consultation:
    consultation = open_one(world, capture)
    mail.outbox.clear()
    return consultation


def in_a_fortnight() -> dt.date:
    return today_in_london() + dt.timedelta(days=14)


def open_one(world, capture, **changes) -> Consultation:
    arguments = {
        "actor": world.officer,
        "version": world.version,
        "title": "Draft Alliance MOU for comment",
        "introduction": "Please comment by the closing date.",
        "closes_on": in_a_fortnight(),
        "consultee_bodies": [world.board],
        "consultee_organisations": [world.council],
        "invitees": [Invitee(name="Pat Partner", email="pat@partner.example")],
        **changes,
    }
    with capture(execute=True):
        return consultation_open(**arguments)


def tokens_mailed_to(address: str) -> list[str]:
    return [
        match
        for message in mail.outbox
        if address in message.to
        for match in LINK.findall(message.body)
    ]


# --- opening ---------------------------------------------------------------------------


def test_opening_moves_the_draft_into_consultation_and_invites_everyone_once(
    world, django_capture_on_commit_callbacks
):
    consultation = open_one(
        world,
        django_capture_on_commit_callbacks,
        invitees=[
            Invitee(name="Pat Partner", email="pat@partner.example"),
            # The same address as the council's clerk, typed differently: one invitation.
            Invitee(name="", email="CLERK@council.example"),
        ],
    )
    world.agreement.refresh_from_db()
    assert world.agreement.status == "consultation"
    invitations = {i.email: i for i in consultation.invitations.all()}
    assert set(invitations) == {
        "pat@partner.example",
        "clerk@council.example",
        "member@ccg.example",
        "signs@council.example",
    }
    assert invitations["clerk@council.example"].name == "Clerk to the Council"
    assert invitations["clerk@council.example"].organisation == world.council
    assert invitations["member@ccg.example"].body == world.board
    assert all(i.sent_at is not None for i in invitations.values())
    assert sorted(address for m in mail.outbox for address in m.to) == sorted(invitations)
    for address, invitation in invitations.items():
        (token,) = tokens_mailed_to(address)
        # Only the hash is stored, and it is the hash of exactly the mailed secret.
        assert invitation.token_hash == token_hash(token) != token
        assert invitation_for_token(token) == invitation


def test_opening_writes_the_audit_entries(world, django_capture_on_commit_callbacks):
    consultation = open_one(world, django_capture_on_commit_callbacks)
    subject = f"agreement:{world.agreement.pk}"
    opened = AuditEntry.objects.get(action="consultation.open")
    assert opened.subject == subject
    assert opened.actor == world.officer
    assert opened.object_id == str(consultation.pk)
    assert opened.after["consultee_bodies"] == ["CCG Board"]
    assert "pat@partner.example" in opened.after["invited"]
    change = AuditEntry.objects.get(action="agreement.status.change", subject=subject)
    assert change.after == {"status": "consultation"}
    assert audit_verify()[1] == []


def test_the_invitation_email_says_what_is_asked_and_until_when(
    world, django_capture_on_commit_callbacks
):
    open_one(world, django_capture_on_commit_callbacks)
    (message,) = [m for m in mail.outbox if m.to == ["pat@partner.example"]]
    assert message.subject == "Your comments are invited: Draft Alliance MOU for comment"
    assert "Dear Pat Partner" in message.body
    assert "Please comment by the closing date." in message.body
    assert in_a_fortnight().strftime("%B %Y") in message.body
    assert "Olu Officer of Thurrock Alliance" in message.body


def test_an_administrator_may_open_and_an_agreement_already_in_consultation_stays_there(
    world, django_capture_on_commit_callbacks
):
    world.agreement.status = "consultation"
    world.agreement.save()
    consultation = open_one(world, django_capture_on_commit_callbacks, actor=world.administrator)
    assert consultation.opened_by == world.administrator
    assert not AuditEntry.objects.filter(action="agreement.status.change").exists()


@pytest.mark.parametrize("who", ["other_officer", "board_member", "outsider", "signatory"])
def test_only_an_officer_of_the_owning_body_or_an_administrator_may_open(
    world, django_capture_on_commit_callbacks, who
):
    with pytest.raises(PermissionDenied):
        open_one(world, django_capture_on_commit_callbacks, actor=getattr(world, who))
    assert not Consultation.objects.exists()
    world.agreement.refresh_from_db()
    assert world.agreement.status == "draft"


def test_opening_refuses_a_version_that_is_not_published(world, django_capture_on_commit_callbacks):
    draft = VersionFactory(agreement=world.agreement, number=2)
    with pytest.raises(ValidationError) as refused:
        open_one(world, django_capture_on_commit_callbacks, version=draft)
    assert "published" in refused.value.message_dict["version"][0]
    assert not Consultation.objects.exists() and not mail.outbox


@pytest.mark.parametrize("days", [0, -1, -400])
def test_opening_refuses_a_closing_date_that_is_not_in_the_future(
    world, django_capture_on_commit_callbacks, days
):
    with pytest.raises(ValidationError) as refused:
        open_one(
            world,
            django_capture_on_commit_callbacks,
            closes_on=today_in_london() + dt.timedelta(days=days),
        )
    assert refused.value.message_dict["closes_on"] == ["The closing date must be in the future."]
    assert not Consultation.objects.exists()


def test_opening_refuses_when_nobody_is_consulted(world, django_capture_on_commit_callbacks):
    with pytest.raises(ValidationError) as refused:
        open_one(
            world,
            django_capture_on_commit_callbacks,
            consultee_bodies=[],
            consultee_organisations=[],
            invitees=[],
        )
    assert "consultees" in refused.value.message_dict


def test_opening_refuses_an_agreement_past_its_draft(world, django_capture_on_commit_callbacks):
    world.agreement.status = "approval"
    world.agreement.save()
    with pytest.raises(ValidationError) as refused:
        open_one(world, django_capture_on_commit_callbacks)
    assert "in approval" in refused.value.message_dict["version"][0]


# --- the consultation, once open -----------------------------------------------------


@pytest.fixture
def consultation(world, django_capture_on_commit_callbacks):
    return open_and_forget_the_mail(world, django_capture_on_commit_callbacks)


def test_closing_early_is_recorded_once_and_only_by_those_who_run_it(world, consultation):
    with pytest.raises(PermissionDenied):
        consultation_close(actor=world.board_member, consultation=consultation)
    closed = consultation_close(actor=world.officer, consultation=consultation)
    assert closed.closed_by == world.officer and not closed.is_open
    assert AuditEntry.objects.filter(action="consultation.close").count() == 1
    with pytest.raises(ValidationError):
        consultation_close(actor=world.officer, consultation=closed)


def test_resending_replaces_the_link(world, django_capture_on_commit_callbacks):
    consultation = open_one(world, django_capture_on_commit_callbacks)
    (old_token,) = tokens_mailed_to("pat@partner.example")
    invitation = Invitation.objects.get(email="pat@partner.example")
    with django_capture_on_commit_callbacks(execute=True):
        invitation_resend(actor=world.officer, invitation=invitation)
    old, new = tokens_mailed_to("pat@partner.example")
    assert old == old_token and new != old
    assert invitation_for_token(old) is None
    assert invitation_for_token(new) == invitation
    invitation.refresh_from_db()
    assert invitation.sent_at is not None
    assert AuditEntry.objects.filter(action="consultation.invitation.resend").count() == 1
    with pytest.raises(PermissionDenied):
        invitation_resend(actor=world.board_member, invitation=invitation)
    consultation_close(actor=world.officer, consultation=consultation)
    with pytest.raises(ValidationError):
        invitation_resend(actor=world.officer, invitation=invitation)


def test_a_withdrawn_invitation_is_not_resent(world, consultation):
    invitation = consultation.invitations.first()
    invitation_revoke(actor=world.officer, invitation=invitation)
    with pytest.raises(ValidationError):
        invitation_resend(actor=world.officer, invitation=invitation)


# --- who sees it ---------------------------------------------------------------------


def test_only_those_taking_part_see_a_consultation(world, consultation):
    from django.contrib.auth.models import AnonymousUser

    def sees(user) -> bool:
        return visible_consultations(user).filter(pk=consultation.pk).exists()

    for who in ["officer", "board_member", "signatory", "administrator"]:
        user = getattr(world, who)
        assert sees(user) and user.has_perm("consultations.view_consultation", consultation), who
    for who in ["outsider", "other_officer"]:
        user = getattr(world, who)
        assert not sees(user) and not user.has_perm("consultations.view_consultation", consultation)
    assert not sees(AnonymousUser())
    assert not AnonymousUser().has_perm("consultations.view_consultation", consultation)
