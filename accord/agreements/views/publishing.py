"""Publishing a version and moving an agreement's status, each behind a page that shows
what is about to happen: "Check before you publish", "Check before you open sign-up",
and "Are you sure?" before a move that cannot be undone."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_http_methods

from accord.agreements import hooks
from accord.agreements.forms import PublishForm, StatusForm
from accord.agreements.models import AgreementStatus
from accord.agreements.presenters import status_phrase
from accord.agreements.services import drafting, versions
from accord.agreements.services.transitions import TransitionRefused, agreement_transition, refusal
from accord.agreements.views.common import agreement_crumbs, get_agreement, refused
from accord.core.access import require
from accord.core.confirm import confirm_page
from accord.core.forms.errors import Problem

# Moves that cannot be undone, each asked about first.
FINAL_MOVES = (AgreementStatus.WITHDRAWN, AgreementStatus.SUPERSEDED)


@require_http_methods(["GET", "POST"])
def publish(request, slug):
    agreement = get_agreement(slug)
    require(request, "agreements.edit_draft", agreement)
    draft = drafting.current_draft(agreement)
    if draft is None:
        messages.info(request, "Every version is published: there is no draft to publish.")
        return redirect("agreements:draft", slug=slug)
    form = PublishForm(request.POST or None, initial={"revision": draft.revision})
    page_errors = []
    if request.method == "POST" and form.is_valid():
        try:
            version = versions.agreement_publish_version(
                actor=request.user, agreement=agreement, **form.cleaned_data
            )
        except drafting.DraftConflict:
            page_errors = [
                Problem(
                    "The draft changed after you opened this page. Check the text below, "
                    "then publish again."
                )
            ]
            form = PublishForm(
                initial={
                    "revision": drafting.current_draft(agreement).revision,
                    **form.cleaned_data,
                }
            )
        except ValidationError as error:
            page_errors = [Problem(message) for message in error.messages]
        except PermissionDenied as error:
            refused(request, error)
            return redirect("agreements:draft", slug=slug)
        else:
            messages.success(
                request,
                f"Version {version.number} “{version.label}” is published. "
                f"Its content hash is {version.content_hash}.",
            )
            return redirect("agreements:detail", slug=slug)
        draft.refresh_from_db()
    previous = drafting.latest_version(agreement)
    return render(
        request,
        "agreements/publish_check.html",
        {
            "agreement": agreement,
            "draft": draft,
            "previous": previous,
            "sections": list(draft.sections.order_by("order")),
            "parties": list(agreement.parties.select_related("organisation").order_by("order")),
            "steps": list(agreement.approval_steps.select_related("body").order_by("order")),
            "form": form,
            "page_errors": page_errors,
            "crumbs": agreement_crumbs(agreement),
        },
    )


@require_http_methods(["GET", "POST"])
def change_status(request, slug):
    agreement = get_agreement(slug)
    require(request, "agreements.manage_agreement", agreement)
    if request.method == "GET":
        return _ask(request, agreement, request.GET.get("to", ""))
    form = StatusForm(request.POST)
    if form.is_valid():
        try:
            agreement_transition(
                actor=request.user,
                agreement=agreement,
                to=form.cleaned_data["to"],
                note=form.cleaned_data["note"],
            )
        except TransitionRefused as error:
            refused(request, error)
        else:
            agreement.refresh_from_db()
            messages.success(request, f"The agreement {status_phrase(agreement.status, now=True)}.")
            if agreement.status == AgreementStatus.SIGN_UP:
                _report_invitations(request, agreement)
    return redirect("agreements:draft", slug=slug)


def _ask(request, agreement, to: str):
    """The page before a move: check answers before sign-up, "Are you sure?" before a
    final move. Other moves need no page of their own and are asked for on the draft."""
    if to not in (AgreementStatus.SIGN_UP, *FINAL_MOVES):
        raise Http404("That status change needs no page of its own.")
    problem = refusal(agreement, to)
    if problem:
        messages.error(request, problem)
        return redirect("agreements:draft", slug=agreement.slug)
    back = reverse("agreements:draft", args=[agreement.slug])
    if to in FINAL_MOVES:
        label = AgreementStatus(to).label.lower()
        return confirm_page(
            request,
            question=f"Are you sure you want to mark {agreement.display_title} as {label}?",
            caption=f"The agreement {status_phrase(agreement.status)}",
            details=[
                "Its text, parties and route can no longer change, and no one can sign it.",
                "Signatures already given stay on record.",
            ],
            warning="You cannot undo this: a withdrawn or superseded agreement keeps that "
            "status for good.",
            button=f"Yes, mark it as {label}",
            back=back,
            hidden={"to": to},
            crumbs=agreement_crumbs(agreement),
        )
    version = agreement.versions.filter(published_at__isnull=False).order_by("-number").first()
    parties = list(agreement.parties.select_related("organisation").order_by("order"))
    # Signatories are signing's business: asked through a hook, as the invitations are.
    signers = hooks.active_signatories([p.organisation_id for p in parties])
    for party in parties:
        party.signatories = signers.get(party.organisation_id, [])
    return render(
        request,
        "agreements/signup_check.html",
        {
            "agreement": agreement,
            "version": version,
            "parties": parties,
            "without_signatory": [p for p in parties if not p.signatories],
            "steps": list(agreement.approval_steps.select_related("body").order_by("order")),
            "crumbs": agreement_crumbs(agreement),
        },
    )


def _report_invitations(request, agreement) -> None:
    """Sign-up opened (the lifecycle sends the links): say who was invited and who could
    not be."""
    invited, without_signatory = hooks.invitation_summary(agreement)
    messages.success(request, f"{invited} signing invitation{'s' if invited != 1 else ''} sent.")
    if without_signatory:
        messages.warning(
            request, f"No authorised signatory is recorded for: {', '.join(without_signatory)}."
        )
