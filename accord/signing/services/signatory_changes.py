"""When a signatory leaves or changes post, the agreements they signed are told.

The signature stays valid: it was given with authority at the time. Each agreement open
for sign-up or in force that the signatory signed gets a ``SignatoryNotice``; its
officers are e-mailed who now holds the authority to sign for the organisation. Where
the agreement's text names the post the signature was given in ("signed by the Chief
Executive of each party"), the notice says so, and the officer can ask a current
signatory to re-confirm the agreement through an e-mailed link.
"""

from __future__ import annotations

import re

from django.db import transaction
from django.utils import timezone

from accord.accounts.models import User
from accord.agreements import notify
from accord.agreements.models import AgreementStatus, AgreementVersion
from accord.agreements.services.transitions import BINDING
from accord.audit.actions import AuditAction, History
from accord.audit.services import audit_record
from accord.core.errors import Conflict, Invalid, Refused
from accord.core.events import Event
from accord.signing.models import (
    AnswerKind,
    AuthorisedSignatory,
    Decision,
    NoticeResolution,
    SignatoryNotice,
    Signature,
    SigningInvitation,
)


def text_names_post(version: AgreementVersion, declaration: str, post: str) -> bool:
    """Whether the agreement's text (its sections and declaration) names ``post``."""
    post = " ".join(post.split())
    if len(post) < 3:
        return False
    pattern = re.compile(r"(?<!\w)" + re.escape(post).replace(r"\ ", r"\s+") + r"(?!\w)", re.I)
    texts = [declaration, *(f"{s.heading}\n{s.text}" for s in version.sections.all())]
    return any(pattern.search(text) for text in texts)


def current_holders(organisation_id: int) -> list[AuthorisedSignatory]:
    """Who may sign for the organisation now."""
    return list(
        AuthorisedSignatory.objects.filter(
            organisation_id=organisation_id, active=True, user__is_active=True
        ).select_related("user")
    )


def open_notices(event: Event) -> None:
    """A signatory's authority ended: tell each agreement they signed that still binds
    (or is open for sign-up), once."""
    signatory = AuthorisedSignatory.objects.select_related("organisation", "user").get(
        pk=event.payload["signatory_id"]
    )
    signatures = Signature.objects.filter(
        signatory=signatory,
        decision=Decision.SIGNED,
        party__agreement__status__in=(AgreementStatus.SIGN_UP, *BINDING),
    ).select_related("party__agreement", "version")
    opened = []
    for signature in signatures:
        agreement = signature.party.agreement
        if signature.version_id != agreement.signing_version_id:
            continue  # a signature on an earlier text: the agreement stands on another
        if not signature.party.is_current():
            continue
        notice, created = SignatoryNotice.objects.get_or_create(
            signature=signature,
            signatory=signatory,
            resolution=NoticeResolution.OPEN,
            defaults={
                "agreement": agreement,
                "party": signature.party,
                "change": event.payload["change"],
                "text_names_post": text_names_post(
                    signature.version, agreement.declaration, signature.post
                ),
                "created_at": timezone.now(),
            },
        )
        if created:
            opened.append(notice.pk)
    if opened:
        transaction.on_commit(lambda: tell_the_officers(opened))


def tell_the_officers(notice_ids: list[int]) -> None:
    for notice in SignatoryNotice.objects.filter(pk__in=notice_ids).select_related(
        "agreement", "party__organisation", "signature", "signatory__user"
    ):
        notify.send(
            "signing/email/signatory_changed",
            {
                "notice": notice,
                "agreement": notice.agreement,
                "holders": current_holders(notice.party.organisation_id),
                "link": notify.link("/attention/"),
            },
            notify.people_of_owning_body(notice.agreement),
        )


def _require_manage(actor: User, notice: SignatoryNotice) -> None:
    if not actor.has_perm("agreements.manage_agreement", notice.agreement):
        raise Refused("Only a partnership officer for the owning body can act on this notice.")


def _open(notice: SignatoryNotice) -> SignatoryNotice:
    notice = (
        SignatoryNotice.objects.select_for_update(of=("self",))
        .select_related("agreement", "party__organisation", "signature", "signatory__user")
        .get(pk=notice.pk)
    )
    if not notice.is_open:
        raise Conflict("This notice has been dealt with already.")
    return notice


@transaction.atomic
def notice_note(*, actor: User, notice: SignatoryNotice) -> SignatoryNotice:
    """The officer has seen who now holds the authority; nothing else is needed."""
    _require_manage(actor, notice)
    notice = _open(notice)
    notice.resolution, notice.resolved_at, notice.resolved_by = (
        NoticeResolution.NOTED,
        timezone.now(),
        actor,
    )
    notice.save(update_fields=["resolution", "resolved_at", "resolved_by"])
    audit_record(
        actor=actor,
        action=AuditAction.SIGNING_NOTICE_NOTE,
        obj=notice.agreement,
        subject=History.agreement(notice.agreement_id),
        after={
            "signatory": notice.signature.full_name,
            "post": notice.signature.post,
            "party": notice.signature.organisation_name,
            "holders": [str(s) for s in current_holders(notice.party.organisation_id)],
        },
    )
    return notice


@transaction.atomic
def reconfirmation_ask(
    *, actor: User, notice: SignatoryNotice, signatory: AuthorisedSignatory
) -> SigningInvitation:
    """Ask a current signatory of the party to re-confirm an agreement whose text names
    the post its signature was given in."""
    from accord.signing.services.invitations import invite

    _require_manage(actor, notice)
    notice = _open(notice)
    agreement = notice.agreement
    if agreement.status not in (AgreementStatus.SIGN_UP, *BINDING):
        raise Conflict("The agreement no longer takes answers.")
    if signatory.organisation_id != notice.party.organisation_id or not signatory.active:
        raise Invalid({"signatory": f"Choose a current signatory of {notice.party.organisation}."})
    version = agreement.signing_version
    if version is None:
        raise Conflict("No version of the agreement is open for answers.")
    invitation = invite(
        party=notice.party,
        version=version,
        signatory=signatory,
        kind=AnswerKind.RECONFIRMATION,
        notice=notice,
    )
    audit_record(
        actor=actor,
        action=AuditAction.SIGNING_RECONFIRMATION_REQUEST,
        obj=agreement,
        subject=History.agreement(agreement.pk),
        after={
            "party": notice.signature.organisation_name,
            "post_named": notice.signature.post,
            "asked": str(signatory),
        },
    )
    return invitation
