"""Succession: an organisation recorded as succeeded flags exactly the agreements it is a
live party to, and its successor confirms in its place by a novation that keeps the
original signature."""

from __future__ import annotations

import csv
import datetime as dt
import io

import pytest
from django.utils import timezone

from accord.accounts.models import User
from accord.agreements.models import Party, PartyChange
from accord.agreements.successions import succeeded_parties
from accord.audit.models import AuditEntry
from accord.audit.services import audit_verify
from accord.core.errors import Conflict, Invalid, Refused
from accord.organisations.services import organisation_record_succession
from accord.signing.models import Signature, SigningInvitation
from accord.signing.services.admissions import successor_ask
from tests.agreements.factories import AgreementFactory, PartyFactory
from tests.changes_setup import agreement_in_force, answer, links, organisation_with_signatory
from tests.organisations.factories import OrganisationFactory
from tests.second_factor import login_fully

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin(db):
    return User.objects.create_superuser(email="root@example.org", password="x")


def test_succession_flags_exactly_the_live_agreements_it_is_party_to(admin, mailoutbox):
    ccg = OrganisationFactory(name="Thurrock CCG")
    icb = OrganisationFactory(name="Mid and South Essex ICB")
    other = OrganisationFactory(name="Thurrock Council")
    by_status = {}
    for status in ("draft", "sign_up", "in_force", "under_review", "withdrawn", "expired"):
        agreement = AgreementFactory(status=status, title=f"MOU {status}")
        PartyFactory(agreement=agreement, organisation=ccg)
        PartyFactory(agreement=agreement, organisation=other)
        by_status[status] = agreement
    # In force, but the CCG left it before the succession: not flagged either.
    gone = AgreementFactory(status="in_force", title="MOU the CCG left")
    PartyFactory(agreement=gone, organisation=ccg, left_on=dt.date(2021, 1, 1))
    PartyFactory(agreement=gone, organisation=other)
    # Another organisation's agreement is untouched.
    unrelated = AgreementFactory(status="in_force", title="MOU without the CCG")
    PartyFactory(agreement=unrelated, organisation=other)

    assert succeeded_parties() == []
    organisation_record_succession(
        actor=admin,
        predecessor=ccg,
        successor=icb,
        date=dt.date(2022, 7, 1),
        note="CCGs replaced by Integrated Care Boards",
    )
    flagged = succeeded_parties()
    assert sorted(f.party.agreement.title for f in flagged) == [
        "MOU in_force",
        "MOU sign_up",
        "MOU under_review",
    ]
    assert all(f.party.organisation == ccg for f in flagged)
    assert {f.successor_names for f in flagged} == {"Mid and South Essex ICB"}
    ccg.refresh_from_db()
    assert ccg.dissolved_on == dt.date(2022, 6, 30)
    entry = AuditEntry.objects.get(action="organisation.succession.record")
    assert entry.after["successor"] == "Mid and South Essex ICB"
    # Seen as at a day before the succession, nothing was flagged.
    assert succeeded_parties(on=dt.date(2022, 6, 30)) == []


def test_only_the_register_keepers_record_a_succession_and_not_to_itself(admin):
    ccg, icb = OrganisationFactory(), OrganisationFactory()
    officer = User.objects.create_user(email="officer@example.org", password="x")
    with pytest.raises(Refused):
        organisation_record_succession(
            actor=officer, predecessor=ccg, successor=icb, date=dt.date(2022, 7, 1)
        )
    with pytest.raises(Invalid):
        organisation_record_succession(
            actor=admin, predecessor=ccg, successor=ccg, date=dt.date(2022, 7, 1)
        )
    assert not AuditEntry.objects.filter(action="organisation.succession.record").exists()


def test_the_successor_confirms_by_novation_and_the_original_signature_is_kept(
    admin, mailoutbox, client
):
    agreement = agreement_in_force(admin, mailoutbox)
    ccg_party = agreement.parties.order_by("order").first()
    original = Signature.objects.get(party=ccg_party)
    icb, icb_signatory = organisation_with_signatory("Mid and South Essex ICB")
    organisation_record_succession(
        actor=admin,
        predecessor=ccg_party.organisation,
        successor=icb,
        date=timezone.localdate() - dt.timedelta(days=30),
    )
    mailoutbox.clear()

    asked = successor_ask(actor=admin, party=ccg_party, successor=icb)
    assert [i.signatory for i in asked.invited] == [icb_signatory]
    (token,) = links(mailoutbox)
    assert "novation" in mailoutbox[0].body and icb_signatory.user.email in mailoutbox[0].to
    # Asked, not yet answered: still flagged, with the confirmation in progress.
    (flag,) = succeeded_parties()
    assert [p.organisation for p in flag.asked] == [icb]
    # Until the ICB answers, the agreement's party list is unchanged.
    assert ccg_party.is_current() and agreement.parties.current().count() == 2

    confirmation = answer(token, name="Anthony McKeever")
    assert confirmation.kind == "novation"
    assert confirmation.in_place_of == ccg_party
    assert confirmation.version == original.version
    assert confirmation.content_hash == original.content_hash

    # The predecessor's own signature is on record, unchanged; it left the list today.
    original.refresh_from_db()
    assert Signature.objects.filter(party=ccg_party).get() == original
    assert original.decision == "signed" and original.kind == "signature"
    ccg_party.refresh_from_db()
    assert ccg_party.left_on == timezone.localdate()
    icb_party = Party.objects.get(agreement=agreement, organisation=icb)
    assert icb_party.standing == "member" and icb_party.status == "signed"
    assert icb_party.succeeds == ccg_party
    change = PartyChange.objects.get(agreement=agreement, party=icb_party)
    assert change.kind == "novation" and change.in_place_of == ccg_party
    agreement.refresh_from_db()
    assert agreement.status == "in_force"
    assert succeeded_parties() == []  # confirmed: nothing more to do
    entry = AuditEntry.objects.get(action="signing.novation")
    assert entry.after["in_place_of"] == str(ccg_party.organisation)
    assert audit_verify()[1] == []

    page = client.get(agreement.get_absolute_url()).content.decode()
    assert "Confirmed (novation) by Anthony McKeever" in page
    assert f"Original signature: {original.organisation_name}, by {original.full_name}" in page


def test_a_declined_confirmation_leaves_the_party_flagged(admin, mailoutbox):
    agreement = agreement_in_force(admin, mailoutbox)
    party = agreement.parties.order_by("order").first()
    icb, _ = organisation_with_signatory("Successor")
    organisation_record_succession(
        actor=admin, predecessor=party.organisation, successor=icb, date=timezone.localdate()
    )
    mailoutbox.clear()
    successor_ask(actor=admin, party=party, successor=icb)
    answer(links(mailoutbox)[0], decision="declined", reason="Not our service.")
    party.refresh_from_db()
    assert party.is_current()
    (flag,) = succeeded_parties()
    assert [p.organisation for p in flag.refused] == [icb]


def test_only_a_recorded_successor_can_be_asked_and_only_once(admin, mailoutbox):
    agreement = agreement_in_force(admin, mailoutbox)
    party = agreement.parties.order_by("order").first()
    icb, _ = organisation_with_signatory("Successor")
    stranger, _ = organisation_with_signatory("Not a successor")
    with pytest.raises(Invalid):
        successor_ask(actor=admin, party=party, successor=stranger)
    organisation_record_succession(
        actor=admin, predecessor=party.organisation, successor=icb, date=timezone.localdate()
    )
    successor_ask(actor=admin, party=party, successor=icb)
    with pytest.raises(Conflict):
        successor_ask(actor=admin, party=party, successor=icb)
    assert SigningInvitation.objects.filter(kind="novation").count() == 1


def test_the_api_and_open_data_date_the_novation(admin, mailoutbox, client):
    agreement = agreement_in_force(admin, mailoutbox)
    party = agreement.parties.order_by("order").first()
    icb, _ = organisation_with_signatory("Successor")
    organisation_record_succession(
        actor=admin, predecessor=party.organisation, successor=icb, date=timezone.localdate()
    )
    successor_ask(actor=admin, party=party, successor=icb)
    listed = client.get(f"/api/agreements/{agreement.slug}/parties").json()
    # Asked, not answered: not a party yet, so not listed.
    assert icb.slug not in [p["organisation"] for p in listed]
    answer(links(mailoutbox)[-1])
    today = timezone.localdate().isoformat()
    by_slug = {
        p["organisation"]: p for p in client.get(f"/api/agreements/{agreement.slug}/parties").json()
    }
    assert by_slug[party.organisation.slug]["left_on"] == today
    assert by_slug[icb.slug]["joined_on"] == today
    assert by_slug[icb.slug]["basis"] == "novation"
    assert by_slug[icb.slug]["succeeds"] == party.organisation.slug
    response = client.get("/open-data/parties.csv")
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
    header = rows[0]
    successor_row = next(r for r in rows[1:] if r[header.index("Organisation slug")] == icb.slug)
    assert successor_row[header.index("Joined on")] == today
    assert successor_row[header.index("In place of (organisation slug)")] == party.organisation.slug


def test_withdrawing_a_request_asks_first_then_withdraws_and_audits(admin, mailoutbox, client):
    agreement = agreement_in_force(admin, mailoutbox)
    party = agreement.parties.order_by("order").first()
    icb, _ = organisation_with_signatory("Successor")
    organisation_record_succession(
        actor=admin, predecessor=party.organisation, successor=icb, date=timezone.localdate()
    )
    asked = successor_ask(actor=admin, party=party, successor=icb).party
    login_fully(client, admin)
    address = f"/sign-up/agreements/{agreement.slug}/admissions/{asked.pk}/withdraw/"

    page = client.get(address).content.decode()
    assert f"withdraw the request to {icb} to confirm the agreement in" in page
    assert "stop working at once" in page and "Yes, withdraw the request" in page
    asked.refresh_from_db()
    assert asked.standing == "invited"  # looking at the page changes nothing
    assert not AuditEntry.objects.filter(action="signing.admission.withdraw").exists()

    response = client.post(address)
    assert response.status_code == 302 and response["Location"] == "/attention/"
    asked.refresh_from_db()
    assert asked.standing == "not_joined"
    assert not SigningInvitation.objects.filter(party=asked, revoked_at__isnull=True).exists()
    assert AuditEntry.objects.filter(action="signing.admission.withdraw").count() == 1
    # Withdrawn once: there is nothing left to withdraw, and no page that asks.
    assert client.get(address).status_code == 404
    # Sending the link again is a button, never a page.
    resend = f"/sign-up/agreements/{agreement.slug}/admissions/{asked.pk}/resend/"
    assert client.get(resend).status_code == 405
