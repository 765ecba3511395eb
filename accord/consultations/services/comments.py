"""Comments from consultees, and the owning body's response to each."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from django.db import IntegrityError, transaction

from accord.accounts.models import RoleName
from accord.accounts.scope import scope_of
from accord.agreements.models import Agreement, AgreementStatus, Section
from accord.audit.actions import AuditAction, History
from accord.audit.services import audit_record
from accord.consultations.models import Comment, Consultation, Outcome, Response
from accord.consultations.models.comment import COMMENT_MAX_LENGTH
from accord.consultations.notify import notify_officers_of_comment
from accord.consultations.tokens import invitation_for_token
from accord.core.dates import format_partial_date
from accord.core.errors import Conflict, Invalid, Refused

if TYPE_CHECKING:
    from accord.accounts.models import User

LINK_DOES_NOT_WORK = (
    "This link does not work. It may have been replaced by a newer one or withdrawn: "
    "ask the officer who sent it for a new link."
)


def _clean_text(text: str, *, field: str, empty: str) -> str:
    text = (text or "").strip()
    if "\x00" in text:
        raise Invalid({field: "The text contains a character that cannot be stored."})
    if not text:
        raise Invalid({field: empty})
    if len(text) > COMMENT_MAX_LENGTH:
        raise Invalid(
            {field: f"Keep it to {COMMENT_MAX_LENGTH:,} characters; this has {len(text):,}."}
        )
    return text


def speaks_for(user: User, consultation: Consultation) -> str:
    """The consulted body or organisation a signed-in commenter holds a role for; else the
    owning body for its officers; else the organisation on their record."""
    scope = scope_of(user)
    for body in consultation.consultee_bodies.all():
        if body.pk in scope.body_ids():
            return body.name
    for organisation in consultation.consultee_organisations.all():
        if organisation.pk in scope.organisation_ids():
            return organisation.name
    owning_body = consultation.version.agreement.owning_body
    if owning_body is not None and owning_body.pk in scope.body_ids(RoleName.OFFICER):
        return owning_body.name
    person = user.person
    if person is not None and person.organisation is not None:
        return person.organisation.name
    return ""


@transaction.atomic
def comment_add(
    *,
    consultation: Consultation,
    section: Section,
    text: str,
    actor: User | None = None,
    token: str | None = None,
) -> Comment:
    """A comment by a signed-in ``actor``, or by whoever holds the e-mailed ``token``."""
    if (token is None) == (actor is None):
        raise TypeError("comment_add needs either an actor or a token, not both.")
    if token is not None:
        invitation = invitation_for_token(token)
        if invitation is None or invitation.consultation_id != consultation.pk:
            raise Refused(LINK_DOES_NOT_WORK)
        author = {"invitation": invitation, "author_name": invitation.name or invitation.email}
        author["author_for"] = invitation.speaks_for
        label = f"{invitation.name} <{invitation.email}> (e-mailed link)".strip()
    else:
        if actor is None or not actor.has_perm("consultations.comment", consultation):
            raise Refused(
                "Only the bodies and organisations consulted, and the partnership officers "
                "of the owning body, can comment."
            )
        author = {
            "author": actor,
            "author_name": actor.display_name,
            "author_for": speaks_for(actor, consultation),
        }
        label = ""
    if not consultation.is_open:
        closed = format_partial_date(consultation.closed_on)
        raise Invalid({"text": f"Comments closed on {closed}."})
    # Read now, not from the caller's copy: the agreement may have moved on since.
    agreement = Agreement.objects.get(pk=consultation.version.agreement_id)
    if agreement.status != AgreementStatus.CONSULTATION:
        raise Invalid(
            {
                "text": f"{agreement.display_title} is "
                f"{agreement.get_status_display().lower()}: comments are no longer taken."
            }
        )
    if section.version_id != consultation.version_id:
        raise Invalid({"text": "That section is not in the version being consulted on."})
    text = _clean_text(text, field="text", empty="Write your comment.")

    comment = Comment.objects.create(
        consultation=consultation, section=section, text=text, **author
    )
    audit_record(
        actor=actor,
        actor_label=label,
        action=AuditAction.CONSULTATION_COMMENT_ADD,
        obj=comment,
        subject=History.agreement(consultation.version.agreement_id),
        after={
            "consultation": consultation.pk,
            "section": str(section),
            "author": comment.author_name,
            "for": comment.author_for,
            "text": text,
        },
    )
    transaction.on_commit(partial(notify_officers_of_comment, comment.pk))
    return comment


@transaction.atomic
def comment_respond(*, actor: User, comment: Comment, outcome: str, reason: str) -> Response:
    """Record what the owning body did about a comment, and why. Once only."""
    consultation = comment.consultation
    if not actor.has_perm("consultations.respond", consultation):
        raise Refused(
            "Only a partnership officer of the owning body, or an administrator, can "
            "respond to comments."
        )
    if outcome not in Outcome.values:
        raise Invalid({"outcome": "Choose what was done about the comment."})
    reason = _clean_text(
        reason, field="reason", empty="Give the reason: the people consulted will read it."
    )
    already = "This comment already has a response; responses cannot be changed."
    if Response.objects.filter(comment=comment).exists():
        raise Conflict(already)
    try:
        with transaction.atomic():
            response = Response.objects.create(
                comment=comment, outcome=outcome, reason=reason, responded_by=actor
            )
    except IntegrityError:
        raise Conflict(already) from None
    audit_record(
        actor=actor,
        action=AuditAction.CONSULTATION_COMMENT_RESPOND,
        obj=response,
        subject=History.agreement(consultation.version.agreement_id),
        after={"comment": comment.pk, "outcome": outcome, "reason": reason},
    )
    return response
