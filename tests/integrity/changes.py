"""The record-integrity machine's rules and invariants for an agreement in force whose
parties change: a bystander asked to join (by signing, or first with every party's
consent), consents and objections through e-mailed links, invitations and requests
withdrawn or lapsed, and parties giving notice to leave.

What must stay true: a party counted as joined signed the version in force; a joiner of
an agreement that asks for consent joined only once every party of the day had
consented; no joining or consent link works once what it asked about is over.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections import Counter

from django.utils import timezone
from hypothesis import strategies as st
from hypothesis.stateful import precondition, rule

from accord.agreements.models import (
    AgreementStatus,
    Party,
    PartyChange,
    PartyChangeKind,
    PartyStanding,
)
from accord.agreements.services import party_changes, terms
from accord.signing.models import (
    AnswerKind,
    ConsentAnswer,
    ConsentStatus,
    JoinConsent,
    Signature,
    SigningInvitation,
)
from accord.signing.services import admissions, consents
from tests.integrity.common import CONTEXT, link_still_works, violated

BINDING = (AgreementStatus.IN_FORCE, AgreementStatus.UNDER_REVIEW)
# How often each change happened across the search (printed with ACCORD_INTEGRITY_SHOW=1),
# to show the search reaches joining, consenting and leaving at all.
HAPPENED: Counter[str] = Counter()
JOINING = (AnswerKind.ACCESSION, AnswerKind.NOVATION)


def _in_force(machine) -> bool:
    return machine.world is not None and machine.agreement.status in BINDING


class ChangeRules:
    """Mixed into RecordMachine (machine.py): its ``act``, ``person``, ``links`` and
    ``world`` are used here."""

    # --- rules ----------------------------------------------------------------------

    @precondition(lambda self: self.world is not None)
    @rule(
        who=st.sampled_from(["officer", "officer", "rival_officer"]),
        consent=st.booleans(),
        notice_days=st.sampled_from([None, 0, 30]),
    )
    def set_terms(self, who, consent, notice_days):
        self.act(
            terms.agreement_set_terms,
            actor=self.person(who),
            agreement=self.agreement,
            review_date=None,
            review_every_months=None,
            end_date=None,
            notice_period_days=notice_days,
            joining_needs_consent=consent,
        )

    @precondition(_in_force)
    @rule(
        who=st.sampled_from(["officer", "officer", "rival_officer"]),
        which=st.integers(2, 3),
        days=st.integers(0, 2),
    )
    def ask_a_bystander_to_join(self, who, which, days):
        asked, _ = self.act(
            admissions.accession_ask,
            actor=self.person(who),
            agreement=self.agreement,
            organisation=self.world.organisations[which],
            category="Partners",
            joins_on=timezone.localdate() + dt.timedelta(days=days),
        )
        if isinstance(asked, admissions.Asked):
            HAPPENED["asked to join" + (" with consent" * (asked.consent is not None))] += 1

    @precondition(lambda self: bool(self.links))
    @rule(data=st.data(), consents=st.sampled_from([True, True, False]))
    def answer_a_consent_link(self, data, consents):
        token = data.draw(st.sampled_from(self.links))
        answered, _ = self.act(
            consents_answer,
            token=token,
            answer="consented" if consents else "objected",
        )
        if isinstance(answered, ConsentAnswer):
            HAPPENED[f"consent answer: {answered.answer}"] += 1

    @precondition(lambda self: bool(self.links))
    @rule(consents=st.sampled_from([True, True, True, False]))
    def every_open_consent_link_answered(self, consents):
        """Every party asked answers at once, as a busy week would bring about: the
        search reaches a joiner's consent in one step rather than one per party."""
        for token in self.open_links(AnswerKind.CONSENT):
            answered, _ = self.act(
                consents_answer, token=token, answer="consented" if consents else "objected"
            )
            HAPPENED[f"consent answer: {getattr(answered, 'answer', repr(answered)[:60])}"] += 1

    @precondition(lambda self: bool(self.links))
    @rule()
    def every_open_joining_link_signed(self):
        for token in self.open_links(*JOINING):
            self.sign_with_token(token, signs=True)

    def open_links(self, *kinds: str) -> list[str]:
        """The links e-mailed for ``kinds`` that are neither used nor withdrawn."""
        open_hashes = set(
            SigningInvitation.objects.filter(
                kind__in=kinds, used_at__isnull=True, revoked_at__isnull=True
            ).values_list("token_hash", flat=True)
        )
        return [
            token
            for token in dict.fromkeys(self.links)
            if hashlib.sha256(token.encode("utf-8")).hexdigest() in open_hashes
        ]

    @precondition(_in_force)
    @rule(who=st.sampled_from(["officer", "rival_officer"]))
    def send_the_invitation_again(self, who):
        invited = Party.objects.filter(
            agreement=self.world.agreement, standing=PartyStanding.INVITED
        ).first()
        if invited is not None:
            self.act(admissions.admission_resend, actor=self.person(who), party=invited)

    @precondition(_in_force)
    @rule(who=st.sampled_from(["officer", "rival_officer"]))
    def withdraw_the_invitation(self, who):
        invited = Party.objects.filter(
            agreement=self.world.agreement, standing=PartyStanding.INVITED
        ).first()
        if invited is not None:
            self.act(admissions.admission_withdraw, actor=self.person(who), party=invited)

    @precondition(_in_force)
    @rule(who=st.sampled_from(["officer", "rival_officer"]))
    def withdraw_the_consent_request(self, who):
        pending = JoinConsent.objects.filter(
            agreement=self.world.agreement, status=ConsentStatus.PENDING
        ).first()
        if pending is not None:
            self.act(consents.consent_withdraw, actor=self.person(who), request=pending)

    @precondition(_in_force)
    @rule()
    def let_consent_requests_lapse(self):
        self.act(consents.consents_lapse, now=timezone.now() + dt.timedelta(days=400))

    @precondition(_in_force)
    @rule(
        who=st.sampled_from(["officer", "signatory_1", "signatory_2", "rival_officer"]),
        which=st.integers(0, 3),
        period=st.sampled_from([0, 0, 14]),
    )
    def give_notice(self, who, which, period):
        party = (
            Party.objects.filter(agreement=self.world.agreement, standing=PartyStanding.MEMBER)
            .order_by("order")
            .filter(organisation=self.world.organisations[which])
            .first()
        )
        if party is not None:
            given, _ = self.act(
                party_changes.party_give_notice,
                actor=self.person(who),
                party=party,
                given_on=timezone.localdate(),
                reason="Leaving the partnership",
                period_days=period,
            )
            if isinstance(given, PartyChange):
                HAPPENED["notice given"] += 1

    # --- invariants (called by RecordMachine's) -----------------------------------

    def check_joiners(self):
        """Every member that joined by accession signed on joining; one that joined an
        agreement asking for consent did so with every party of the day consenting."""
        agreement = self.agreement
        for change in PartyChange.objects.filter(
            agreement=agreement, kind=PartyChangeKind.ACCESSION
        ).select_related("party"):
            joiner = change.party
            if joiner.pk not in self.joins_seen:
                self.joins_seen.add(joiner.pk)
                HAPPENED["joined" + (" with every party's consent" * change.with_consent)] += 1
            if not Signature.objects.filter(
                party=joiner, kind=AnswerKind.ACCESSION, decision="signed"
            ).exists():
                violated(
                    "a-joiner-signed-on-joining",
                    f"{joiner.organisation} joined by accession without signing",
                )
            needed = self.consent_needed_when_joined.get(joiner.pk, False)
            if not (needed or change.with_consent):
                continue
            request = JoinConsent.objects.filter(
                joiner=joiner, status=ConsentStatus.CONSENTED
            ).first()
            if request is None:
                violated(
                    "joined-only-with-every-partys-consent",
                    f"{joiner.organisation} joined an agreement that asks every party's "
                    "consent, with no request every party consented to",
                )
                continue
            joined_day = change.recorded_at.astimezone(timezone.get_current_timezone()).date()
            others = Party.objects.current(joined_day).filter(agreement=agreement)
            consented = set(
                ConsentAnswer.objects.filter(
                    request=request, answer=ConsentAnswer.Answer.CONSENTED
                ).values_list("party_id", flat=True)
            )
            silent = [
                str(p.organisation)
                for p in others.exclude(pk=joiner.pk).exclude(recorded_after(change))
                if p.pk not in consented
            ]
            if silent:
                violated(
                    "joined-only-with-every-partys-consent",
                    f"{joiner.organisation} joined while {', '.join(silent)}, a party that "
                    "day, had not consented",
                )

    def check_joining_and_consent_links(self):
        agreement = self.agreement
        for token in self.links:
            hashed = hashlib.sha256(token.encode("utf-8")).hexdigest()
            invitation = (
                SigningInvitation.objects.filter(token_hash=hashed)
                .select_related("party", "signatory", "consent")
                .first()
            )
            if invitation is None or invitation.kind == AnswerKind.SIGNATURE:
                continue
            if invitation.kind in JOINING:
                over = (
                    invitation.party.standing != PartyStanding.INVITED
                    or agreement.status not in BINDING
                )
            elif invitation.kind == AnswerKind.CONSENT:
                over = not (invitation.consent and invitation.consent.is_pending)
            else:
                continue
            if not (over or not invitation.signatory.active):
                continue
            if not link_still_works(token):
                continue
            violated(
                "no-link-once-what-it-asked-is-over",
                f"a {invitation.kind} link for {invitation.party.organisation} still works "
                f"(standing {invitation.party.standing}, agreement {agreement.status})",
            )


def recorded_after(change: PartyChange):
    """Parties whose own joining was recorded after ``change``: not parties when it was."""
    from django.db.models import Q

    later = PartyChange.objects.filter(
        kind__in=[PartyChangeKind.ACCESSION, PartyChangeKind.NOVATION],
        recorded_at__gt=change.recorded_at,
    ).values("party_id")
    return Q(pk__in=later)


def consents_answer(*, token: str, answer: str):
    return consents.consent_with_link(
        token=token,
        full_name="A Signatory",
        post="Chief Executive",
        answer=answer,
        reason="" if answer == "consented" else "We were not consulted",
        context=CONTEXT,
    )
