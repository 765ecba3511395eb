"""The signing page, progress and its CSV, and recording signatories, through HTTP."""

from __future__ import annotations

import csv
import io
import re

import pytest

from accord.accounts.models import User
from accord.signing.models import AuthorisedSignatory, Signature
from accord.signing.services import invitations
from tests.second_factor import login_fully
from tests.signing_setup import agreement_open_for_signing

pytestmark = pytest.mark.django_db


@pytest.fixture
def opened(mailoutbox):
    admin = User.objects.create_superuser(email="root@example.org", password="x")
    agreement, signatories = agreement_open_for_signing(2)
    invitations.signing_open(actor=admin, agreement=agreement)
    links = [re.search(r"(/sign-up/sign/[\w-]+/)", m.body).group(1) for m in mailoutbox]
    return agreement, signatories, links, admin


def test_the_signing_page_shows_the_exact_version_parties_and_declaration(client, opened):
    agreement, _, links, _ = opened
    page = client.get(links[0]).content.decode()
    assert agreement.versions.get().content_hash in page
    assert "Councils" in page and "Partners" in page
    assert "We agree to endorse this memorandum." in page


def test_signing_twice_gives_one_signature_and_a_clear_message(client, opened):
    _, _, links, _ = opened
    form = {"full_name": "Ada Signer", "post": "Chief Executive", "decision": "signed"}
    first = client.post(links[0], form)
    assert first.status_code == 200 and "You have signed" in first.content.decode()
    second = client.post(links[0], form)
    assert second.status_code == 403
    assert "already been used" in second.content.decode()
    assert Signature.objects.count() == 1


def test_a_form_error_keeps_what_was_typed(client, opened):
    _, _, links, _ = opened
    response = client.post(
        links[0], {"full_name": "Ada <b>Signer</b>", "post": "", "decision": "declined"}
    )
    page = response.content.decode()
    assert response.status_code == 200
    assert "Type your post" in page and "Say why your organisation declines" in page
    assert "Ada &lt;b&gt;Signer&lt;/b&gt;" in page
    assert Signature.objects.count() == 0


def test_progress_and_csv_show_who_signed(client, opened):
    agreement, signatories, links, _ = opened
    client.post(
        links[0], {"full_name": "Ada Signer", "post": "Chief Executive", "decision": "signed"}
    )
    page = client.get(f"/sign-up/agreements/{agreement.slug}/").content.decode()
    assert "1 signed, 0 declined and 1 not signed yet" in page
    rows = list(
        csv.reader(
            io.StringIO(
                client.get(f"/sign-up/agreements/{agreement.slug}/sign-up.csv").content.decode()
            )
        )
    )
    assert rows[0][:3] == ["Category", "Organisation", "Status"]
    signed = [r for r in rows[1:] if r[2] == "Signed"]
    assert len(signed) == 1 and signed[0][3] == "Ada Signer"


def test_the_public_page_says_who_signed_and_when(client, opened):
    agreement, _, links, _ = opened
    for link in links:
        client.post(
            link, {"full_name": "Ada Signer", "post": "Chief Executive", "decision": "signed"}
        )
    agreement.refresh_from_db()
    assert agreement.status == "in_force"
    page = client.get(agreement.get_absolute_url()).content.decode()
    assert "Signed by Ada Signer, Chief Executive, on" in page


def test_an_officer_records_a_signatory(client, opened):
    agreement, signatories, _, admin = opened
    login_fully(client, admin)
    organisation = signatories[0].organisation
    new = User.objects.create_user(email="deputy@example.org", password="x", full_name="Deputy")
    response = client.post(
        f"/sign-up/organisations/{organisation.slug}/",
        {
            "email": "deputy@example.org",
            "post": "Deputy Chief Executive",
            "authority": "Scheme 4.2",
        },
    )
    assert response.status_code == 302
    assert AuthorisedSignatory.objects.filter(
        user=new, organisation=organisation, active=True
    ).exists()
    assert new.roles.filter(name="signatory", organisation=organisation).exists()
    response = client.post(
        f"/sign-up/organisations/{organisation.slug}/",
        {"email": "nobody@example.org", "post": "X", "authority": "Y"},
    )
    assert "Nobody has an account" in response.content.decode()


def test_the_progress_page_queries_do_not_grow_with_parties(client, django_assert_max_num_queries):
    admin = User.objects.create_superuser(email="root@example.org", password="x")
    login_fully(client, admin)
    small, _ = agreement_open_for_signing(3)
    large, _ = agreement_open_for_signing(30)
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    counts = []
    for agreement in (small, large):
        with CaptureQueriesContext(connection) as queries:
            assert client.get(f"/sign-up/agreements/{agreement.slug}/").status_code == 200
        counts.append(len(queries))
    assert counts[0] == counts[1], counts


def test_a_signatory_hands_the_agreement_to_a_substitute(client, opened, mailoutbox):
    agreement, signatories, links, _ = opened
    first = signatories[0]
    substitute_user = User.objects.create_user(
        email="sub@example.org", password="x", full_name="Sam Substitute"
    )
    substitute = AuthorisedSignatory.objects.create(
        organisation=first.organisation,
        user=substitute_user,
        post="Deputy",
        authority="Delegation 2",
    )
    client.force_login(first.user)
    page = client.get(f"/sign-up/agreements/{agreement.slug}/hand-over/").content.decode()
    assert "Sam Substitute, Deputy" in page
    mailoutbox.clear()
    response = client.post(
        f"/sign-up/agreements/{agreement.slug}/hand-over/", {"to": substitute.pk}
    )
    assert response.status_code == 302
    assert [m.to for m in mailoutbox] == [["sub@example.org"]]
    client.logout()
    assert client.get(links[0]).status_code == 403  # the first signatory's link was withdrawn
    from accord.audit.models import AuditEntry

    assert AuditEntry.objects.filter(action="signing.hand_over").exists()


def _decide_at_a_meeting(actor, step) -> None:
    import datetime as dt

    from django.utils import timezone

    from accord.approvals.services import agenda, decisions, meetings

    meeting = meetings.meeting_create(
        actor=actor,
        body=step.agreement.owning_body,
        title="Board",
        date=timezone.localdate() - dt.timedelta(days=1),
    )
    item = agenda.agenda_item_add(actor=actor, meeting=meeting, step=step)
    decisions.decision_record(actor=actor, item=item, outcome="approved")


def test_a_new_version_during_sign_up_goes_back_through_the_officer(client, opened, mailoutbox):
    """Sign-up back to draft, a new version, then sign-up again by hand: old signatures stay,
    every party is asked to sign the new text."""
    agreement, signatories, links, admin = opened
    client.post(
        links[0], {"full_name": "Ada Signer", "post": "Chief Executive", "decision": "signed"}
    )
    login_fully(client, admin)
    slug = agreement.slug
    assert client.post(f"/agreements/{slug}/status/", {"to": "draft"}).status_code == 302
    client.post(f"/agreements/{slug}/draft/begin/")
    from accord.agreements.services.drafting import current_draft

    draft = current_draft(agreement)
    section = draft.sections.first()
    client.post(
        f"/agreements/{slug}/draft/sections/{section.pk}/",
        {"heading": section.heading, "text": "Amended.", "revision": draft.revision},
    )
    client.post(
        f"/agreements/{slug}/draft/publish/", {"label": "Amended", "revision": draft.revision + 1}
    )
    from accord.approvals.models import ApprovalStep

    step = ApprovalStep.objects.create(
        agreement=agreement, order=1, label="all parties", action="endorse"
    )
    client.post(f"/agreements/{slug}/status/", {"to": "approval"})
    # Opening sign-up by hand is refused until the route has approved version 2 ...
    response = client.post(f"/agreements/{slug}/status/", {"to": "sign_up"}, follow=True)
    assert "has not approved it yet" in response.content.decode()
    # ... which it does at a meeting of the owning body; the decision opens sign-up.
    mailoutbox.clear()
    _decide_at_a_meeting(admin, step)
    agreement.refresh_from_db()
    assert agreement.status == "sign_up" and agreement.signing_version.number == 2
    assert Signature.objects.get().version.number == 1
    assert len(mailoutbox) == 2 and "version 2" in mailoutbox[0].body
