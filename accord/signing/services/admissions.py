"""Parties admitted after an agreement is agreed, each by an answer on the version in force.

- A **successor** (an organisation recorded as succeeding a party) is asked to confirm
  the agreement in its predecessor's place: a novation. Its answer is a ``Signature`` of
  kind ``novation`` on its own new party row, naming the party it replaces; the
  predecessor's signature stays on record, and the predecessor leaves the party list on
  the day of the confirmation.
- A **joining** organisation signs the version in force: an accession. It is a party
  from the day it signs, or from the later day the officer set.

Until it answers, the organisation is on the agreement as ``invited``, not a party: the
agreement's invariants (every current party has signed the version in force) hold
throughout. Links are made and checked as sign-up's are (signatures.py).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from django.db import transaction
from django.utils import timezone

from accord.accounts.models import User
from accord.agreements.models import (
    Agreement,
    AgreementVersion,
    Party,
    PartyBasis,
    PartyStanding,
    PartyStatus,
)
from accord.agreements.models import AgreementStatus as S
from accord.agreements.services.parties import clean_category, next_order
from accord.agreements.services.transitions import BINDING
from accord.audit.actions import AuditAction, History
from accord.audit.services import audit_record
from accord.core.dates import format_partial_date
from accord.core.errors import Conflict, Invalid, Refused
from accord.organisations.models import Organisation, OrganisationSuccession
from accord.signing.models import (
    AnswerKind,
    AuthorisedSignatory,
    ConsentStatus,
    JoinConsent,
    SignatoryNotice,
    SigningInvitation,
)


@dataclass
class Asked:
    party: Party
    invited: list[SigningInvitation] = field(default_factory=list)
    # Set when the agreement asks every party's consent first: nobody is invited yet.
    consent: JoinConsent | None = None

    @property
    def without_signatory(self) -> bool:
        return not self.invited and self.consent is None


def _require_manage(actor: User, agreement: Agreement) -> None:
    if not actor.has_perm("agreements.manage_agreement", agreement):
        raise Refused("Only a partnership officer for the owning body can ask for this.")


def _version_answered(agreement: Agreement) -> AgreementVersion:
    version = agreement.signing_version
    if agreement.status not in (S.SIGN_UP, *BINDING) or version is None:
        raise Conflict(
            f"The agreement is {agreement.get_status_display().lower()}: it takes answers "
            "while it is open for sign-up or in force."
        )
    return version


def send_links(
    party: Party, kind: str, *, notice: SignatoryNotice | None = None
) -> list[SigningInvitation]:
    """A fresh link for each active signatory of the party's organisation."""
    from accord.signing.services.invitations import invite

    version = _version_answered(party.agreement)
    return [
        invite(party=party, version=version, signatory=signatory, kind=kind, notice=notice)
        for signatory in AuthorisedSignatory.objects.filter(
            organisation=party.organisation_id, active=True, user__is_active=True
        ).select_related("user")
    ]


def _audit_asked(actor: User, asked: Asked, *, action: AuditAction, after: dict) -> None:
    party = asked.party
    audit_record(
        actor=actor,
        action=action,
        obj=party.agreement,
        subject=History.agreement(party.agreement_id),
        after={
            **after,
            "invited": [str(i.signatory) for i in asked.invited],
            "without_signatory": asked.without_signatory,
        },
    )


def _lock(agreement_id: int) -> Agreement:
    return Agreement.objects.select_for_update().get(pk=agreement_id)


def _admit(agreement: Agreement, organisation: Organisation, **fields: Any) -> Party:
    """The invited party row for ``organisation``: a new one, or the row of an earlier
    invitation it did not take up (the party list allows one row per organisation)."""
    existing = Party.objects.select_for_update().filter(
        agreement=agreement, organisation=organisation
    )
    party = existing.first()
    if party is None:
        return Party.objects.create(
            agreement=agreement,
            organisation=organisation,
            order=next_order(agreement),
            standing=PartyStanding.INVITED,
            **fields,
        )
    if party.standing == PartyStanding.INVITED:
        raise Conflict(f"{organisation} has been asked already: send its link again instead.")
    if party.standing == PartyStanding.MEMBER:
        if party.left_on and party.left_on <= timezone.localdate():
            raise Conflict(
                f"{organisation} left this agreement on {format_partial_date(party.left_on)}; "
                "coming back is a variation of the agreement."
            )
        raise Conflict(f"{organisation} is already a party to this agreement.")
    for name, value in {
        "standing": PartyStanding.INVITED,
        "status": PartyStatus.PENDING,
        "left_on": None,
        "succeeds": None,
        "joined_on": None,
        **fields,
    }.items():
        setattr(party, name, value)
    party.save()
    return party


@transaction.atomic
def successor_ask(*, actor: User, party: Party, successor: Organisation) -> Asked:
    """Ask ``successor`` to confirm the agreement in the place of ``party``."""
    _require_manage(actor, party.agreement)
    agreement = _lock(party.agreement_id)
    _version_answered(agreement)
    party = Party.objects.select_related("organisation").get(pk=party.pk)
    today = timezone.localdate()
    if not party.is_current(today):
        raise Conflict(f"{party.organisation} is not a party now: its place is not open.")
    if not OrganisationSuccession.objects.filter(
        predecessor=party.organisation, successor=successor, date__lte=today
    ).exists():
        raise Invalid(
            {"successor": f"{successor} is not recorded as {party.organisation}'s successor."}
        )
    if Party.objects.filter(
        agreement=agreement, organisation=successor, standing=PartyStanding.MEMBER
    ).exists():
        raise Conflict(
            f"{successor} is already a party: remove {party.organisation} by a recorded "
            f"variation, saying that {successor} takes its place."
        )
    admitted = _admit(
        agreement,
        successor,
        category=party.category,
        basis=PartyBasis.NOVATION,
        succeeds=party,
    )
    asked = Asked(admitted, send_links(admitted, AnswerKind.NOVATION))
    _audit_asked(
        actor,
        asked,
        action=AuditAction.SIGNING_ADMISSION_INVITE,
        after={
            "kind": "novation",
            "successor": str(successor),
            "in_place_of": str(party.organisation),
        },
    )
    return asked


@transaction.atomic
def accession_ask(
    *,
    actor: User,
    agreement: Agreement,
    organisation: Organisation,
    category: str,
    joins_on: dt.date,
) -> Asked:
    """Invite ``organisation`` to join the agreement in force by signing it."""
    _require_manage(actor, agreement)
    agreement = _lock(agreement.pk)
    if agreement.status not in BINDING:
        raise Conflict(
            f"The agreement is {agreement.get_status_display().lower()}. A new party joins an "
            "agreement in force by accession; before sign-up, add it to the draft."
        )
    category = clean_category(category)
    if joins_on < timezone.localdate():
        raise Invalid({"joins_on": "A party joins today or later: it cannot join in the past."})
    admitted = _admit(
        agreement,
        organisation,
        category=category,
        basis=PartyBasis.ACCESSION,
        joined_on=joins_on,
    )
    if agreement.joining_needs_consent:
        # Every party is asked first; the joiner is invited to sign once all consent.
        from accord.signing.services.consents import consent_ask

        version = _version_answered(agreement)
        consent = consent_ask(actor=actor, agreement=agreement, joiner=admitted, version=version)
        return Asked(admitted, consent=consent)
    asked = Asked(admitted, send_links(admitted, AnswerKind.ACCESSION))
    _audit_asked(
        actor,
        asked,
        action=AuditAction.SIGNING_ADMISSION_INVITE,
        after={"kind": "accession", "organisation": str(organisation), "joins_on": joins_on},
    )
    return asked


def _invited(party: Party) -> Party:
    party = (
        Party.objects.select_for_update(of=("self",))
        .select_related("organisation", "agreement")
        .get(pk=party.pk)
    )
    if party.standing != PartyStanding.INVITED:
        raise Conflict(f"{party.organisation} is not waiting to answer an invitation.")
    return party


@transaction.atomic
def admission_resend(*, actor: User, party: Party) -> Asked:
    _require_manage(actor, party.agreement)
    _lock(party.agreement_id)
    party = _invited(party)
    if JoinConsent.objects.filter(joiner=party, status=ConsentStatus.PENDING).exists():
        raise Conflict(
            f"{party.organisation} is invited to sign only when every party has consented."
        )
    kind = AnswerKind.NOVATION if party.basis == PartyBasis.NOVATION else AnswerKind.ACCESSION
    asked = Asked(party, send_links(party, kind))
    _audit_asked(
        actor,
        asked,
        action=AuditAction.SIGNING_INVITATION_RESEND,
        after={"kind": kind, "organisation": str(party.organisation)},
    )
    return asked


@transaction.atomic
def admission_withdraw(*, actor: User, party: Party) -> None:
    _require_manage(actor, party.agreement)
    _lock(party.agreement_id)
    party = _invited(party)
    party.standing = PartyStanding.NOT_JOINED
    party.save(update_fields=["standing"])
    links = SigningInvitation.objects.filter(
        party=party, used_at__isnull=True, revoked_at__isnull=True
    ).update(revoked_at=timezone.now())
    pending = JoinConsent.objects.filter(joiner=party, status=ConsentStatus.PENDING).first()
    if pending is not None:
        from accord.signing.services.consents import consent_withdraw

        consent_withdraw(actor=actor, request=pending)
    audit_record(
        actor=actor,
        action=AuditAction.SIGNING_ADMISSION_WITHDRAW,
        obj=party.agreement,
        subject=History.agreement(party.agreement_id),
        before={"organisation": str(party.organisation), "basis": party.basis},
        after={"links_withdrawn": links},
    )
