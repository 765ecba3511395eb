"""Creating agreements and editing their draft: the task list and the sections.
Publishing and status changes are in ``publishing``."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpResponseNotAllowed
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_http_methods, require_POST

from accord.agreements import hooks
from accord.agreements.forms import NewAgreementForm, SectionForm
from accord.agreements.models import Agreement, AgreementStatus, Section
from accord.agreements.presenters import status_phrase
from accord.agreements.selectors import owning_bodies_for
from accord.agreements.services import drafting
from accord.agreements.services.transitions import ALLOWED, refusal
from accord.agreements.tasklist import draft_tasks
from accord.agreements.views.common import agreement_crumbs, get_agreement, refused
from accord.agreements.visibility import visible_agreements
from accord.core.access import require
from accord.core.confirm import confirm_page
from accord.core.forms.errors import form_errors
from accord.core.params import text_param


def agreement_new(request):
    require(request, "agreements.add_agreement")
    source = text_param(request, "adapt", 120)
    initial = {"start": "adapt", "adapt_from": source} if source else {"start": "template"}
    adaptable = visible_agreements(request.user).filter(text_held=True).order_by("title")
    form = NewAgreementForm(
        request.POST or None,
        bodies=owning_bodies_for(request.user),
        adaptable=adaptable,
        initial=initial,
    )
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            if data["start"] == "adapt":
                source = adaptable.filter(slug=data["adapt_from"]).first()
                if source is None:
                    raise ValidationError({"adapt_from": "Choose an agreement from the list."})
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
    published = drafting.latest_version(agreement)
    sections = list(current.sections.order_by("order")) if current else []
    if current is None and published is not None:
        sections = list(published.sections.order_by("order"))
    editable = request.user.has_perm("agreements.edit_draft", agreement)
    tasks = draft_tasks(
        agreement=agreement,
        draft=current,
        published=published,
        section_count=len(sections) if current else 0,
        party_count=agreement.parties.count(),
        step_count=agreement.approval_steps.count(),
        consultations=list(hooks.consultations_of_agreement(agreement, request.user)),
        editable=editable,
    )
    return render(
        request,
        "agreements/draft.html",
        {
            "agreement": agreement,
            "draft": current,
            "published": published,
            "sections": sections,
            "editable": editable,
            "tasks": tasks,
            "status_phrase": status_phrase(agreement.status),
            "moves": _moves(agreement),
        },
    )


def _moves(agreement: Agreement) -> list[dict]:
    """The status changes an officer may ask for, each with why it is not possible now."""
    # Coming into force is the sign-up's business (every party signed, or the officer
    # closed sign-up on its page); every other allowed move can be asked for here.
    manual = [s for s in ALLOWED[agreement.status] if s != AgreementStatus.IN_FORCE]
    # Opening sign-up has its check-answers page and final moves an "Are you sure?" page.
    asked = (AgreementStatus.SIGN_UP, AgreementStatus.WITHDRAWN, AgreementStatus.SUPERSEDED)
    return [
        {
            "to": s,
            "label": AgreementStatus(s).label,
            "refusal": refusal(agreement, s),
            "ask": s in asked,
            "final": s in asked[1:],
        }
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


@require_http_methods(["GET", "POST"])
def section_action(request, slug, pk, action):
    if action not in ("up", "down", "delete"):
        raise Http404("No such action.")
    if request.method == "GET" and action != "delete":
        return HttpResponseNotAllowed(["POST"])
    agreement = get_agreement(slug)
    require(request, "agreements.edit_draft", agreement)
    section = get_object_or_404(
        Section.objects.select_related("version__agreement"), pk=pk, version__agreement=agreement
    )
    if request.method == "GET":
        return confirm_page(
            request,
            question=f"Are you sure you want to delete section {section.number}, "
            f"“{section.heading}”?",
            caption=agreement.display_title,
            details=[
                "Its text is deleted from the draft and the sections after it are renumbered."
            ],
            warning="You cannot undo this. Published versions keep their own copy of the text.",
            button="Yes, delete the section",
            back=reverse("agreements:draft", args=[slug]) + "#sections",
            hidden={"revision": section.version.revision},
            crumbs=agreement_crumbs(agreement),
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
