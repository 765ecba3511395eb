"""Signatory changes: a signature stays valid when its signatory goes or changes post;
the officer is told who now holds the authority, and an agreement whose text names the
post is re-confirmed by the new post-holder."""

from __future__ import annotations

import pytest

from accord.accounts.models import User
from accord.agreements.models import Agreement
from accord.audit.models import AuditEntry
from accord.core.errors import Invalid
from accord.signing.models import AuthorisedSignatory, SignatoryNotice, Signature
from accord.signing.services.authority import signatory_change_post, signatory_withdraw
from accord.signing.services.signatory_changes import notice_note, reconfirmation_ask
from tests.changes_setup import agreement_in_force, answer, links

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin(db):
    return User.objects.create_superuser(email="root@example.org", password="x")


@pytest.fixture
def signed(admin, mailoutbox):
    """An agreement in force whose declaration names the post its parties signed in, and
    an officer of its owning body."""
    agreement = agreement_in_force(admin, mailoutbox)
    Agreement.objects.filter(pk=agreement.pk).update(
        declaration="Signed for each party by its Chief Executive."
    )
    officer = User.objects.create_user(email="officer@example.org", password="x")
    officer.roles.create(name="officer", body=agreement.owning_body)
    party = agreement.parties.order_by("order").first()
    return agreement, party, Signature.objects.get(party=party)


def test_a_withdrawn_signatory_leaves_the_signature_valid_and_the_post_holder_reconfirms(
    admin, signed, mailoutbox, django_capture_on_commit_callbacks
):
    agreement, party, signature = signed
    successor = AuthorisedSignatory.objects.create(
        organisation=party.organisation,
        user=User.objects.create_user(email="new.ceo@example.org", password="x"),
        post="Chief Executive",
        authority="Delegation",
    )
    with django_capture_on_commit_callbacks(execute=True):
        signatory_withdraw(actor=admin, signatory=signature.signatory)
    notice = SignatoryNotice.objects.get(agreement=agreement)
    assert notice.signature == signature and notice.change == "withdrawn"
    assert notice.text_names_post and notice.is_open
    # The officer is told, and told who now holds the authority.
    (told,) = [m for m in mailoutbox if "officer@example.org" in m.to]
    assert "Signatory changed" in told.subject and "new.ceo@example.org" not in told.to
    # The signature given with authority at the time stands; so does the agreement.
    signature.refresh_from_db()
    party.refresh_from_db()
    agreement.refresh_from_db()
    assert signature.decision == "signed" and party.status == "signed"
    assert agreement.status == "in_force"

    mailoutbox.clear()
    reconfirmation_ask(actor=admin, notice=notice, signatory=successor)
    (token,) = links(mailoutbox)
    assert mailoutbox[0].to == ["new.ceo@example.org"]
    reconfirmed = answer(token, name="New Chief Executive")
    assert reconfirmed.kind == "reconfirmation"
    notice.refresh_from_db()
    assert notice.resolution == "reconfirmed" and not notice.is_open
    # The original signature is still the party's answer on the version.
    assert Signature.objects.filter(party=party, kind="signature").get() == signature
    assert AuditEntry.objects.filter(action="signing.reconfirmation").count() == 1


def test_a_change_of_post_opens_one_notice_and_the_officer_may_note_it(admin, signed):
    agreement, party, signature = signed
    signatory_change_post(
        actor=admin,
        signatory=signature.signatory,
        post="Director of Children's Services",
        authority="Delegation",
    )
    notice = SignatoryNotice.objects.get(agreement=agreement)
    assert notice.change == "post_changed"
    signature.refresh_from_db()
    assert signature.post == "Chief Executive"  # the post it was given in
    notice_note(actor=admin, notice=notice)
    notice.refresh_from_db()
    assert notice.resolution == "noted"
    assert AuditEntry.objects.filter(action="signing.notice.note").count() == 1


def test_only_a_current_signatory_of_the_party_can_be_asked(admin, signed):
    agreement, party, signature = signed
    signatory_withdraw(actor=admin, signatory=signature.signatory)
    notice = SignatoryNotice.objects.get(agreement=agreement)
    other_party = agreement.parties.exclude(pk=party.pk).get()
    stranger = AuthorisedSignatory.objects.get(organisation=other_party.organisation)
    with pytest.raises(Invalid):
        reconfirmation_ask(actor=admin, notice=notice, signatory=stranger)
    signature.signatory.refresh_from_db()
    with pytest.raises(Invalid):
        reconfirmation_ask(actor=admin, notice=notice, signatory=signature.signatory)
