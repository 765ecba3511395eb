"""Joining an agreement that asks every party's consent: each party on the day is asked by
an e-mailed link; the joiner is invited to sign only when all have consented; one
objection, the officer's withdrawal or the deadline passing refuses the join."""

from __future__ import annotations

import datetime as dt
import io
import re

import pytest
from django.core.management import call_command
from django.test import Client
from django.utils import timezone

from accord.accounts.models import User
from accord.agreements.models import Agreement, PartyChange, PartyStanding
from accord.api.webhooks.models import WebhookDelivery, WebhookEndpoint
from accord.audit.models import AuditEntry
from accord.core.errors import Conflict, Invalid
from accord.core.history.changes import CHANGE_WRITERS
from accord.signing.as_at import parties_on
from accord.signing.models import (
    AuthorisedSignatory,
    ConsentStatus,
    JoinConsent,
    SigningInvitation,
)
from accord.signing.selectors import invitation_summary
from accord.signing.services import consents
from accord.signing.services.admissions import accession_ask, admission_resend
from accord.signing.services.authority import signatory_withdraw
from accord.signing.services.invitations import invitation_resend
from accord.signing.services.signatures import LinkRefused
from tests.changes_setup import HERE, agreement_in_force, answer, organisation_with_signatory

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin(db):
    return User.objects.create_superuser(email="root@example.org", password="x")


@pytest.fixture
def consent_agreement(admin, mailoutbox) -> Agreement:
    agreement = agreement_in_force(admin, mailoutbox, parties=2)
    Agreement.objects.filter(pk=agreement.pk).update(joining_needs_consent=True)
    agreement.refresh_from_db()
    WebhookEndpoint.objects.create(
        url="http://127.0.0.1:9/hook",
        secret="s",
        events=["party.consent_asked", "party.join_consented", "party.join_refused"],
    )
    return agreement


def _links_to(mailoutbox, email: str) -> list[str]:
    return [
        found.group(1)
        for m in mailoutbox
        if email in m.to and (found := re.search(r"/sign-up/sign/([\w-]+)/", m.body))
    ]


def _party_signatories(agreement) -> list[AuthorisedSignatory]:
    return [
        AuthorisedSignatory.objects.get(organisation=p.organisation, active=True)
        for p in agreement.parties.current().order_by("order")
    ]


def _ask(admin, agreement, organisation, joins_on=None):
    return accession_ask(
        actor=admin,
        agreement=agreement,
        organisation=organisation,
        category="Other Partners",
        joins_on=joins_on or timezone.localdate(),
    )


def _consent(token: str, answer: str = "consented", reason: str = ""):
    return consents.consent_with_link(
        token=token,
        full_name="Pat Party",
        post="Chief Executive",
        answer=answer,
        reason=reason,
        context=HERE,
    )


def _names(agreement, day):
    return sorted(row.party.organisation.name for row in parties_on(agreement, day).rows)


def _sentences(action: str) -> list[str]:
    return [
        CHANGE_WRITERS[action](e.before or {}, e.after or {}).sentence
        for e in AuditEntry.objects.filter(action=action).order_by("pk")
    ]


def test_every_party_consents_then_the_joiner_signs_and_joins_from_its_day(
    admin, consent_agreement, mailoutbox, django_capture_on_commit_callbacks
):
    agreement = consent_agreement
    before = _names(agreement, None)
    charity, joiner_signatory = organisation_with_signatory("Thurrock CVS")
    joins_on = timezone.localdate() + dt.timedelta(days=5)
    asked = _ask(admin, agreement, charity, joins_on)
    assert asked.consent is not None and not asked.invited and not asked.without_signatory
    # The joiner is not invited yet; each existing party's signatory is asked.
    assert not _links_to(mailoutbox, joiner_signatory.user.email)
    first, second = _party_signatories(agreement)
    (token_a,) = _links_to(mailoutbox, first.user.email)
    (token_b,) = _links_to(mailoutbox, second.user.email)
    assert any("Consent asked for Thurrock CVS to join" in m.subject for m in mailoutbox)
    with pytest.raises(Conflict):
        admission_resend(actor=admin, party=asked.party)
    # A consent link is not a signing link: sign-up's "send again" refuses it, and the
    # sign-up page's count of links out leaves it to the request.
    with pytest.raises(Conflict, match="consent"):
        invitation_resend(actor=admin, invitation=SigningInvitation.objects.first())
    assert invitation_summary(agreement) == (0, [])

    mailoutbox.clear()
    _consent(token_a)
    assert not mailoutbox  # one party of two: still waiting
    with pytest.raises(LinkRefused):
        _consent(token_a)  # each link works once
    _consent(token_b)
    consent = JoinConsent.objects.get()
    assert consent.status == ConsentStatus.CONSENTED
    (joiner_token,) = _links_to(mailoutbox, joiner_signatory.user.email)

    with django_capture_on_commit_callbacks(execute=True):
        signature = answer(joiner_token)
    assert signature.kind == "accession"
    party = agreement.parties.get(organisation=charity)
    assert party.standing == PartyStanding.MEMBER and party.joined_on == joins_on
    change = PartyChange.objects.get(party=party)
    assert change.kind == "accession" and change.with_consent
    assert _names(agreement, joins_on - dt.timedelta(days=1)) == before
    assert _names(agreement, joins_on) == sorted([*before, "Thurrock CVS"])

    assert len(_sentences("signing.consent.answer")) == 2
    (asked_sentence,) = _sentences("signing.consent.ask")
    assert "Asked every party to consent to Thurrock CVS joining" in asked_sentence
    assert _sentences("signing.consent.end") == [
        "Every party consented to Thurrock CVS joining; Thurrock CVS is invited to sign."
    ]
    events = list(WebhookDelivery.objects.order_by("pk").values_list("event", "payload"))
    assert [e for e, _ in events] == ["party.consent_asked", "party.join_consented"]
    assert sorted(events[1][1]["consented"]) == sorted(
        [first.organisation.slug, second.organisation.slug]
    )
    assert events[1][1]["organisation"] == charity.slug and not events[1][1]["not_answered"]

    client = Client()  # the agreement in force is public: no sign-in
    rows = client.get(f"/api/agreements/{agreement.slug}/parties").json()
    joined = [r for r in rows if r["organisation"] == charity.slug]
    assert joined[0]["join_consent"] == "consented" and joined[0]["standing"] == "member"


def test_one_objection_refuses_the_join_and_nobody_joins(
    admin, consent_agreement, mailoutbox, django_capture_on_commit_callbacks
):
    agreement = consent_agreement
    before = _names(agreement, None)
    charity, joiner_signatory = organisation_with_signatory("Thurrock CVS")
    officer = User.objects.create_user(email="officer@example.org", password="x")
    officer.roles.create(name="officer", body=agreement.owning_body)
    _ask(admin, agreement, charity)
    first, second = _party_signatories(agreement)
    (token_a,) = _links_to(mailoutbox, first.user.email)
    (token_b,) = _links_to(mailoutbox, second.user.email)
    with pytest.raises(Invalid):
        _consent(token_a, "objected", reason="   ")  # an objection gives a reason
    mailoutbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        _consent(token_a, "objected", reason="We were not told what <b>they</b> would do.")
    consent = JoinConsent.objects.get()
    assert consent.status == ConsentStatus.OBJECTED
    party = agreement.parties.get(organisation=charity)
    assert party.standing == PartyStanding.NOT_JOINED
    # The other party's link no longer works; the joiner was never invited.
    with pytest.raises(LinkRefused):
        _consent(token_b)
    assert not _links_to(mailoutbox, joiner_signatory.user.email)
    (told,) = mailoutbox
    assert "does not join" in told.subject
    assert joiner_signatory.user.email in told.to and "officer@example.org" in told.to
    assert "We were not told what <b>they</b> would do." in told.body
    assert _names(agreement, timezone.localdate() + dt.timedelta(days=400)) == before
    assert not PartyChange.objects.filter(party=party).exists()
    (ended,) = _sentences("signing.consent.end")
    assert ended.startswith("Thurrock CVS does not join:") and "objected" in ended
    (_, refused) = WebhookDelivery.objects.order_by("pk").values_list("event", "payload")
    assert refused[0] == "party.join_refused" and refused[1]["status"] == "objected"

    client = Client()  # the agreement in force is public: no sign-in
    rows = client.get(f"/api/agreements/{agreement.slug}/parties").json()
    (objected,) = [r for r in rows if r["organisation"] == charity.slug]
    assert objected["standing"] == "not_joined" and objected["join_consent"] == "objected"
    assert len(rows) == len(before) + 1


def test_a_link_from_a_withdrawn_signatory_is_refused(admin, consent_agreement, mailoutbox):
    agreement = consent_agreement
    charity, _ = organisation_with_signatory("Thurrock CVS")
    _ask(admin, agreement, charity)
    first, second = _party_signatories(agreement)
    (token,) = _links_to(mailoutbox, first.user.email)
    (token_b,) = _links_to(mailoutbox, second.user.email)
    signatory_withdraw(actor=admin, signatory=first)
    with pytest.raises(LinkRefused, match="withdrawn"):
        _consent(token)
    # Even a link not withdrawn with it is checked against the authority when used.
    AuthorisedSignatory.objects.filter(pk=second.pk).update(active=False)
    with pytest.raises(LinkRefused, match="no longer an authorised signatory"):
        _consent(token_b)
    assert JoinConsent.objects.get().status == ConsentStatus.PENDING
    assert not JoinConsent.objects.get().answers.exclude(answer="").exists()


def test_the_deadline_passing_refuses_the_join(admin, consent_agreement, mailoutbox, settings):
    agreement = consent_agreement
    charity, joiner_signatory = organisation_with_signatory("Thurrock CVS")
    _ask(admin, agreement, charity)
    first, second = _party_signatories(agreement)
    (token_a,) = _links_to(mailoutbox, first.user.email)
    (token_b,) = _links_to(mailoutbox, second.user.email)
    _consent(token_a)
    consent = JoinConsent.objects.get()
    assert (
        consent.deadline.date()
        == (timezone.now() + dt.timedelta(days=settings.ACCORD_SIGNING_LINK_DAYS)).date()
    )
    assert consents.consents_lapse() == []  # before the deadline: nothing ends
    JoinConsent.objects.filter(pk=consent.pk).update(
        deadline=timezone.now() - dt.timedelta(minutes=1)
    )
    SigningInvitation.objects.filter(consent=consent).update(
        expires_at=timezone.now() - dt.timedelta(minutes=1)
    )
    with pytest.raises(LinkRefused, match="expired"):
        _consent(token_b)
    out = io.StringIO()
    call_command("remind", stdout=out)
    assert "Thurrock CVS does not join" in out.getvalue()
    consent.refresh_from_db()
    assert consent.status == ConsentStatus.LAPSED
    assert agreement.parties.get(organisation=charity).standing == PartyStanding.NOT_JOINED
    assert not _links_to(mailoutbox, joiner_signatory.user.email)
    assert consents.consents_lapse() == []  # running it again ends nothing twice
    (ended,) = _sentences("signing.consent.end")
    assert "not every party consented by the deadline" in ended


def test_the_officer_withdraws_the_request(admin, consent_agreement, mailoutbox):
    agreement = consent_agreement
    charity, _ = organisation_with_signatory("Thurrock CVS")
    _ask(admin, agreement, charity)
    first, _ = _party_signatories(agreement)
    (token,) = _links_to(mailoutbox, first.user.email)
    consent = JoinConsent.objects.get()
    outsider = User.objects.create_user(email="nobody@example.org", password="x")
    with pytest.raises(Exception, match="partnership officer"):
        consents.consent_withdraw(actor=outsider, request=consent)
    consents.consent_withdraw(actor=admin, request=consent)
    assert JoinConsent.objects.get().status == ConsentStatus.WITHDRAWN
    with pytest.raises(LinkRefused):
        _consent(token)
    with pytest.raises(Conflict):
        consents.consent_withdraw(actor=admin, request=consent)
    # Asked again later: a fresh request, and the organisation's row is reused.
    again = _ask(admin, agreement, charity)
    assert again.consent is not None and again.consent.pk != consent.pk


def test_parties_that_have_not_answered_are_reminded_before_the_deadline(
    admin, consent_agreement, mailoutbox, settings
):
    """Only the party still silent is reminded, with a fresh link (the old one stops
    working), on the schedule's days before the deadline, once per day however often it
    runs; not on the day it was asked, and not after the request ends."""
    settings.ACCORD_REMINDER_DAYS = [7, 1, 0, -1]
    agreement = consent_agreement
    charity, _ = organisation_with_signatory("Thurrock CVS")
    _ask(admin, agreement, charity)
    first, second = _party_signatories(agreement)
    (token_a,) = _links_to(mailoutbox, first.user.email)
    (old_b,) = _links_to(mailoutbox, second.user.email)
    _consent(token_a)
    consent = JoinConsent.objects.get()
    deadline = timezone.localdate(consent.deadline)
    assert consents.consents_remind(today=timezone.localdate()) == []  # the day it was asked
    assert consents.consents_remind(today=deadline - dt.timedelta(days=3)) == []  # not due

    mailoutbox.clear()
    reminded = consents.consents_remind(today=deadline - dt.timedelta(days=7))
    assert reminded == [
        f"{second.user.email} ({agreement.parties.order_by('order')[1].name_as_party})"
    ]
    assert [m.to for m in mailoutbox] == [[second.user.email]]
    assert mailoutbox[0].subject.startswith("Reminder: Consent asked for Thurrock CVS to join")
    assert "answers are taken for 7 more days" in mailoutbox[0].body
    assert consents.consents_remind(today=deadline - dt.timedelta(days=7)) == []  # once a day
    (new_b,) = _links_to(mailoutbox, second.user.email)
    with pytest.raises(LinkRefused):
        _consent(old_b)
    (sentence,) = _sentences("signing.consent.remind")
    assert sentence.startswith(f"Reminded {second.user.email} that ")
    assert "may join; answers are taken until" in sentence

    out = io.StringIO()
    call_command("remind", stdout=out)  # today is not a day of the schedule: nothing sent
    assert "consent to a joiner is still awaited" not in out.getvalue()
    # A day before the deadline, `accord remind` (or the worker's hourly run) sends it.
    JoinConsent.objects.filter(pk=consent.pk).update(
        asked_at=timezone.now() - dt.timedelta(days=13),
        deadline=timezone.now() + dt.timedelta(days=1),
    )
    mailoutbox.clear()
    call_command("remind", stdout=out)
    assert "Reminded 1 signatory link(s) that a consent to a joiner is still awaited" in (
        out.getvalue()
    )
    assert "answers are taken for 1 more day." in mailoutbox[0].body
    (last_b,) = _links_to(mailoutbox, second.user.email)
    _consent(last_b)  # every party has now consented: the request ends, nobody is reminded
    assert consents.consents_remind(today=timezone.localdate()) == []


def test_a_party_that_joins_meanwhile_is_asked_about_the_other_joiner_too(
    admin, consent_agreement, mailoutbox
):
    # Found by the record-integrity machine: two organisations asked about at once, each
    # consented to by the parties of the day; once the first joined, the second could
    # join "with every party's consent" although the first, a party by then, was never
    # asked.
    agreement = consent_agreement
    charity, charity_signatory = organisation_with_signatory("Thurrock CVS")
    trust, trust_signatory = organisation_with_signatory("Thurrock Housing Trust")
    _ask(admin, agreement, charity)
    _ask(admin, agreement, trust)
    for signatory in _party_signatories(agreement):
        for token in _links_to(mailoutbox, signatory.user.email):
            _consent(token)
    assert set(JoinConsent.objects.values_list("status", flat=True)) == {"consented"}
    (charity_token,) = _links_to(mailoutbox, charity_signatory.user.email)
    (trust_token,) = _links_to(mailoutbox, trust_signatory.user.email)
    mailoutbox.clear()

    answer(charity_token)  # the charity joins: a party now
    trust_request = JoinConsent.objects.get(joiner__organisation=trust)
    assert trust_request.status == ConsentStatus.PENDING
    with pytest.raises(LinkRefused):
        answer(trust_token)  # its invitation waits for the new party's answer
    (asked_too,) = _sentences("signing.consent.include")
    assert "Asked Thurrock CVS, a party since the request was made, whether Thurrock " in (
        asked_too
    )

    (charity_consent,) = _links_to(mailoutbox, charity_signatory.user.email)
    _consent(charity_consent)
    trust_request.refresh_from_db()
    assert trust_request.status == ConsentStatus.CONSENTED
    assert set(trust_request.answers.values_list("party__organisation__name", "answer")) == {
        *((p.organisation.name, "consented") for p in agreement.parties.current()),
    }
    (new_trust_token,) = _links_to(mailoutbox, trust_signatory.user.email)
    with pytest.raises(LinkRefused, match="not for consent"):
        _consent(new_trust_token)  # a link to sign is not a link to consent
    answer(new_trust_token)
    change = PartyChange.objects.get(party__organisation=trust)
    assert change.with_consent
    assert _names(agreement, None) == sorted(
        p.organisation.name for p in agreement.parties.current()
    ) and "Thurrock Housing Trust" in _names(agreement, None)
