"""Creating agreements and editing their draft: sections, publishing, status."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from accord.agreements.forms import NewAgreementForm, PublishForm, SectionForm, StatusForm
from accord.agreements.models import Agreement, AgreementStatus, Section
from accord.agreements.selectors import owning_bodies_for
from accord.agreements.services import drafting, versions
from accord.agreements.services.transitions import (
    ALLOWED,
    TransitionRefused,
    agreement_transition,
    refusal,
)
from accord.agreements.views.common import form_errors, get_agreement, refused
from accord.agreements.visibility import visible_agreements
from accord.core.access import require
from accord.core.params import text_param


def agreement_new(request):
    require(request, "agreements.add_agreement")
    source = text_param(request, "adapt", 120)
    initial = {"start": "adapt", "adapt_from": source} if source else {"start": "template"}
    form = NewAgreementForm(
        request.POST or None, bodies=owning_bodies_for(request.user), initial=initial
    )
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            if data["start"] == "adapt":
                source = visible_agreements(request.user).filter(slug=data["adapt_from"]).first()
                if source is None:
                    raise ValidationError({"adapt_from": "No agreement you can see has that name."})
                agreement = drafting.agreement_adapt(
                    actor=request.user,
                    source=source,
                    title=data["title"],
                    owning_body=data["owning_body"],
                )
            else:
                agreement = drafting.agreement_create(
                    actor=request.user,
                    title=data["title"],
                    kind=data["kind"],
                    owning_body=data["owning_body"],
                    legally_binding=data["legally_binding"],
                    from_template=data["start"] == "template",
                )
        except ValidationError as error:
            form_errors(form, error)
        else:
            messages.success(request, f"“{agreement.title}” has been created as a draft.")
            return redirect("agreements:draft", slug=agreement.slug)
    return render(request, "agreements/new.html", {"form": form})


def draft(request, slug):
    agreement = get_agreement(slug)
    require(request, "agreements.manage_agreement", agreement)
    current = drafting.current_draft(agreement)
    return render(
        request,
        "agreements/draft.html",
        {
            "agreement": agreement,
            "draft": current,
            "sections": list(current.sections.order_by("order")) if current else [],
            "editable": request.user.has_perm("agreements.edit_draft", agreement),
            "publish_form": PublishForm(initial={"revision": current.revision if current else 0}),
            "section_form": SectionForm(initial={"revision": current.revision if current else 0}),
            "parties": agreement.parties.select_related("organisation"),
            "steps": agreement.approval_steps.select_related("body"),
            "moves": _moves(agreement),
        },
    )


def _moves(agreement: Agreement) -> list[dict]:
    """The status changes an officer may ask for, each with why it is not possible now."""
    # Coming into force is the sign-up's business (every party signed, or the officer
    # closed sign-up on its page); every other allowed move can be asked for here.
    manual = [s for s in ALLOWED[agreement.status] if s != AgreementStatus.IN_FORCE]
    return [
        {"to": s, "label": AgreementStatus(s).label, "refusal": refusal(agreement, s)}
        for s in AgreementStatus.values
        if s in manual
    ]


def _section_form_page(request, agreement, form, section=None, conflict=None):
    return render(
        request,
        "agreements/section_form.html",
        {"agreement": agreement, "form": form, "section": section, "conflict": conflict},
    )


def section_new(request, slug):
    agreement = get_agreement(slug)
    require(request, "agreements.edit_draft", agreement)
    form = SectionForm(request.POST or None, initial={"revision": _revision(request, agreement)})
    if request.method == "POST" and form.is_valid():
        try:
            drafting.section_add(actor=request.user, agreement=agreement, **form.cleaned_data)
        except drafting.DraftConflict as conflict:
            return _conflict(request, agreement, form, None, conflict)
        except ValidationError as error:
            form_errors(form, error)
        else:
            messages.success(request, "The section has been added.")
            return redirect("agreements:draft", slug=slug)
    return _section_form_page(request, agreement, form)


def _revision(request, agreement) -> int:
    """The revision an edit starts from; a draft that does not exist yet is revision 0."""
    current = drafting.current_draft(agreement)
    return current.revision if current else 0


def _conflict(request, agreement, form, section, conflict):
    """Show what is saved now beside what this editor typed, with a form to try again."""
    data = form.cleaned_data | {"revision": conflict.current_revision}
    retry = SectionForm(initial=data)
    saved = Section.objects.filter(pk=section.pk).first() if section else None
    return _section_form_page(
        request, agreement, retry, section, {"saved": saved, "yours": form.cleaned_data}
    )


def section_edit(request, slug, pk):
    agreement = get_agreement(slug)
    require(request, "agreements.edit_draft", agreement)
    section = get_object_or_404(
        Section.objects.select_related("version__agreement"), pk=pk, version__agreement=agreement
    )
    initial = {
        "heading": section.heading,
        "text": section.text,
        "revision": section.version.revision,
    }
    form = SectionForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            drafting.section_update(actor=request.user, section=section, **form.cleaned_data)
        except drafting.DraftConflict as conflict:
            return _conflict(request, agreement, form, section, conflict)
        except ValidationError as error:
            form_errors(form, error)
        else:
            messages.success(request, f"Section {section.number} has been saved.")
            return redirect("agreements:draft", slug=slug)
    return _section_form_page(request, agreement, form, section)


@require_POST
def section_action(request, slug, pk, action):
    if action not in ("up", "down", "delete"):
        raise Http404("No such action.")
    agreement = get_agreement(slug)
    require(request, "agreements.edit_draft", agreement)
    section = get_object_or_404(
        Section.objects.select_related("version__agreement"), pk=pk, version__agreement=agreement
    )
    try:
        revision = int(request.POST.get("revision", "-1"))
        if action == "delete":
            drafting.section_delete(actor=request.user, section=section, revision=revision)
            messages.success(
                request, f"Section “{section.heading}” has been deleted; the others are renumbered."
            )
        else:
            drafting.section_move(
                actor=request.user,
                section=section,
                offset=-1 if action == "up" else 1,
                revision=revision,
            )
    except drafting.DraftConflict:
        messages.error(
            request,
            "Someone else changed this draft after you opened it. Here it is as it is now; try again.",
        )
    except (ValidationError, PermissionDenied, ValueError) as error:
        refused(request, error)
    return redirect("agreements:draft", slug=slug)


@require_POST
def publish(request, slug):
    agreement = get_agreement(slug)
    require(request, "agreements.edit_draft", agreement)
    form = PublishForm(request.POST)
    if form.is_valid():
        try:
            version = versions.agreement_publish_version(
                actor=request.user, agreement=agreement, **form.cleaned_data
            )
        except drafting.DraftConflict:
            messages.error(
                request,
                "The draft changed after you opened it. Check the text below, then publish again.",
            )
        except (ValidationError, PermissionDenied) as error:
            refused(request, error)
        else:
            messages.success(
                request,
                f"Version {version.number} “{version.label}” is published. Its content hash is {version.content_hash}.",
            )
            return redirect("agreements:detail", slug=slug)
    else:
        messages.error(request, "Give the version a label, such as “Final draft”.")
    return redirect("agreements:draft", slug=slug)


@require_POST
def change_status(request, slug):
    agreement = get_agreement(slug)
    require(request, "agreements.manage_agreement", agreement)
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
            messages.success(
                request, f"The agreement is now {agreement.get_status_display().lower()}."
            )
            if agreement.status == AgreementStatus.SIGN_UP:
                _report_invitations(request, agreement)
    return redirect("agreements:draft", slug=slug)


def _report_invitations(request, agreement) -> None:
    """Sign-up opened (by the lifecycle): say who was invited and who could not be."""
    from accord.signing.selectors import invitation_summary

    invited, without_signatory = invitation_summary(agreement)
    messages.success(request, f"{invited} signing invitation(s) sent.")
    if without_signatory:
        messages.warning(
            request, f"No authorised signatory is recorded for: {', '.join(without_signatory)}."
        )


@require_POST
def draft_begin(request, slug):
    """Start a new draft from the latest published version, to change the text again."""
    agreement = get_agreement(slug)
    require(request, "agreements.edit_draft", agreement)
    try:
        draft = drafting.draft_start(actor=request.user, agreement=agreement)
    except (ValidationError, PermissionDenied) as error:
        refused(request, error)
    else:
        messages.success(
            request, f"Draft version {draft.number} has been started from the latest version."
        )
    return redirect("agreements:draft", slug=slug)
