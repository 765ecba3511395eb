from __future__ import annotations

import csv

from django.contrib import messages
from django.contrib.auth.decorators import login_not_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.views.decorators.http import require_POST

from accord.accounts.models import User
from accord.agreements.models import Agreement
from accord.agreements.views.common import form_errors, refused
from accord.core.access import require
from accord.organisations.models import Organisation
from accord.signing import selectors
from accord.signing.forms import SignatoryForm, answer_form
from accord.signing.models import AuthorisedSignatory, SigningInvitation
from accord.signing.services import authority, invitations, signatures


def _context(request) -> signatures.Context:
    return signatures.Context(
        ip_address=request.META.get("REMOTE_ADDR"),
        user_agent=request.META.get("HTTP_USER_AGENT", ""),
    )


@login_not_required
def sign(request, token):
    """The signing page behind an e-mailed link: no account needed, one answer per party."""
    token = token[:100]
    try:
        invitation = signatures.invitation_for(token, context=_context(request))
        signatures.check_person(invitation, request.user, context=_context(request))
    except signatures.LinkRefused as error:
        return render(request, "signing/refused.html", {"message": str(error)}, status=403)
    form = answer_form(invitation.kind, request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            signature = signatures.sign_with_link(
                token=token, context=_context(request), user=request.user, **form.cleaned_data
            )
        except signatures.AlreadyAnswered as answered:
            return render(
                request,
                "signing/done.html",
                {"signature": answered.signature, "already": str(answered)},
            )
        except signatures.LinkRefused as error:
            return render(request, "signing/refused.html", {"message": str(error)}, status=403)
        except ValidationError as error:
            form_errors(form, error)
        else:
            return render(request, "signing/done.html", {"signature": signature})
    return render(
        request,
        "signing/sign.html",
        {"invitation": invitation, "form": form, **selectors.sign_page(invitation)},
    )


@login_not_required
def progress(request, slug):
    agreement = get_object_or_404(Agreement.objects.select_related("owning_body"), slug=slug)
    require(request, "agreements.view_agreement", agreement)
    manage = request.user.has_perm("agreements.manage_agreement", agreement)
    is_signatory = (
        request.user.is_authenticated
        and agreement.parties.filter(
            organisation__signatories__user=request.user, organisation__signatories__active=True
        ).exists()
    )
    return render(
        request,
        "signing/progress.html",
        {
            "agreement": agreement,
            "manage": manage,
            "is_signatory": is_signatory,
            **selectors.progress(agreement, with_invitations=manage),
        },
    )


@login_not_required
def progress_csv(request, slug):
    agreement = get_object_or_404(Agreement, slug=slug)
    require(request, "agreements.view_agreement", agreement)
    data = selectors.progress(agreement)
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{agreement.slug}-sign-up.csv"'
    writer = csv.writer(response)
    writer.writerow(
        [
            "Category",
            "Organisation",
            "Status",
            "Signed or declined by",
            "Post",
            "When",
            "Version",
            "Version hash",
            "Reason",
        ]
    )
    for category, rows in data["groups"]:
        for row in rows:
            s = row.signature
            writer.writerow(
                [
                    category,
                    row.party.name_as_party,
                    row.status_label,
                    s.full_name if s else "",
                    s.post if s else "",
                    timezone.localtime(s.signed_at).isoformat(timespec="seconds") if s else "",
                    data["version"].number if data["version"] else "",
                    data["version"].content_hash if data["version"] else "",
                    s.reason if s else "",
                ]
            )
    return response


@require_POST
def open_signup(request, slug):
    agreement = get_object_or_404(Agreement, slug=slug)
    require(request, "agreements.manage_agreement", agreement)
    try:
        opened = invitations.signing_open(actor=request.user, agreement=agreement)
    except ValidationError as error:
        refused(request, error)
    else:
        messages.success(
            request,
            f"{len(opened.invited)} invitation{'s' if len(opened.invited) != 1 else ''} sent.",
        )
        if opened.without_signatory:
            names = ", ".join(str(p.organisation) for p in opened.without_signatory)
            messages.warning(
                request,
                f"No authorised signatory is recorded for: {names}. Record one, then send again.",
            )
    return redirect("signing:progress", slug=slug)


@require_POST
def invitation_action(request, slug, pk, action):
    if action not in ("resend", "revoke"):
        raise Http404("No such action.")
    agreement = get_object_or_404(Agreement, slug=slug)
    require(request, "agreements.manage_agreement", agreement)
    invitation = get_object_or_404(SigningInvitation, pk=pk, party__agreement=agreement)
    try:
        if action == "resend":
            invitations.invitation_resend(actor=request.user, invitation=invitation)
            messages.success(
                request, f"A new link has been sent to {invitation.signatory.user.email}."
            )
        else:
            invitations.invitation_revoke(actor=request.user, invitation=invitation)
            messages.success(request, "The link has been withdrawn.")
    except (ValidationError, PermissionDenied) as error:
        refused(request, error)
    return redirect("signing:progress", slug=slug)


@require_POST
def close_signup(request, slug):
    agreement = get_object_or_404(Agreement, slug=slug)
    require(request, "agreements.manage_agreement", agreement)
    try:
        signatures.signing_close(actor=request.user, agreement=agreement)
    except ValidationError as error:
        refused(request, error)
    else:
        messages.success(
            request, "Sign-up is closed and the agreement is in force with the parties that signed."
        )
    return redirect("agreements:detail", slug=slug)


def signatories(request, slug):
    organisation = get_object_or_404(Organisation, slug=slug)
    require(request, "signing.manage_signatories", organisation)
    form = SignatoryForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        user = User.objects.filter(email__iexact=form.cleaned_data["email"]).first()
        try:
            if user is None:
                raise ValidationError(
                    {
                        "email": "Nobody has an account with that e-mail address. An administrator can give them one."
                    }
                )
            authority.signatory_authorise(
                actor=request.user,
                organisation=organisation,
                user=user,
                post=form.cleaned_data["post"],
                authority=form.cleaned_data["authority"],
            )
        except ValidationError as error:
            form_errors(form, error)
        else:
            messages.success(request, f"{user.display_name} can now sign for {organisation}.")
            return redirect("signing:signatories", slug=slug)
    current = AuthorisedSignatory.objects.filter(
        organisation=organisation, active=True
    ).select_related("user")
    return render(
        request,
        "signing/signatories.html",
        {"organisation": organisation, "form": form, "signatories": current},
    )


@require_POST
def signatory_withdraw(request, slug, pk):
    organisation = get_object_or_404(Organisation, slug=slug)
    require(request, "signing.manage_signatories", organisation)
    signatory = get_object_or_404(AuthorisedSignatory, pk=pk, organisation=organisation)
    authority.signatory_withdraw(actor=request.user, signatory=signatory)
    messages.success(
        request, f"{signatory.user.display_name} can no longer sign for {organisation}."
    )
    return redirect("signing:signatories", slug=slug)


def hand_over(request, slug):
    """A signatory hands this one agreement to another signatory of the same organisation."""
    agreement = get_object_or_404(Agreement, slug=slug)
    require(request, "agreements.view_agreement", agreement)
    mine = AuthorisedSignatory.objects.filter(user=request.user, active=True).values_list(
        "organisation_id", flat=True
    )
    party = (
        agreement.parties.filter(organisation_id__in=list(mine))
        .select_related("organisation")
        .first()
    )
    if party is None:
        raise PermissionDenied("You are not a signatory of any party to this agreement.")
    substitutes = (
        AuthorisedSignatory.objects.filter(organisation=party.organisation, active=True)
        .exclude(user=request.user)
        .select_related("user")
    )
    error = ""
    if request.method == "POST":
        chosen = substitutes.filter(pk=text_param_post(request, "to")).first()
        try:
            if chosen is None:
                raise ValidationError("Choose who should sign instead of you.")
            invitations.signing_hand_over(actor=request.user, party=party, to=chosen)
        except (ValidationError, PermissionDenied) as problem:
            error = " ".join(getattr(problem, "messages", [str(problem)]))
        else:
            messages.success(
                request,
                f"{chosen.user.display_name} has been sent a link to sign for {party.organisation}.",
            )
            return redirect("signing:progress", slug=slug)
    return render(
        request,
        "signing/hand_over.html",
        {
            "agreement": agreement,
            "party": party,
            "substitutes": substitutes,
            "error": error,
        },
    )


def text_param_post(request, name: str) -> str:
    value = (request.POST.get(name) or "")[:20]
    return value if value.isdigit() else "0"
