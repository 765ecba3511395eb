"""What must always be true of the record, checked by the record-integrity machine after
every step: in force means signed and approved on that version; sign-up only on a
version the route approved; no stale link works; decisions name their version; authority
ends with the role; verified means the text shown; the audit chain verifies."""

from __future__ import annotations

import hashlib

from hypothesis import event
from hypothesis.stateful import invariant

from accord.accounts.models import Role, RoleName
from accord.agreements.models import AgreementStatus, PartyStanding
from accord.approvals.models import Decision
from accord.audit.services import audit_verify
from accord.reports import selectors as report_selectors
from accord.reports.models import ImplicationRequest
from accord.signing.models import AnswerKind, AuthorisedSignatory, Signature, SigningInvitation
from tests.integrity.common import (
    IN_FORCE_LIKE,
    REACHED,
    link_still_works,
    violated,
)


class RecordInvariants:
    """Mixed into RecordMachine (machine.py): its notes (``decided_on``, ``closed_with``,
    ``links``, ``verified_text``) are what the record is compared with."""

    # --- invariants ---------------------------------------------------------------

    @staticmethod
    def _last_approval(step) -> Decision | None:
        """The step's latest decision that approved or noted it."""
        return (
            Decision.objects.filter(approval_step=step, outcome__in=["approved", "noted"])
            .order_by("-recorded_at", "-pk")
            .first()
        )

    @invariant()
    def in_force_means_signed_and_approved(self):
        if self.world is None:
            return
        agreement = self.agreement
        if agreement.status not in IN_FORCE_LIKE:
            return
        version = self.latest_version()
        signed = set(
            Signature.objects.filter(version=version, decision="signed").values_list(
                "party_id", flat=True
            )
        )
        # Joiners invited but not yet signed, or who never joined, are not parties.
        members = agreement.parties.filter(standing=PartyStanding.MEMBER)
        missing = set(members.values_list("pk", flat=True)) - signed
        if missing and missing != self.closed_with.get(version.pk):
            violated(
                "in-force-means-every-party-signed",
                f"in force on version {version.number} with {len(signed)} of "
                f"{agreement.parties.count()} parties signed and no close-out naming the rest",
            )
        for step in agreement.approval_steps.all():
            last = self._last_approval(step)
            if last is None or self.decided_on.get(last.pk) != version.pk:
                violated(
                    "in-force-means-every-step-approved-this-version",
                    f"in force on version {version.number} but step {step.order} approved "
                    + ("nothing" if last is None else "another version"),
                )

    @invariant()
    def sign_up_only_on_a_version_the_route_approved(self):
        if self.world is None:
            return
        agreement = self.agreement
        if agreement.status != AgreementStatus.SIGN_UP:
            return
        version = self.latest_version()
        needed = agreement.approval_steps.all()
        opens_after = getattr(agreement, "signup_opens_after", None)
        if opens_after:
            needed = needed.filter(order__lte=opens_after)
        for step in needed:
            last = self._last_approval(step)
            if last is None or self.decided_on.get(last.pk) != version.pk:
                violated(
                    "sign-up-only-on-an-approved-version",
                    f"open for sign-up on version {version.number}, but step {step.order} "
                    + ("never approved it" if last is None else "approved another version"),
                )

    @invariant()
    def no_link_works_when_it_should_not(self):
        if self.world is None:
            return
        agreement = self.agreement
        current = self.latest_version()
        for token in self.links:
            # The machine's own hash of the link, as the e-mail's reader would compute it.
            hashed = hashlib.sha256(token.encode("utf-8")).hexdigest()
            invitation = SigningInvitation.objects.filter(token_hash=hashed).first()
            if invitation is None or invitation.kind != AnswerKind.SIGNATURE:
                continue  # joining and consent links: check_joining_and_consent_links
            signatory = invitation.signatory
            stale = (
                agreement.status != AgreementStatus.SIGN_UP
                or current is None
                or invitation.version_id != current.pk
                or not signatory.active
            )
            if not stale:
                continue
            if not link_still_works(token):
                continue
            violated(
                "no-link-for-a-stale-version-signatory-or-sign-up",
                f"a link for version {invitation.version.number} "
                f"(signatory active: {signatory.active}) still works while the agreement is "
                f"{agreement.status} on version {current.number if current else None}",
            )

    @invariant()
    def joiners_signed_and_had_consent(self):
        if self.world is not None:
            self.check_joiners()

    @invariant()
    def no_joining_or_consent_link_outlives_its_question(self):
        if self.world is not None:
            self.check_joining_and_consent_links()

    @invariant()
    def decisions_name_the_version_they_approved(self):
        for decision in Decision.objects.filter(approval_step__isnull=False):
            recorded = getattr(decision, "version_id", None)
            if recorded != self.decided_on.get(decision.pk):
                violated(
                    "decisions-name-their-version",
                    f"decision {decision.pk} records version {recorded}, but the version on "
                    f"the table was {self.decided_on.get(decision.pk)}",
                )

    @invariant()
    def signatory_authority_follows_the_role(self):
        for signatory in AuthorisedSignatory.objects.filter(active=True):
            if not Role.objects.filter(
                user=signatory.user_id,
                name=RoleName.SIGNATORY,
                organisation=signatory.organisation_id,
            ).exists():
                violated(
                    "authority-ends-with-the-role",
                    f"{signatory.user.email} still signs for {signatory.organisation} without "
                    "the signatory role",
                )

    @invariant()
    def verified_means_this_text(self):
        for pk, text in self.verified_text.items():
            request = ImplicationRequest.objects.filter(pk=pk).first()
            if request is None:
                continue
            view = report_selectors.report_view(request.report)
            current = (
                request.report.versions.order_by("-number")
                .first()
                .content.get("implication_financial", "")
            )
            if current != text and request.verifier.display_name in view.verified_by:
                violated(
                    "verified-means-the-text-shown",
                    "the report says the financial implications are verified, but their text "
                    "changed after the verifier saw it",
                )

    @invariant()
    def note_where_the_agreement_got_to(self):
        # Shown by --hypothesis-show-statistics: how far the search took the agreement.
        if self.world is not None:
            status = self.agreement.status
            if status not in self.reached:
                self.reached.add(status)
                REACHED[status] += 1
            event(f"reached {status}")

    @invariant()
    def audit_chain_verifies(self):
        checked, problems = audit_verify()
        if problems:
            violated("audit-chain-verifies", "; ".join(p.message for p in problems))
