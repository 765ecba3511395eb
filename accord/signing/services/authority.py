"""Recording who may sign for an organisation, and handing one agreement to a substitute."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction

from accord.accounts.models import Role, RoleName
from accord.accounts.scope import forget_scope
from accord.audit.services import audit_record
from accord.signing.models import AuthorisedSignatory


def _require(actor) -> None:
    if not actor.has_perm("signing.manage_signatories"):
        raise PermissionDenied(
            "Only an administrator or a partnership officer can record signatories."
        )


@transaction.atomic
def signatory_authorise(
    *, actor, organisation, user, post: str, authority: str
) -> AuthorisedSignatory:
    _require(actor)
    post, authority = post.strip()[:200], authority.strip()[:300]
    if not post:
        raise ValidationError({"post": "Enter the signatory's post, such as Chief Executive."})
    if not authority:
        raise ValidationError(
            {"authority": "Enter what they sign under, such as a scheme of delegation reference."}
        )
    try:
        with transaction.atomic():
            signatory = AuthorisedSignatory.objects.create(
                organisation=organisation, user=user, post=post, authority=authority
            )
    except IntegrityError:
        raise ValidationError(
            {"user": f"{user.display_name} is already a signatory for {organisation}."}
        ) from None
    # The signatory role gives them the member's view of their organisation's agreements.
    Role.objects.get_or_create(user=user, name=RoleName.SIGNATORY, organisation=organisation)
    forget_scope(user)
    audit_record(
        actor=actor,
        action="signing.signatory.authorise",
        obj=organisation,
        after={"user": user.email, "post": post, "authority": authority},
    )
    return signatory


@transaction.atomic
def signatory_withdraw(*, actor, signatory: AuthorisedSignatory) -> None:
    _require(actor)
    if not signatory.active:
        return
    AuthorisedSignatory.objects.filter(pk=signatory.pk).update(active=False)
    still_signs = AuthorisedSignatory.objects.filter(
        user=signatory.user, organisation=signatory.organisation, active=True
    ).exists()
    if not still_signs:
        Role.objects.filter(
            user=signatory.user, name=RoleName.SIGNATORY, organisation=signatory.organisation
        ).delete()
        forget_scope(signatory.user)
    audit_record(
        actor=actor,
        action="signing.signatory.withdraw",
        obj=signatory.organisation,
        before={"user": signatory.user.email, "post": signatory.post},
    )
