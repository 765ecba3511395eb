"""The record-integrity machine's rules on the papers around an agreement: consultation on a
draft (links e-mailed to invitees) and committee cover reports whose implications named
officers verify."""

from __future__ import annotations

import datetime as dt

from django.utils import timezone
from hypothesis import strategies as st
from hypothesis.stateful import precondition, rule

from accord.agreements.models import AgreementStatus
from accord.approvals.models import ApprovalStep
from accord.consultations.services import comments as consultation_comments
from accord.consultations.services import consultations
from accord.consultations.services.invitees import Invitee
from accord.reports import services as reports
from accord.reports.models import ImplicationRequest, ImplicationStatus
from tests.integrity.common import (
    violated,
)


class PaperRules:
    """Mixed into RecordMachine (machine.py), whose ``act`` and ``person`` it uses."""

    # --- consultation -------------------------------------------------------------

    @rule()
    def open_consultation(self):
        version = self.latest_version()
        if version is None:
            return
        self.act(
            consultations.consultation_open,
            actor=self.person("officer"),
            version=version,
            title="Comments please",
            closes_on=timezone.localdate() + dt.timedelta(days=14),
            invitees=[Invitee(name="Consultee", email="consultee@integrity.test")],
        )

    @precondition(lambda self: bool(self.consult_links))
    @rule(data=st.data())
    def comment_by_link(self, data):
        if not self.consult_links:
            return
        token = data.draw(st.sampled_from(self.consult_links))
        from accord.consultations.tokens import invitation_for_token

        invitation = invitation_for_token(token)
        if invitation is None:
            return
        consultation = invitation.consultation
        section = consultation.version.sections.first()
        status = self.agreement.status
        result, _ = self.act(
            consultation_comments.comment_add,
            consultation=consultation,
            section=section,
            text="A comment",
            token=token,
        )
        accepted = not isinstance(result, Exception)
        if accepted and status != AgreementStatus.CONSULTATION:
            violated(
                "consultation-closes-with-its-stage",
                f"a comment on version {consultation.version.number} was accepted while the "
                f"agreement was {status}",
            )

    # --- cover reports ------------------------------------------------------------

    @rule(step_number=st.integers(1, 2))
    def request_implication(self, step_number):
        step = ApprovalStep.objects.get(agreement=self.world.agreement, order=step_number)
        officer = self.person("officer")

        def request():
            report = getattr(step, "cover_report", None) or reports.report_create(
                actor=officer, step=step
            )
            return reports.implication_request(
                actor=officer, report=report, kind="financial", verifier=self.person("verifier")
            )

        result, _ = self.act(request)
        if not isinstance(result, Exception):
            self.verifier_tokens.append((result[0].pk, result[1]))

    @rule(data=st.data())
    def verify_implication(self, data):
        if not self.verifier_tokens:
            return
        pk, token = data.draw(st.sampled_from(self.verifier_tokens))
        request = ImplicationRequest.objects.filter(pk=pk).first()
        if request is not None:
            self.verify(request, token)

    def verify(self, request: ImplicationRequest, token: str) -> None:
        """The verifier answers ``request`` by its link; the text they saw is noted."""
        text = (
            request.report.versions.order_by("-number")
            .first()
            .content.get("implication_financial", "")
        )
        result, _ = self.act(
            reports.implication_answer, request=request, verified=True, token=token
        )
        if isinstance(result, ImplicationRequest) and result.status == ImplicationStatus.VERIFIED:
            self.verified_text[request.pk] = text

    @rule(step_number=st.integers(1, 2), n=st.integers(0, 5))
    def revise_implication(self, step_number, n):
        step = ApprovalStep.objects.get(agreement=self.world.agreement, order=step_number)
        report = getattr(step, "cover_report", None)
        if report is None:
            return
        self.act(
            reports.report_revise,
            actor=self.person("officer"),
            report=report,
            changes={"implication_financial": f"The costs are met from budget line {n}."},
        )
