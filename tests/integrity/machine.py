"""The record-integrity state machine.

Hypothesis drives Accord's services, and the pages where the issue says a path is open,
with random sequences of actions by random people, and after every step checks what
must always be true of the record (``INVARIANTS`` below). The machine keeps its own
notes of what happened (which version was current when a board decided, which links
were ever e-mailed, what a verifier saw) so the checks can compare the record with the
events it should describe.

An action that is refused with a proper refusal (permission, validation, a refused
transition or link) is fine: refusing is how the system keeps the record true. Any
other exception is a failure, as a 500 would be.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
from collections import Counter

from django.core import mail
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.test import Client, TestCase
from django.utils import timezone
from hypothesis import event
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    precondition,
    rule,
)

from accord.accounts.models import Role, RoleName
from accord.accounts.services import role_revoke
from accord.agreements.models import Agreement, AgreementStatus, Party
from accord.agreements.services import drafting, versions
from accord.agreements.services.drafting import DraftConflict
from accord.agreements.services.transitions import ALLOWED, TransitionRefused
from accord.approvals.models import ApprovalStep, Decision, Outcome
from accord.approvals.services import agenda, decisions, meetings
from accord.audit.models import AuditEntry
from accord.audit.services import audit_verify
from accord.consultations.services import comments as consultation_comments
from accord.consultations.services import consultations
from accord.consultations.services.invitees import Invitee
from accord.reports import selectors as report_selectors
from accord.reports import services as reports
from accord.reports.models import ImplicationRequest, ImplicationStatus
from accord.signing.models import AuthorisedSignatory, Signature, SigningInvitation
from accord.signing.services import authority, signatures
from tests.integrity.world import World, build_world

REFUSALS = (
    PermissionDenied,
    ValidationError,
    TransitionRefused,
    DraftConflict,
    signatures.LinkRefused,
    signatures.AlreadyAnswered,
)
SIGN_LINK = re.compile(r"/sign-up/sign/([\w-]+)/")
CONSULT_LINK = re.compile(r"/consultations/respond/([\w-]+)/")
STATUSES = [choice for choice in AgreementStatus.values]
TITLES = ["Children's Partnership MOU", "Alliance MOU\nDraft for comment", "Plain MOU"]
CONTEXT = signatures.Context(ip_address="127.0.0.1", user_agent="integrity machine")
IN_FORCE_LIKE = (AgreementStatus.IN_FORCE, AgreementStatus.UNDER_REVIEW, AgreementStatus.SUPERSEDED)

# Invariants named here are not checked: only for surveying the landed code, one bug at
# a time (see docs/decisions/0007-record-integrity.md). Empty in the suite.
IGNORED = set(filter(None, os.environ.get("ACCORD_INTEGRITY_IGNORE", "").split(",")))


# How many sequences reached each status (printed by the test with ACCORD_INTEGRITY_SHOW=1),
# to show the search goes where the bugs were.
REACHED: Counter[str] = Counter()


class Violation(AssertionError):
    """The record says something untrue; the message names the invariant."""


def _violated(name: str, detail: str) -> None:
    if name not in IGNORED:
        raise Violation(f"[{name}] {detail}")


class RecordMachine(RuleBasedStateMachine):
    """One agreement's life, with everything anyone may try."""

    def __init__(self):
        super().__init__()
        # Every example starts from an empty database and leaves nothing behind.
        self._atomic = transaction.atomic()
        self._atomic.__enter__()
        self.world: World | None = None
        self.links: list[str] = []  # every signing link ever e-mailed
        self.consult_links: list[str] = []
        self.decided_on: dict[int, int] = {}  # decision id -> version current when decided
        self.closed_with: dict[int, set[int]] = {}  # version id -> parties missing at close
        self.verified_text: dict[int, str] = {}  # implication id -> text the verifier saw
        self.verifier_tokens: list[tuple[int, str]] = []
        self.reached: set[str] = set()

    def teardown(self):
        transaction.set_rollback(True)
        self._atomic.__exit__(None, None, None)

    # --- helpers ------------------------------------------------------------------

    @property
    def agreement(self) -> Agreement:
        return Agreement.objects.get(pk=self.world.agreement.pk)

    def person(self, name: str):
        user = self.world.people[name]
        user.refresh_from_db()
        for cached in ("_accord_scope", "_perm_cache", "_user_perm_cache"):
            user.__dict__.pop(cached, None)
        return user

    def latest_version(self):
        return (
            self.agreement.versions.filter(published_at__isnull=False).order_by("-number").first()
        )

    def act(self, action, *args, **kwargs):
        """Run one action as the system would: on-commit work (e-mails) happens, links
        e-mailed are collected, a refusal is an answer; the number of audit entries the
        action wrote is returned with its result."""
        before_mail = len(mail.outbox)
        before_audit = AuditEntry.objects.count()
        result = None
        try:
            with TestCase.captureOnCommitCallbacks(execute=True):
                with transaction.atomic():
                    result = action(*args, **kwargs)
        except REFUSALS as refusal:
            result = refusal
        except Exception as error:  # a 500 on a page: the record may be left half-changed
            _violated("no-unexpected-errors", f"{action.__name__} raised {error!r}")
            result = error  # only when surveying with this invariant ignored
        for message in mail.outbox[before_mail:]:
            self.links += SIGN_LINK.findall(message.body)
            self.consult_links += CONSULT_LINK.findall(message.body)
        return result, AuditEntry.objects.count() - before_audit

    def client_for(self, name: str) -> Client:
        client = Client(raise_request_exception=True)
        client.force_login(self.world.people[name])
        return client

    # --- the world --------------------------------------------------------------

    @initialize(
        title=st.sampled_from(TITLES), start=st.sampled_from(["draft", "approval", "sign_up"])
    )
    def make_world(self, title, start="draft"):
        with TestCase.captureOnCommitCallbacks(execute=True):
            self.world = build_world(title)
        # Some sequences start further along, reached through the same services, so the
        # search spends its steps where sign-up and force can go wrong.
        if start in ("approval", "sign_up"):
            self.officer_moves_it_on()  # publishes version 1
            self.officer_moves_it_on()  # into approval
        if start == "sign_up":
            self.decide(1, "approved")
            self.decide(2, "approved")

    # --- drafting ---------------------------------------------------------------

    @rule(who=st.sampled_from(["officer", "officer", "rival_officer"]), words=st.integers(0, 9))
    def edit_text(self, who, words):
        actor = self.person(who)

        def edit():
            draft = drafting.draft_start(actor=actor, agreement=self.agreement)
            section = draft.sections.order_by("order").first()
            return drafting.section_update(
                actor=actor,
                section=section,
                heading=section.heading,
                text=f"The parties agree to work together, revision {words}.",
                revision=draft.revision,
            )

        self.act(edit)

    @rule(who=st.sampled_from(["officer", "officer", "rival_officer"]))
    def publish(self, who):
        actor = self.person(who)

        def publish():
            draft = drafting.current_draft(self.agreement)
            if draft is None:
                return None
            return versions.agreement_publish_version(
                actor=actor, agreement=self.agreement, label="Next", revision=draft.revision
            )

        self.act(publish)

    # --- status, by the page that changes it -------------------------------------

    @rule(
        who=st.sampled_from(["officer", "officer", "administrator", "rival_officer"]),
        data=st.data(),
    )
    def move_status(self, who, data):
        before = self.agreement.status
        # Mostly a move the status allows (the search must get far), sometimes any at all.
        onward = sorted(ALLOWED[before] - {AgreementStatus.WITHDRAWN}) or STATUSES
        to = data.draw(
            st.one_of(
                st.sampled_from(onward),
                st.sampled_from(onward),
                st.sampled_from(onward),
                st.sampled_from(STATUSES),
            )
        )
        self.move_status_to(who, to)

    def move_status_to(self, who, to):
        before = self.agreement.status
        audit_before = AuditEntry.objects.count()
        with TestCase.captureOnCommitCallbacks(execute=True):
            mails = len(mail.outbox)
            try:
                response = self.client_for(who).post(
                    f"/agreements/{self.world.agreement.slug}/status/", {"to": to, "note": ""}
                )
            except Exception as error:
                _violated("no-unexpected-errors", f"moving to {to} raised {error!r}")
                return  # only when surveying with this invariant ignored
            for message in mail.outbox[mails:]:
                self.links += SIGN_LINK.findall(message.body)
        assert response.status_code in (302, 403), response.status_code
        if self.agreement.status != before and AuditEntry.objects.count() == audit_before:
            _violated("every-change-audited", f"status {before} -> {to} left no audit entry")

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
            _violated(
                "consultation-closes-with-its-stage",
                f"a comment on version {consultation.version.number} was accepted while the "
                f"agreement was {status}",
            )

    # --- the route ----------------------------------------------------------------

    @precondition(
        lambda self: (
            self.world is not None
            and self.agreement.status in (AgreementStatus.APPROVAL, AgreementStatus.SIGN_UP)
        )
    )
    @rule(
        step_number=st.integers(1, 2),
        outcome=st.sampled_from([*Outcome.values, "approved", "approved", "noted"]),
    )
    def decide(self, step_number, outcome):
        step = ApprovalStep.objects.filter(
            agreement=self.world.agreement, order=step_number
        ).first()
        if step is None:
            return
        secretary = self.person("owner_secretary" if step_number == 1 else "board_secretary")
        body = self.world.owner if step_number == 1 else self.world.board
        current = self.latest_version()

        def take():
            meeting = meetings.meeting_create(
                actor=secretary,
                body=body,
                title="Board meeting",
                date=timezone.localdate() - dt.timedelta(days=1),
            )
            item = agenda.agenda_item_add(actor=secretary, meeting=meeting, step=step)
            restart = None
            if outcome == Outcome.APPROVED_WITH_AMENDMENTS:
                restart = ApprovalStep.objects.get(agreement=self.world.agreement, order=1)
            return decisions.decision_record(
                actor=secretary, item=item, outcome=outcome, restart_from_step=restart
            )

        result, _ = self.act(take)
        if not isinstance(result, Exception) and current is not None:
            self.decided_on[result.decision.pk] = current.pk

    # Rules that push the agreement on, beside the random ones, so that the search reaches
    # sign-up and force often enough to test what can go wrong there.

    @precondition(
        lambda self: (
            self.world is not None
            and self.agreement.status in (AgreementStatus.APPROVAL, AgreementStatus.SIGN_UP)
        )
    )
    @rule(outcome=st.sampled_from(["approved", "approved", "noted", "deferred"]))
    def decide_the_next_step(self, outcome):
        step = (
            ApprovalStep.objects.filter(agreement=self.world.agreement)
            .exclude(status="done")
            .order_by("order")
            .first()
        )
        if step is None:
            return
        # As an officer would: get outstanding implications verified before the meeting.
        for pk, token in self.verifier_tokens:
            request = ImplicationRequest.objects.filter(pk=pk, report__step=step).first()
            if request is not None and request.status == ImplicationStatus.REQUESTED:
                self.act(reports.implication_answer, request=request, verified=True, token=token)
        self.decide(step.order, outcome)

    @precondition(
        lambda self: (
            self.world is not None
            and self.agreement.status
            in (AgreementStatus.DRAFT, AgreementStatus.CONSULTATION, AgreementStatus.APPROVAL)
        )
    )
    @rule()
    def officer_moves_it_on(self):
        status = self.agreement.status
        if status in (AgreementStatus.DRAFT, AgreementStatus.CONSULTATION):
            if drafting.current_draft(self.agreement) is not None and self.latest_version() is None:
                self.publish("officer")
                return
            self.move_status_to("officer", AgreementStatus.APPROVAL)
        else:
            self.move_status_to("officer", AgreementStatus.SIGN_UP)

    # --- sign-up --------------------------------------------------------------------

    @precondition(lambda self: bool(self.links))
    @rule(data=st.data(), signs=st.sampled_from([True, True, True, False]))
    def sign_with_any_link(self, data, signs):
        if not self.links:
            return
        token = data.draw(st.sampled_from(self.links))
        agreement = self.agreement
        open_version = (
            self.latest_version() if agreement.status == AgreementStatus.SIGN_UP else None
        )
        result, _ = self.act(
            signatures.sign_with_link,
            token=token,
            full_name="A Signatory",
            post="Chief Executive",
            decision="signed" if signs else "declined",
            reason="" if signs else "Not yet",
            context=CONTEXT,
        )
        if isinstance(result, Signature) and (
            open_version is None or result.version_id != open_version.pk
        ):
            _violated(
                "signatures-only-on-the-open-version",
                f"a link signed version {result.version.number} while the agreement was "
                f"{agreement.status}"
                + (f" on version {open_version.number}" if open_version else ""),
            )

    @rule(who=st.sampled_from(["officer", "rival_officer", "administrator"]))
    def close_signup(self, who):
        agreement = self.agreement
        version = self.latest_version()
        missing = set(agreement.parties.exclude(status="signed").values_list("pk", flat=True))
        result, _ = self.act(signatures.signing_close, actor=self.person(who), agreement=agreement)
        if not isinstance(result, Exception) and version is not None:
            self.closed_with[version.pk] = missing

    # --- signatories and roles ---------------------------------------------------

    @rule(
        who=st.sampled_from(["administrator", "officer", "rival_officer"]),
        organisation=st.integers(0, 2),
        whom=st.sampled_from(["newcomer", "rival_officer", "officer", "signatory_1"]),
    )
    def authorise_signatory(self, who, organisation, whom):
        actor = self.person(who)
        target = self.world.organisations[organisation]
        allowed = self._may_manage_signatories(actor, target) and (
            who == "administrator" or whom != who
        )
        result, _ = self.act(
            authority.signatory_authorise,
            actor=actor,
            organisation=target,
            user=self.person(whom),
            post="Director",
            authority="Delegation 7",
        )
        if isinstance(result, AuthorisedSignatory) and not allowed:
            _violated(
                "signatories-managed-in-scope",
                f"{who} made {whom} a signatory for {target}",
            )

    @rule(who=st.sampled_from(["administrator", "officer", "rival_officer"]), data=st.data())
    def withdraw_signatory(self, who, data):
        active = list(
            AuthorisedSignatory.objects.filter(active=True).select_related("organisation")
        )
        if not active:
            return
        signatory = data.draw(st.sampled_from(active))
        actor = self.person(who)
        allowed = self._may_manage_signatories(actor, signatory.organisation)
        self.act(authority.signatory_withdraw, actor=actor, signatory=signatory)
        signatory.refresh_from_db()
        if not signatory.active and not allowed:
            _violated(
                "signatories-managed-in-scope",
                f"{who} withdrew {signatory.user.email} for {signatory.organisation}",
            )

    @rule(data=st.data())
    def revoke_signatory_role(self, data):
        roles = list(Role.objects.filter(name=RoleName.SIGNATORY))
        if not roles:
            return
        self.act(
            role_revoke, actor=self.person("administrator"), role=data.draw(st.sampled_from(roles))
        )

    def _may_manage_signatories(self, actor, organisation) -> bool:
        """The rule the issue sets: administrators; officers only for organisations that
        are parties to agreements of bodies they are officer for."""
        from accord.accounts.scope import scope_of

        scope = scope_of(actor)
        if scope.administrator:
            return True
        bodies = scope.body_ids(RoleName.OFFICER)
        return Party.objects.filter(
            organisation=organisation, agreement__owning_body_id__in=bodies
        ).exists()

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
        if request is None:
            return
        text = (
            request.report.versions.order_by("-number")
            .first()
            .content.get("implication_financial", "")
        )
        result, _ = self.act(
            reports.implication_answer, request=request, verified=True, token=token
        )
        if isinstance(result, ImplicationRequest) and result.status == ImplicationStatus.VERIFIED:
            self.verified_text[pk] = text

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

    # --- a stranger at the signing page -------------------------------------------

    @rule(junk=st.text("abcdef0123456789", min_size=1, max_size=12))
    def bogus_link(self, junk):
        before = AuditEntry.objects.count()
        try:
            signatures.invitation_for(junk, context=CONTEXT)
        except signatures.LinkRefused:
            pass
        if AuditEntry.objects.count() > before:
            _violated(
                "refusals-are-counted-not-written",
                "an anonymous request with a made-up link wrote an audit entry",
            )

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
        missing = set(agreement.parties.values_list("pk", flat=True)) - signed
        if missing and missing != self.closed_with.get(version.pk):
            _violated(
                "in-force-means-every-party-signed",
                f"in force on version {version.number} with {len(signed)} of "
                f"{agreement.parties.count()} parties signed and no close-out naming the rest",
            )
        for step in agreement.approval_steps.all():
            last = self._last_approval(step)
            if last is None or self.decided_on.get(last.pk) != version.pk:
                _violated(
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
                _violated(
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
            if invitation is None:
                continue
            signatory = invitation.signatory
            stale = (
                agreement.status != AgreementStatus.SIGN_UP
                or current is None
                or invitation.version_id != current.pk
                or not signatory.active
            )
            if not stale:
                continue
            try:
                with transaction.atomic():
                    signatures.invitation_for(token, context=CONTEXT)
            except signatures.LinkRefused:
                continue
            _violated(
                "no-link-for-a-stale-version-signatory-or-sign-up",
                f"a link for version {invitation.version.number} "
                f"(signatory active: {signatory.active}) still works while the agreement is "
                f"{agreement.status} on version {current.number if current else None}",
            )

    @invariant()
    def decisions_name_the_version_they_approved(self):
        for decision in Decision.objects.filter(approval_step__isnull=False):
            recorded = getattr(decision, "version_id", None)
            if recorded != self.decided_on.get(decision.pk):
                _violated(
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
                _violated(
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
                _violated(
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
            _violated("audit-chain-verifies", "; ".join(p.message for p in problems))
