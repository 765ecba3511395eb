"""One test for each way issue 11 found to make the record untrue. Each fails on the code
as it was before the fix (see docs/decisions/0007-record-integrity.md)."""

from __future__ import annotations

import pytest
from django.test import TestCase

from accord.accounts.models import Role, RoleName
from accord.accounts.services import role_revoke
from accord.agreements.models import AgreementStatus
from accord.agreements.services.transitions import agreement_transition
from accord.api.webhooks.models import WebhookDelivery, WebhookEndpoint
from accord.approvals.models import ApprovalStep
from accord.audit.models import AuditEntry
from accord.signing.models import AuthorisedSignatory, Signature
from accord.signing.services import authority, signatures
from tests.integrity.journeys import (
    decide,
    fresh,
    links_for,
    post_as,
    publish,
    sign,
    to_sign_up,
)
from tests.integrity.world import build_world

pytestmark = pytest.mark.django_db


@pytest.fixture
def world(settings):
    settings.ACCORD_BASE_URL = "http://testserver"
    with TestCase.captureOnCommitCallbacks(execute=True):
        return build_world("Partnership MOU")


def _back_to_draft_with_a_new_version(world) -> None:
    officer = world.people["officer"]
    assert post_as(world, "officer", f"/agreements/{world.agreement.slug}/status/", {"to": "draft"})
    publish(world, text="The parties agree to work together, as amended.")
    agreement_transition(actor=officer, agreement=fresh(world), to="approval")


def test_1_a_link_for_an_earlier_version_never_signs(world):
    to_sign_up(world)
    (old_link,) = links_for("signatory_1@integrity.test")
    _back_to_draft_with_a_new_version(world)
    with TestCase.captureOnCommitCallbacks(execute=True):
        for order in (1, 2):
            try:
                decide(world, order)
            except Exception:  # the landed code kept the steps done: nothing to decide
                pass
    post_as(world, "officer", f"/agreements/{world.agreement.slug}/status/", {"to": "sign_up"})
    with pytest.raises(signatures.LinkRefused):
        sign(old_link)
    assert not Signature.objects.filter(decision="signed").exists()
    assert fresh(world).status != AgreementStatus.IN_FORCE


def test_2_officers_manage_signatories_only_for_their_own_agreements_and_never_themselves(world):
    party = world.organisations[0]
    # The owning body's officer may not make themselves a signatory...
    response = post_as(
        world,
        "officer",
        f"/sign-up/organisations/{party.slug}/",
        {"email": "officer@integrity.test", "post": "Officer", "authority": "Self"},
    )
    assert response.status_code == 200  # the form again, with the refusal
    assert not AuthorisedSignatory.objects.filter(user=world.people["officer"]).exists()
    # ... and an officer of an unrelated body may neither add nor withdraw anyone there.
    response = post_as(
        world,
        "rival_officer",
        f"/sign-up/organisations/{party.slug}/",
        {"email": "rival_officer@integrity.test", "post": "Officer", "authority": "Self"},
    )
    assert response.status_code == 403
    real = AuthorisedSignatory.objects.get(organisation=party, active=True)
    response = post_as(
        world, "rival_officer", f"/sign-up/organisations/{party.slug}/{real.pk}/withdraw/", {}
    )
    assert response.status_code == 403
    real.refresh_from_db()
    assert real.active


def test_3_sign_up_cannot_reopen_on_a_version_the_boards_never_approved(world):
    to_sign_up(world)
    _back_to_draft_with_a_new_version(world)
    post_as(world, "officer", f"/agreements/{world.agreement.slug}/status/", {"to": "sign_up"})
    assert fresh(world).status == AgreementStatus.APPROVAL
    assert not ApprovalStep.objects.filter(agreement=world.agreement, status="done").exists()


def test_4_nobody_can_declare_it_in_force_without_the_signatures(world):
    WebhookEndpoint.objects.create(
        url="http://127.0.0.1:9/hook", events=["agreement.in_force"], secret="s"
    )
    to_sign_up(world)
    for who in ("officer", "administrator"):
        post_as(world, who, f"/agreements/{world.agreement.slug}/status/", {"to": "in_force"})
    assert fresh(world).status == AgreementStatus.SIGN_UP
    assert not WebhookDelivery.objects.filter(event="agreement.in_force").exists()


def test_5_a_withdrawn_signatory_and_a_removed_role_end_the_links(world):
    to_sign_up(world)
    (first,) = links_for("signatory_1@integrity.test")
    (second,) = links_for("signatory_2@integrity.test")
    administrator = world.people["administrator"]
    authority.signatory_withdraw(
        actor=administrator,
        signatory=AuthorisedSignatory.objects.get(user=world.people["signatory_1"]),
    )
    role_revoke(
        actor=administrator,
        role=Role.objects.get(user=world.people["signatory_2"], name=RoleName.SIGNATORY),
    )
    assert not AuthorisedSignatory.objects.filter(
        user=world.people["signatory_2"], active=True
    ).exists()
    for token in (first, second):
        with pytest.raises(signatures.LinkRefused):
            sign(token)
    assert not Signature.objects.exists()


def test_6_editing_verified_implications_withdraws_the_verification(world, client):
    from accord.reports import selectors, services

    step = ApprovalStep.objects.get(agreement=world.agreement, order=1)
    officer = world.people["officer"]
    report = services.report_create(actor=officer, step=step)
    request, token = services.implication_request(
        actor=officer, report=report, kind="financial", verifier=world.people["verifier"]
    )
    services.implication_answer(request=request, verified=True, token=token)
    assert "verifier" in selectors.report_view(report).verified_by
    services.report_revise(
        actor=officer,
        report=report,
        changes={"implication_financial": "The costs are now met by a new grant."},
    )
    assert selectors.report_view(report).verified_by == ""
    client.force_login(officer)
    response = client.get(f"/reports/step/{step.pk}/")
    assert response.status_code == 200
    assert "Implications verified by" not in response.content.decode()


def test_8_a_consultation_link_stops_when_the_agreement_moves_on(world):
    from accord.consultations.services import comments

    to_sign_up(world)  # publishes, then approval: the draft's consultation is over
    agreement = fresh(world)
    from accord.consultations.models import Consultation, Invitation
    from accord.core.secret_links import new_secret as new_token

    consultation = Consultation.objects.create(
        version=agreement.versions.get(number=1),
        title="Comments",
        opened_by=world.people["officer"],
        closes_on=agreement.versions.get(number=1).published_at.date().replace(year=2099),
    )
    token, hashed = new_token()
    Invitation.objects.create(consultation=consultation, email="c@example.org", token_hash=hashed)
    with pytest.raises(Exception) as refused:
        comments.comment_add(
            consultation=consultation,
            section=agreement.versions.get(number=1).sections.first(),
            text="Late comment",
            token=token,
        )
    assert "no longer taken" in str(refused.value)


def test_8_a_title_with_a_line_break_neither_breaks_a_decision_nor_is_kept(settings):
    settings.ACCORD_BASE_URL = "http://testserver"
    with TestCase.captureOnCommitCallbacks(execute=True):
        world = build_world("Alliance MOU\nDraft for comment")
    assert fresh(world).title == "Alliance MOU Draft for comment"
    to_sign_up(world)
    assert fresh(world).status == AgreementStatus.SIGN_UP


def test_8_made_up_signing_links_do_not_grow_the_audit_trail(world, client):
    before = AuditEntry.objects.count()
    for n in range(20):
        assert client.get(f"/sign-up/sign/not-a-link-{n}/").status_code == 403
    assert AuditEntry.objects.count() == before


def test_8_the_demo_mou_says_why_it_is_open_for_sign_up_with_steps_to_come(demo):
    from accord.agreements.models import Agreement
    from accord.agreements.services.transitions import refusal, status_problems

    mou = Agreement.objects.get(slug="childrens-mou")
    assert mou.status == "sign_up" and mou.signup_opens_after == 1
    assert status_problems(mou) == []
    assert "step 2" in refusal(mou, "in_force")
