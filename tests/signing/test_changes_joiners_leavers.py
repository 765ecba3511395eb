"""Joiners and leavers: an accession and a notice each change the party list only from
their effective dates; the existing parties are told, not asked; both are audited."""

from __future__ import annotations

import datetime as dt

import pytest
from django.utils import timezone

from accord.accounts.models import User
from accord.agreements.models import PartyChange
from accord.agreements.services.party_changes import party_give_notice, party_withdraw_notice
from accord.audit.models import AuditEntry
from accord.core.errors import Conflict, Invalid
from accord.signing.as_at import parties_on
from accord.signing.services.admissions import accession_ask
from tests.changes_setup import agreement_in_force, answer, links, organisation_with_signatory

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin(db):
    return User.objects.create_superuser(email="root@example.org", password="x")


def _names(agreement, day):
    return sorted(row.party.organisation.name for row in parties_on(agreement, day).rows)


def test_a_joiner_is_a_party_from_its_joining_day_not_before(
    admin, mailoutbox, django_capture_on_commit_callbacks
):
    agreement = agreement_in_force(admin, mailoutbox)
    before = _names(agreement, None)
    charity, signatory = organisation_with_signatory("Thurrock CVS")
    today = timezone.localdate()
    joins_on = today + dt.timedelta(days=10)
    asked = accession_ask(
        actor=admin,
        agreement=agreement,
        organisation=charity,
        category="Other Partners",
        joins_on=joins_on,
    )
    assert [i.signatory for i in asked.invited] == [signatory]
    (token,) = links(mailoutbox)
    mailoutbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        signature = answer(token)
    assert signature.kind == "accession"

    party = agreement.parties.get(organisation=charity)
    assert party.joined_on == joins_on and party.status == "signed"
    change = PartyChange.objects.get(party=party)
    assert change.kind == "accession" and change.effective_on == joins_on
    # Today and the day before it joins: the list as it was. From that day: with it.
    assert _names(agreement, None) == before
    assert _names(agreement, joins_on - dt.timedelta(days=1)) == before
    assert _names(agreement, joins_on) == sorted([*before, "Thurrock CVS"])
    # The existing parties are told (one e-mail to their signatories), not asked.
    (news,) = mailoutbox
    assert "New party" in news.subject and "Thurrock CVS" in news.subject
    assert signatory.user.email not in news.to
    assert "/sign-up/sign/" not in news.body
    assert AuditEntry.objects.filter(action="signing.accession").count() == 1
    agreement.refresh_from_db()
    assert agreement.status == "in_force"


def test_a_joiner_cannot_join_in_the_past_or_an_agreement_not_in_force(admin, mailoutbox):
    agreement = agreement_in_force(admin, mailoutbox)
    charity, _ = organisation_with_signatory("Charity")
    with pytest.raises(Invalid):
        accession_ask(
            actor=admin,
            agreement=agreement,
            organisation=charity,
            category="Other Partners",
            joins_on=timezone.localdate() - dt.timedelta(days=1),
        )
    agreement.status = "sign_up"
    agreement.save(update_fields=["status"])
    with pytest.raises(Conflict):
        accession_ask(
            actor=admin,
            agreement=agreement,
            organisation=charity,
            category="Other Partners",
            joins_on=timezone.localdate(),
        )


def test_a_leaver_stays_a_party_until_its_notice_takes_effect(
    admin, mailoutbox, django_capture_on_commit_callbacks
):
    agreement = agreement_in_force(admin, mailoutbox, parties=3)
    leaver = agreement.parties.order_by("order").first()
    today = timezone.localdate()
    given_on = today - dt.timedelta(days=5)
    with django_capture_on_commit_callbacks(execute=True):
        change = party_give_notice(
            actor=admin, party=leaver, given_on=given_on, reason="Service ended", period_days=90
        )
    leaves_on = given_on + dt.timedelta(days=90)
    assert change.effective_on == leaves_on
    everyone = _names(agreement, None)
    assert leaver.organisation.name in everyone  # still a party during its notice
    today_row = next(r for r in parties_on(agreement).rows if r.party == leaver)
    assert today_row.leaves_on == leaves_on
    assert leaver.organisation.name in _names(agreement, leaves_on - dt.timedelta(days=1))
    after = _names(agreement, leaves_on)
    assert after == sorted(set(everyone) - {leaver.organisation.name})
    assert [r.party for r in parties_on(agreement, leaves_on).former] == [leaver]
    (news,) = mailoutbox
    assert "Notice to leave" in news.subject
    entry = AuditEntry.objects.get(action="agreement.party.notice")
    assert entry.after["leaves_on"] == leaves_on.isoformat()
    assert entry.after["notice_period_days"] == 90


def test_the_agreement_s_notice_period_wins_and_notice_can_be_withdrawn(admin, mailoutbox):
    agreement = agreement_in_force(admin, mailoutbox)
    agreement.notice_period_days = 30
    agreement.save(update_fields=["notice_period_days"])
    leaver = agreement.parties.order_by("order").first()
    today = timezone.localdate()
    change = party_give_notice(
        actor=admin, party=leaver, given_on=today, reason="Merging", period_days=365
    )
    assert change.effective_on == today + dt.timedelta(days=30)
    with pytest.raises(Conflict):
        party_give_notice(actor=admin, party=leaver, given_on=today, reason="Again")
    party_withdraw_notice(actor=admin, party=leaver, reason="Merger called off")
    leaver.refresh_from_db()
    assert leaver.left_on is None
    assert leaver.organisation.name in _names(agreement, today + dt.timedelta(days=400))
    assert AuditEntry.objects.filter(action="agreement.party.notice.withdraw").count() == 1


def test_notice_cannot_be_given_in_the_future(admin, mailoutbox):
    agreement = agreement_in_force(admin, mailoutbox)
    leaver = agreement.parties.order_by("order").first()
    with pytest.raises(Invalid):
        party_give_notice(
            actor=admin,
            party=leaver,
            given_on=timezone.localdate() + dt.timedelta(days=1),
            reason="Later",
            period_days=30,
        )
    assert not PartyChange.objects.exists()
