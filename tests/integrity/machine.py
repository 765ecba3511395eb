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

from django.core import mail
from django.db import transaction
from django.test import Client, TestCase
from django.utils import timezone
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    precondition,
    rule,
)

from accord.agreements.models import Agreement, AgreementStatus
from accord.agreements.services import drafting, versions
from accord.agreements.services.transitions import ALLOWED
from accord.approvals.models import ApprovalStep, Outcome
from accord.approvals.services import agenda, decisions, meetings
from accord.audit.models import AuditEntry
from accord.reports.models import ImplicationRequest, ImplicationStatus
from accord.signing.models import Signature, SigningInvitation
from accord.signing.services import signatures
from tests.integrity.changes import HAPPENED, JOINING, ChangeRules
from tests.integrity.common import (
    CONSULT_LINK,
    CONTEXT,
    IN_FORCE_LIKE,
    REFUSALS,
    SIGN_LINK,
    violated,
)
from tests.integrity.invariants import RecordInvariants
from tests.integrity.papers import PaperRules
from tests.integrity.signatories import SignatoryRules
from tests.integrity.world import World, build_world

STATUSES = [choice for choice in AgreementStatus.values]
TITLES = ["Children's Partnership MOU", "Alliance MOU\nDraft for comment", "Plain MOU"]


class RecordMachine(
    ChangeRules, SignatoryRules, PaperRules, RecordInvariants, RuleBasedStateMachine
):
    """One agreement's life, with everything anyone may try."""

    # Where every sequence starts, when a subclass searches one stretch of the life.
    FORCED_START: str | None = None

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
        # joiner party id -> whether the agreement asked every party's consent when it signed
        self.consent_needed_when_joined: dict[int, bool] = {}
        self.joins_seen: set[int] = set()

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
            violated("no-unexpected-errors", f"{action.__name__} raised {error!r}")
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
        title=st.sampled_from(TITLES),
        start=st.sampled_from(["draft", "approval", "sign_up", "in_force"]),
        consent=st.booleans(),
    )
    def make_world(self, title, start="draft", consent=False):
        start = self.FORCED_START or start
        with TestCase.captureOnCommitCallbacks(execute=True):
            self.world = build_world(title)
        # Some sequences start further along, reached through the same services, so the
        # search spends its steps where sign-up and force can go wrong.
        if start in ("approval", "sign_up", "in_force"):
            self.officer_moves_it_on()  # publishes version 1
            self.officer_moves_it_on()  # into approval
        if start in ("sign_up", "in_force"):
            self.decide(1, "approved")
            self.decide(2, "approved")
        if start == "in_force":
            for token in list(self.links):
                self.act(
                    signatures.sign_with_link,
                    token=token,
                    full_name="A Signatory",
                    post="Chief Executive",
                    decision="signed",
                    reason="",
                    context=CONTEXT,
                )
            if consent:  # a new party joins only with every party's consent
                self.set_terms("officer", True, None)

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
                violated("no-unexpected-errors", f"moving to {to} raised {error!r}")
                return  # only when surveying with this invariant ignored
            for message in mail.outbox[mails:]:
                self.links += SIGN_LINK.findall(message.body)
        assert response.status_code in (302, 403), response.status_code
        if self.agreement.status != before and AuditEntry.objects.count() == audit_before:
            violated("every-change-audited", f"status {before} -> {to} left no audit entry")

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
                self.verify(request, token)
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
        if self.links:
            self.sign_with_token(data.draw(st.sampled_from(self.links)), signs)

    def sign_with_token(self, token: str, signs: bool) -> None:
        agreement = self.agreement
        hashed = hashlib.sha256(token.encode("utf-8")).hexdigest()
        link = SigningInvitation.objects.filter(token_hash=hashed).first()
        joining = link is not None and link.kind in JOINING
        open_version = (
            self.latest_version()
            if agreement.status == AgreementStatus.SIGN_UP
            or (joining and agreement.status in IN_FORCE_LIKE)
            else None
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
        if joining:
            HAPPENED[f"joining link answered: {type(result).__name__}"] += 1
        if isinstance(result, Signature) and result.kind in JOINING and signs:
            self.consent_needed_when_joined[result.party_id] = agreement.joining_needs_consent
        if isinstance(result, Signature) and (
            open_version is None or result.version_id != open_version.pk
        ):
            violated(
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


class InForceMachine(RecordMachine):
    """The same, every sequence starting in force: the search spends its steps on
    joining, consenting and leaving, which a sequence from the draft seldom reaches."""

    FORCED_START = "in_force"
