"""A party that joins while another organisation's join waits for consent is asked too.

Each party on the day a join is asked gets a say (consents.py). Two organisations may be
asked about at once; when the first joins, it is a party to the agreement the second
would join, so "every party consented" must include it. Without this, the second would
join while a party had never been asked, and the record would say it joined with every
party's consent.

So when a party joins an agreement that asks every party's consent (by accession, or a
successor by novation), every other request on that agreement that is still open is
extended to it:

- a request still waiting for answers gains the newcomer as one more party to answer;
- a request already consented to, whose organisation has not yet signed, waits again:
  its invitation links stop working and are sent anew once the newcomer consents too.

The newcomer's signatories are sent consent links, and the deadline is moved on, if it
must be, so that they have as long as anyone asked has. Inside the signing transaction,
with the agreement locked.
"""

from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.utils import timezone

from accord.accounts.models import User
from accord.agreements.models import Party, PartyStanding
from accord.audit.actions import AuditAction, History
from accord.audit.services import audit_record
from accord.signing.models import (
    AnswerKind,
    ConsentAnswer,
    ConsentStatus,
    JoinConsent,
    SigningInvitation,
)
from accord.signing.selectors import active_signatories


def consents_include(newcomer: Party, *, actor: User) -> list[JoinConsent]:
    """Extend every open join request on ``newcomer``'s agreement to it; the requests
    extended."""
    from accord.signing.services.invitations import invite

    agreement = newcomer.agreement
    if not agreement.joining_needs_consent:
        return []
    requests = (
        JoinConsent.objects.select_for_update()
        .filter(agreement=agreement)
        .exclude(joiner=newcomer)
        .select_related("joiner__organisation", "version")
    )
    open_requests = [
        request
        for request in requests
        if request.status == ConsentStatus.PENDING
        or (
            request.status == ConsentStatus.CONSENTED
            and request.joiner.standing == PartyStanding.INVITED
        )
    ]
    now = timezone.now()
    signatories = active_signatories([newcomer.organisation_id]).get(newcomer.organisation_id, [])
    for request in open_requests:
        if request.answers.filter(party=newcomer).exists():
            continue
        was = request.status
        ConsentAnswer.objects.create(
            request=request, party=newcomer, party_name=newcomer.name_as_party
        )
        withdrawn = 0
        if was == ConsentStatus.CONSENTED:
            # Consented before the newcomer was a party: its links to sign stop.
            withdrawn = SigningInvitation.objects.filter(
                party=request.joiner, used_at__isnull=True, revoked_at__isnull=True
            ).update(revoked_at=now)
        request.status, request.ended_at = ConsentStatus.PENDING, None
        request.deadline = max(
            request.deadline, now + dt.timedelta(days=settings.ACCORD_SIGNING_LINK_DAYS)
        )
        request.save(update_fields=["status", "ended_at", "deadline"])
        invited = [
            str(
                invite(
                    party=newcomer,
                    version=request.version,
                    signatory=signatory,
                    kind=AnswerKind.CONSENT,
                    consent=request,
                ).signatory
            )
            for signatory in signatories
            if signatory.user.is_active
        ]
        audit_record(
            actor=actor,
            action=AuditAction.SIGNING_CONSENT_INCLUDE,
            obj=agreement,
            subject=History.agreement(agreement.pk),
            before={"status": was},
            after={
                "party": newcomer.name_as_party,
                "organisation": str(request.joiner.organisation),
                "deadline": timezone.localdate(request.deadline),
                "invited": invited,
                "joiner_links_withdrawn": withdrawn,
            },
        )
    return open_requests
