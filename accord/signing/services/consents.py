"""Joining an agreement whose text asks every party's consent.

Most agreements let a new party join by signing the version in force; the parties in it
are told, not asked. When the agreement says a new party joins only with every party's
consent (``Agreement.joining_needs_consent``), each party on the day the join is asked is
sent a link, with the same rules as a signing link (one person, one request, an active
signatory, withdrawn when the request ends), to consent or object with a reason.

- Every party consents: the joiner's signatories are invited to sign, as for any
  accession, and the join is recorded as made with every party's consent.
- One party objects: the join is refused, the joiner's signatories and the officers are
  told, and every link still out stops working.
- The officer withdraws the request, or the deadline passes before every party answered:
  the join is refused in the same way. Silence is not consent.
"""

from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from accord.accounts.models import User
from accord.accounts.scope import Viewer
from accord.agreements import notify
from accord.agreements.models import Agreement, AgreementVersion, Party, PartyStanding
from accord.audit.actions import AuditAction, History
from accord.audit.services import audit_record
from accord.core.errors import Conflict, Invalid, Refused
from accord.core.events import Event, publish, subscribe
from accord.signing.models import (
    AnswerKind,
    AuthorisedSignatory,
    ConsentAnswer,
    ConsentStatus,
    JoinConsent,
    SigningInvitation,
)
from accord.signing.selectors import active_signatories
from accord.signing.services.signatures import Context, clean_answerer

CONSENT_ASKED = "agreement.join.consent_asked"
JOIN_CONSENTED = "agreement.join.consented"
JOIN_REFUSED = "agreement.join.refused"


def consent_ask(
    *, actor: User, agreement: Agreement, joiner: Party, version: AgreementVersion
) -> JoinConsent:
    """Ask every party on the agreement today whether ``joiner`` may join; inside the
    caller's transaction, with the agreement locked."""
    from accord.signing.services.invitations import invite

    now = timezone.now()
    request = JoinConsent.objects.create(
        agreement=agreement,
        joiner=joiner,
        version=version,
        asked_by=actor,
        asked_at=now,
        deadline=now + dt.timedelta(days=settings.ACCORD_SIGNING_LINK_DAYS),
    )
    parties = (
        Party.objects.current().filter(agreement=agreement).exclude(pk=joiner.pk).order_by("order")
    )
    invited, without = [], []
    for party in parties.select_related("organisation"):
        ConsentAnswer.objects.create(request=request, party=party, party_name=party.name_as_party)
        signatories = AuthorisedSignatory.objects.filter(
            organisation=party.organisation_id, active=True, user__is_active=True
        ).select_related("user")
        if not signatories:
            without.append(party.name_as_party)
        for signatory in signatories:
            invite(
                party=party,
                version=version,
                signatory=signatory,
                kind=AnswerKind.CONSENT,
                consent=request,
            )
            invited.append(str(signatory))
    if not invited:
        raise Conflict(
            "No party has an authorised signatory recorded, so nobody can be asked to consent. "
            "Record their signatories first."
        )
    audit_record(
        actor=actor,
        action=AuditAction.SIGNING_CONSENT_ASK,
        obj=agreement,
        subject=History.agreement(agreement.pk),
        after={
            "organisation": str(joiner.organisation),
            "joins_on": joiner.joined_on,
            "version": version.number,
            "deadline": request.deadline.date(),
            "invited": invited,
            "without_signatory": without,
        },
    )
    publish(CONSENT_ASKED, consent_id=request.pk, agreement_id=agreement.pk)
    return request


def _clean(full_name: str, post: str, answer: str, reason: str) -> tuple[str, str, str]:
    full_name, post, reason, errors = clean_answerer(full_name, post, reason)
    if answer not in (ConsentAnswer.Answer.CONSENTED, ConsentAnswer.Answer.OBJECTED):
        errors["answer"] = "Choose whether your organisation consents or objects."
    if answer == ConsentAnswer.Answer.OBJECTED and not reason:
        errors["reason"] = "Say why your organisation objects."
    if errors:
        raise Invalid(errors)
    return full_name, post, reason


def consent_with_link(
    *,
    token: str,
    full_name: str,
    post: str,
    answer: str,
    reason: str = "",
    context: Context,
    user: Viewer = None,
) -> ConsentAnswer:
    """Record one party's consent or objection through its e-mailed link."""
    from accord.signing.services.signatures import (
        LinkRefused,
        check_person,
        invitation_for,
        link_problem,
    )

    full_name, post, reason = _clean(full_name, post, answer, reason)
    invitation = invitation_for(token, context=context)
    check_person(invitation, user, context=context)
    if invitation.kind != AnswerKind.CONSENT or invitation.consent_id is None:
        raise LinkRefused("This link asks for a signature, not for consent.")
    with transaction.atomic():
        agreement = Agreement.objects.select_for_update().get(pk=invitation.party.agreement_id)
        request = JoinConsent.objects.select_for_update().get(pk=invitation.consent_id)
        invitation = (
            SigningInvitation.objects.select_for_update(of=("self",))
            .select_related("signatory__user", "version", "party__organisation", "consent")
            .get(pk=invitation.pk)
        )
        problem = link_problem(invitation, agreement)
        if problem:
            raise LinkRefused(problem[0])
        place = ConsentAnswer.objects.select_for_update().get(
            request=request, party=invitation.party
        )
        if place.answer:
            raise Conflict(
                f"{place.party_name} has already {place.answer} to this, by {place.full_name}. "
                "Nothing more is needed."
            )
        now = timezone.now()
        place.answer, place.reason = answer, reason if answer == "objected" else ""
        place.signatory, place.full_name, place.post = invitation.signatory, full_name, post
        place.answered_at = now
        place.save()
        # This party has answered: its other signatories' links for this request stop.
        SigningInvitation.objects.filter(pk=invitation.pk).update(used_at=now)
        _revoke(request, party=invitation.party)
        audit_record(
            actor=invitation.signatory.user,
            action=AuditAction.SIGNING_CONSENT_ANSWER,
            obj=agreement,
            subject=History.agreement(agreement.pk),
            after={
                "party": place.party_name,
                "joiner": str(request.joiner.organisation),
                "answer": answer,
                "reason": place.reason,
                "full_name": full_name,
                "post": post,
                "ip_address": context.ip_address,
            },
        )
        if answer == ConsentAnswer.Answer.OBJECTED:
            _end(request, ConsentStatus.OBJECTED, actor=invitation.signatory.user)
        elif not request.answers.exclude(answer=ConsentAnswer.Answer.CONSENTED).exists():
            _consented(request, actor=invitation.signatory.user)
        return place


def _revoke(request: JoinConsent, *, party: Party | None = None) -> int:
    links = SigningInvitation.objects.filter(
        consent=request, used_at__isnull=True, revoked_at__isnull=True
    )
    if party is not None:
        links = links.filter(party=party)
    return links.update(revoked_at=timezone.now())


def _consented(request: JoinConsent, *, actor: User) -> None:
    from accord.signing.services.admissions import send_links

    request.status, request.ended_at = ConsentStatus.CONSENTED, timezone.now()
    request.save(update_fields=["status", "ended_at"])
    invited = send_links(request.joiner, AnswerKind.ACCESSION)
    audit_record(
        actor=actor,
        action=AuditAction.SIGNING_CONSENT_END,
        obj=request.agreement,
        subject=History.agreement(request.agreement_id),
        after={
            "organisation": str(request.joiner.organisation),
            "status": ConsentStatus.CONSENTED,
            "invited": [str(i.signatory) for i in invited],
        },
    )
    publish(JOIN_CONSENTED, consent_id=request.pk, agreement_id=request.agreement_id)


def _end(request: JoinConsent, status: str, *, actor: User | None) -> None:
    """The join is refused: objected, withdrawn or lapsed. The joiner does not join and
    every link still out stops working."""
    request.status, request.ended_at = status, timezone.now()
    request.save(update_fields=["status", "ended_at"])
    Party.objects.filter(pk=request.joiner_id, standing=PartyStanding.INVITED).update(
        standing=PartyStanding.NOT_JOINED
    )
    links = _revoke(request)
    objection = request.answers.filter(answer=ConsentAnswer.Answer.OBJECTED).first()
    audit_record(
        actor=actor,
        action=AuditAction.SIGNING_CONSENT_END,
        obj=request.agreement,
        subject=History.agreement(request.agreement_id),
        after={
            "organisation": str(request.joiner.organisation),
            "status": status,
            "objected": objection.party_name if objection else "",
            "reason": objection.reason if objection else "",
            "not_answered": list(
                request.answers.filter(answer="").values_list("party_name", flat=True)
            ),
            "links_withdrawn": links,
        },
    )
    publish(JOIN_REFUSED, consent_id=request.pk, agreement_id=request.agreement_id, status=status)


def _require_manage(actor: User, agreement: Agreement) -> None:
    if not actor.has_perm("agreements.manage_agreement", agreement):
        raise Refused("Only a partnership officer for the owning body can do this.")


@transaction.atomic
def consent_withdraw(*, actor: User, request: JoinConsent) -> JoinConsent:
    """The officer withdraws the request: the organisation does not join."""
    _require_manage(actor, request.agreement)
    Agreement.objects.select_for_update().get(pk=request.agreement_id)
    request = JoinConsent.objects.select_for_update().get(pk=request.pk)
    if not request.is_pending:
        raise Conflict("That request is no longer waiting for answers: nothing to withdraw.")
    _end(request, ConsentStatus.WITHDRAWN, actor=actor)
    return request


def consents_lapse(*, now: dt.datetime | None = None) -> list[JoinConsent]:
    """End every request whose deadline has passed without every party's consent; for
    ``accord remind``. Running it twice ends nothing twice."""
    now = now or timezone.now()
    ended = []
    for pk in JoinConsent.objects.filter(
        status=ConsentStatus.PENDING, deadline__lte=now
    ).values_list("pk", flat=True):
        with transaction.atomic():
            request = JoinConsent.objects.select_for_update().get(pk=pk)
            if request.is_pending:
                _end(request, ConsentStatus.LAPSED, actor=None)
                ended.append(request)
    return ended


def consents_remind(*, today: dt.date | None = None) -> list[str]:
    """Remind the signatories of every party that has not answered, on the days of
    ``ACCORD_REMINDER_DAYS`` that fall before the deadline (not on the day it was asked),
    with a fresh link; once per day of the schedule, however often it runs."""
    from accord.signing.services.invitations import invite
    from accord.signing.services.reminders import first_time

    today = today or timezone.localdate()
    before = {days for days in settings.ACCORD_REMINDER_DAYS if days > 0}
    reminded = []
    requests = JoinConsent.objects.filter(
        status=ConsentStatus.PENDING, deadline__gt=timezone.now()
    ).select_related("agreement", "joiner__organisation", "version")
    for request in requests:
        deadline = timezone.localdate(request.deadline)
        days = (deadline - today).days
        if days not in before or timezone.localdate(request.asked_at) >= today:
            continue
        waiting = list(
            request.answers.filter(answer=ConsentAnswer.Answer.WAITING).select_related(
                "party__organisation", "party__agreement"
            )
        )
        may_sign = active_signatories(answer.party.organisation_id for answer in waiting)
        for answer in waiting:
            for signatory in may_sign.get(answer.party.organisation_id, []):
                if not signatory.user.is_active:
                    continue
                with transaction.atomic():
                    key = f"consent:{request.pk}:{answer.party_id}:{signatory.pk}"
                    if not first_time(key, days, today):
                        continue
                    invite(
                        party=answer.party,
                        version=request.version,
                        signatory=signatory,
                        kind=AnswerKind.CONSENT,
                        consent=request,
                        reminder=f"This is a reminder: answers are taken for {days} more "
                        f"day{'' if days == 1 else 's'}. Silence is not consent.",
                    )
                    audit_record(
                        actor=None,
                        actor_label="accord remind",
                        action=AuditAction.SIGNING_CONSENT_REMIND,
                        obj=request.agreement,
                        subject=History.agreement(request.agreement_id),
                        after={
                            "signatory": signatory.user.email,
                            "party": answer.party_name,
                            "organisation": str(request.joiner.organisation),
                            "deadline": deadline,
                        },
                    )
                reminded.append(f"{signatory.user.email} ({answer.party_name})")
    return reminded


def pending_for(joiner: Party) -> JoinConsent | None:
    return JoinConsent.objects.filter(joiner=joiner, status=ConsentStatus.PENDING).first()


# --- who is told --------------------------------------------------------------------


def _tell_refused(event: Event) -> None:
    request = JoinConsent.objects.select_related("agreement", "joiner__organisation").get(
        pk=event.payload["consent_id"]
    )
    joiner_contacts = AuthorisedSignatory.objects.filter(
        organisation=request.joiner.organisation_id, active=True, user__is_active=True
    ).values_list("user__email", flat=True)
    notify.send(
        "signing/email/join_refused",
        {
            "request": request,
            "agreement": request.agreement,
            "objection": request.answers.filter(answer=ConsentAnswer.Answer.OBJECTED).first(),
            "link": notify.link(request.agreement.get_absolute_url()),
        },
        sorted(set(joiner_contacts) | set(notify.people_of_owning_body(request.agreement))),
    )


def register() -> None:
    subscribe(JOIN_REFUSED, _tell_refused)
