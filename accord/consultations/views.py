"""Pages for members: opening a consultation, commenting, responding, and the summary."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_http_methods, require_POST

from accord.agreements.models import Agreement
from accord.consultations import selectors, services
from accord.consultations.forms import CommentForm, OpenForm, ResponseForm
from accord.consultations.models import Comment, Invitation
from accord.consultations.services.consultations import CONSULTABLE_STATUSES
from accord.core.access import require
from accord.core.confirm import confirm_page
from accord.core.forms.errors import form_errors


def posted_section(request, sections):
    """The section a comment form was sent for, from the sections on the page."""
    wanted = request.POST.get("section", "")
    for section in sections:
        if wanted == str(section.pk):
            return section
    raise Http404("No such section in this consultation.")


def comment_forms(request, sections, *, can_comment: bool):
    """One comment form per section; the one just sent is bound, with its errors."""
    if not can_comment:
        return None
    bound = None
    if request.method == "POST":
        section = posted_section(request, sections)
        bound = CommentForm(section, request.POST)
    for section in sections:
        section.form = bound if bound and bound.section == section else CommentForm(section)
    return bound


def consultation_open(request, slug):
    agreement = get_object_or_404(Agreement.objects.select_related("owning_body"), slug=slug)
    require(request, "consultations.open_consultation", agreement)
    form = OpenForm(agreement, request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            consultation = services.consultation_open(
                actor=request.user, **form.service_arguments()
            )
        except ValidationError as error:
            form_errors(form, error)
        else:
            invited = consultation.invitations.count()
            messages.success(
                request,
                f"The consultation is open. {invited} "
                f"{'person has' if invited == 1 else 'people have'} been invited by e-mail.",
            )
            return redirect(consultation)
    return render(
        request,
        "consultations/open.html",
        {
            "agreement": agreement,
            "form": form,
            "has_versions": form.fields["version"].queryset.exists(),
            "consultable": agreement.status in CONSULTABLE_STATUSES,
        },
    )


def consultation_detail(request, pk):
    consultation = selectors.consultation_for_page(pk)
    require(request, "consultations.view_consultation", consultation)
    user = request.user
    can_comment = consultation.is_open and user.has_perm("consultations.comment", consultation)
    if request.method == "POST":
        require(request, "consultations.comment", consultation)
    sections = selectors.sections_with_comments(consultation)
    bound = comment_forms(request, sections, can_comment=can_comment or request.method == "POST")
    if bound is not None and bound.is_valid():
        try:
            services.comment_add(
                actor=user,
                consultation=consultation,
                section=bound.section,
                text=bound.cleaned_data["text"],
            )
        except ValidationError as error:
            form_errors(bound, error)
        else:
            messages.success(request, "Thank you: your comment has been recorded.")
            # To the top, where the success banner is focused: a jump to the comment
            # would leave the banner off-screen and take the focus from it.
            return redirect(consultation)
    can_run = user.has_perm("consultations.manage_consultation", consultation)
    return render(
        request,
        "consultations/detail.html",
        {
            **_seen_from(request, consultation),
            "sections": sections,
            "form": bound,
            "can_comment": can_comment,
            "can_run": can_run,
            "can_respond": user.has_perm("consultations.respond", consultation),
            "invitations": selectors.invitations_of(consultation) if can_run else None,
        },
    )


def _seen_from(request, consultation) -> dict:
    agreement = consultation.version.agreement
    return {
        "consultation": consultation,
        "agreement": agreement,
        "can_see_agreement": request.user.has_perm("agreements.view_agreement", agreement),
    }


def comment_respond(request, pk, comment_pk):
    consultation = selectors.consultation_for_page(pk)
    require(request, "consultations.respond", consultation)
    comment = get_object_or_404(
        Comment.objects.select_related("section", "response__responded_by"),
        pk=comment_pk,
        consultation=consultation,
    )
    form = ResponseForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.comment_respond(actor=request.user, comment=comment, **form.cleaned_data)
        except ValidationError as error:
            form_errors(form, error)
        else:
            messages.success(request, "Your response has been recorded.")
            return redirect(consultation)
    return render(
        request,
        "consultations/respond.html",
        {**_seen_from(request, consultation), "comment": comment, "form": form},
    )


def consultation_summary(request, pk):
    consultation = selectors.consultation_for_page(pk)
    require(request, "consultations.view_consultation", consultation)
    return render(
        request,
        "consultations/summary.html",
        {**_seen_from(request, consultation), "rows": selectors.consultation_summary(consultation)},
    )


def _crumbs(consultation) -> list[tuple[str, str]]:
    agreement = consultation.version.agreement
    return [
        ("Agreements", reverse("agreements:list")),
        (agreement.display_title, agreement.get_absolute_url()),
        (consultation.title, consultation.get_absolute_url()),
    ]


@require_http_methods(["GET", "POST"])
def consultation_close(request, pk):
    consultation = selectors.consultation_for_page(pk)
    require(request, "consultations.manage_consultation", consultation)
    if request.method == "GET":
        return confirm_page(
            request,
            question=f"Are you sure you want to close “{consultation.title}” now?",
            caption="Consultation",
            details=[
                f"It is open until the end of {consultation.closes_on:%-d %B %Y}. Closing it now "
                "stops anyone adding comments, through the site or their e-mailed link.",
                "Comments already made stay, and you can still respond to them.",
            ],
            warning="You cannot undo this: a closed consultation cannot be opened again.",
            button="Yes, close the consultation",
            back=consultation.get_absolute_url(),
            crumbs=_crumbs(consultation),
        )
    try:
        services.consultation_close(actor=request.user, consultation=consultation)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, "The consultation is closed: no more comments are taken.")
    return redirect(consultation)


def _invitation(request, pk, invitation_pk) -> Invitation:
    consultation = selectors.consultation_for_page(pk)
    require(request, "consultations.manage_consultation", consultation)
    return get_object_or_404(Invitation, pk=invitation_pk, consultation=consultation)


@require_POST
def invitation_resend(request, pk, invitation_pk):
    invitation = _invitation(request, pk, invitation_pk)
    try:
        services.invitation_resend(actor=request.user, invitation=invitation)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(
            request, f"A new link is on its way to {invitation.email}; the old one no longer works."
        )
    return redirect(invitation.consultation)


@require_http_methods(["GET", "POST"])
def invitation_revoke(request, pk, invitation_pk):
    invitation = _invitation(request, pk, invitation_pk)
    if request.method == "GET":
        consultation = invitation.consultation
        return confirm_page(
            request,
            question=f"Are you sure you want to withdraw the link sent to {invitation.email}?",
            caption=consultation.title,
            details=[
                "The link stops working at once, so they can no longer comment through it. "
                "Comments they have already made stay."
            ],
            warning="You cannot undo this: a withdrawn link never works again.",
            button="Yes, withdraw the link",
            back=f"{consultation.get_absolute_url()}#invitations",
            crumbs=_crumbs(consultation),
        )
    try:
        services.invitation_revoke(actor=request.user, invitation=invitation)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, f"The link sent to {invitation.email} no longer works.")
    return redirect(invitation.consultation)
