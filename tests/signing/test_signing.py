"""Sign-up: invitations, signing and declining, every refusal, reminders, coming into force."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from django.core.management import call_command
from django.utils import timezone

from accord.accounts.models import User
from accord.agreements.services import drafting, versions
from accord.agreements.services.transitions import agreement_transition
from accord.audit.models import AuditEntry
from accord.audit.services import audit_verify
from accord.signing.models import (
    RefusedLinkAttempts,
    ReminderSent,
    Signature,
    SigningInvitation,
    SignUpCloseOut,
)
from accord.signing.services import invitations, reminders, signatures
from tests.signing_setup import agreement_open_for_signing

pytestmark = pytest.mark.django_db
HERE = signatures.Context(ip_address="127.0.0.1", user_agent="pytest")


@pytest.fixture
def admin(db):
    return User.objects.create_superuser(email="root@example.org", password="x")


def _links(mailoutbox) -> list[str]:
    return [re.search(r"/sign-up/sign/([\w-]+)/", m.body).group(1) for m in mailoutbox]


def _sign(token, decision="signed", reason="", **extra):
    return signatures.sign_with_link(
        token=token,
        full_name="Ada Signer",
        post="Chief Executive",
        decision=decision,
        reason=reason,
        context=HERE,
        **extra,
    )


def test_opening_sign_up_invites_each_signatory_once(admin, mailoutbox):
    agreement, signatories = agreement_open_for_signing(3)
    opened = invitations.signing_open(actor=admin, agreement=agreement)
    assert len(opened.invited) == 3 and opened.without_signatory == []
    assert sorted(m.to[0] for m in mailoutbox) == sorted(s.user.email for s in signatories)
    version = agreement.versions.get()
    assert version.content_hash in mailoutbox[0].body
    assert SigningInvitation.objects.filter(version=version).count() == 3
    assert all(len(t) > 30 for t in _links(mailoutbox))
    assert not SigningInvitation.objects.filter(
        token_hash__in=_links(mailoutbox)
    ).exists()  # only hashes stored


def test_a_party_without_a_signatory_is_reported(admin, mailoutbox):
    agreement, signatories = agreement_open_for_signing(2)
    signatories[0].active = False
    signatories[0].save()
    opened = invitations.signing_open(actor=admin, agreement=agreement)
    assert [p.organisation for p in opened.without_signatory] == [signatories[0].organisation]


def test_signing_records_everything_and_the_last_signature_brings_it_into_force(admin, mailoutbox):
    agreement, _ = agreement_open_for_signing(2)
    invitations.signing_open(actor=admin, agreement=agreement)
    first, second = _links(mailoutbox)
    signature = _sign(first)
    assert signature.content_hash == agreement.versions.get().content_hash
    assert (signature.ip_address, signature.user_agent, signature.method) == (
        "127.0.0.1",
        "pytest",
        "emailed_link",
    )
    agreement.refresh_from_db()
    assert agreement.status == "sign_up"
    _sign(second)
    agreement.refresh_from_db()
    assert agreement.status == "in_force"
    assert AuditEntry.objects.filter(action="signing.signed").count() == 2
    assert audit_verify()[1] == []


def test_pressing_twice_gives_one_signature_and_a_clear_message(admin, mailoutbox):
    agreement, signatories = agreement_open_for_signing(1)
    invitations.signing_open(actor=admin, agreement=agreement)
    (token,) = _links(mailoutbox)
    _sign(token)
    with pytest.raises(signatures.LinkRefused, match="already been used"):
        _sign(token)
    # A second signatory of the same party, with a link of their own, is told it is done.
    other = type(signatories[0]).objects.create(
        organisation=signatories[0].organisation,
        post="Deputy",
        authority="Delegation",
        user=User.objects.create_user(email="deputy@example.org", password="x"),
    )
    agreement.status = "sign_up"
    agreement.save()
    party = agreement.parties.get()
    mailoutbox.clear()
    invitations.invite(party=party, version=agreement.versions.get(), signatory=other)
    with pytest.raises(signatures.AlreadyAnswered, match="already signed"):
        _sign(_links(mailoutbox)[0])
    assert Signature.objects.count() == 1


@pytest.mark.parametrize("how", ["expired", "revoked", "forged"])
def test_unusable_links_are_refused_and_counted_not_audited(admin, mailoutbox, how):
    agreement, _ = agreement_open_for_signing(1)
    invitations.signing_open(actor=admin, agreement=agreement)
    (token,) = _links(mailoutbox)
    invitation = SigningInvitation.objects.get()
    if how == "expired":
        SigningInvitation.objects.filter(pk=invitation.pk).update(
            expires_at=timezone.now() - dt.timedelta(minutes=1)
        )
    elif how == "revoked":
        invitations.invitation_revoke(actor=admin, invitation=invitation)
    else:
        token = token[:-4] + "abcd"
    audited = AuditEntry.objects.count()
    for _ in range(3):
        with pytest.raises(signatures.LinkRefused):
            _sign(token)
    assert Signature.objects.count() == 0
    # Counted per link, minute and reason; never one audit entry per request.
    assert AuditEntry.objects.count() == audited
    (counter,) = RefusedLinkAttempts.objects.all()
    assert counter.count == 3
    assert counter.link == ("unknown" if how == "forged" else str(invitation.pk))


def test_someone_signed_in_as_another_person_cannot_use_the_link(admin, mailoutbox):
    agreement, _ = agreement_open_for_signing(1)
    invitations.signing_open(actor=admin, agreement=agreement)
    (token,) = _links(mailoutbox)
    intruder = User.objects.create_user(email="intruder@example.org", password="x")
    with pytest.raises(signatures.LinkRefused, match="You are signed in as intruder@example.org"):
        _sign(token, user=intruder)
    assert Signature.objects.count() == 0
    assert RefusedLinkAttempts.objects.get().reason == "another person"


def test_declining_needs_a_reason(admin, mailoutbox):
    agreement, _ = agreement_open_for_signing(1)
    invitations.signing_open(actor=admin, agreement=agreement)
    (token,) = _links(mailoutbox)
    with pytest.raises(Exception, match="Say why"):
        _sign(token, decision="declined")
    signature = _sign(token, decision="declined", reason="Our board has not met.")
    assert signature.decision == "declined"
    assert agreement.parties.get().status == "declined"


def test_a_signature_cannot_be_changed_or_deleted(admin, mailoutbox):
    agreement, _ = agreement_open_for_signing(1)
    invitations.signing_open(actor=admin, agreement=agreement)
    signature = _sign(_links(mailoutbox)[0])
    signature.full_name = "Someone else"
    with pytest.raises(ValueError):
        signature.save()
    with pytest.raises(ValueError):
        signature.delete()


def test_a_new_version_keeps_old_signatures_and_withdraws_the_old_links(admin, mailoutbox):
    agreement, _ = agreement_open_for_signing(2)
    invitations.signing_open(actor=admin, agreement=agreement)
    first, second = _links(mailoutbox)
    _sign(first)
    old = agreement.versions.get()
    # Back to draft for an amended text, the way the pages do it.
    agreement_transition(actor=admin, agreement=agreement, to="draft")
    draft = drafting.draft_start(actor=admin, agreement=agreement)
    section = draft.sections.get()
    drafting.section_update(
        actor=admin,
        section=section,
        heading=section.heading,
        text="We agree, as amended.",
        revision=draft.revision,
    )
    versions.agreement_publish_version(
        actor=admin, agreement=agreement, label="Amended", revision=draft.revision
    )
    assert Signature.objects.get().version == old  # the first party's answer stays on record
    assert set(agreement.parties.values_list("status", flat=True)) == {"pending"}
    # The unused version-1 link stopped working when sign-up closed for the new text.
    with pytest.raises(signatures.LinkRefused, match="withdrawn"):
        _sign(second)


def test_closing_sign_up_brings_it_into_force_with_those_who_signed(admin, mailoutbox):
    agreement, _ = agreement_open_for_signing(3)
    invitations.signing_open(actor=admin, agreement=agreement)
    _sign(_links(mailoutbox)[0])
    signatures.signing_close(actor=admin, agreement=agreement)
    agreement.refresh_from_db()
    assert agreement.status == "in_force"
    entry = AuditEntry.objects.get(action="signing.close")
    assert entry.after["signed"] == 1 and len(entry.after["not_signed"]) == 2
    close_out = SignUpCloseOut.objects.get(agreement=agreement)
    assert close_out.version == agreement.signing_version
    assert len(close_out.not_signed) == 2
    assert not SigningInvitation.objects.filter(
        used_at__isnull=True, revoked_at__isnull=True
    ).exists()


def test_reminders_follow_the_schedule_and_never_double_send(admin, mailoutbox, settings):
    settings.ACCORD_REMINDER_DAYS = [7, -1]
    today = timezone.localdate()
    agreement, signatories = agreement_open_for_signing(2, deadline=today + dt.timedelta(days=7))
    invitations.signing_open(actor=admin, agreement=agreement)
    mailoutbox.clear()
    assert len(reminders.signing_remind(today=today).reminded) == 2
    assert len(reminders.signing_remind(today=today).reminded) == 0
    assert len(mailoutbox) == 2 and "reminder" in mailoutbox[0].body.lower()
    assert len(reminders.signing_remind(today=today + dt.timedelta(days=1)).reminded) == 0
    officer = User.objects.create_user(email="officer-x@example.org", password="x")
    officer.roles.create(name="officer", body=agreement.owning_body)
    mailoutbox.clear()
    result = reminders.signing_remind(today=today + dt.timedelta(days=8))
    assert len(result.reminded) == 2
    assert agreement.title in result.overdue
    assert any("officer-x@example.org" in m.to for m in mailoutbox)
    # Four reminders, and the officers told once of the overdue parties: the worker runs
    # reminders every hour, and a second run that day tells them nothing again.
    assert ReminderSent.objects.count() == 5
    mailoutbox.clear()
    again = reminders.signing_remind(today=today + dt.timedelta(days=8))
    assert again.reminded == [] and mailoutbox == []


def test_accord_remind_reports_what_it_did(admin, mailoutbox, capsys):
    call_command("remind")
    assert "No reminders were due today" in capsys.readouterr().out
