"""Editing who is party to an agreement and the route it takes."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_http_methods

from accord.agreements.forms import PartyForm, PartyImportForm
from accord.agreements.models import Party
from accord.agreements.services import parties as party_services
from accord.agreements.views.common import agreement_crumbs, get_agreement, refused
from accord.core.access import require
from accord.core.confirm import confirm_page
from accord.core.forms.errors import Problem, form_errors


def parties(request, slug):
    agreement = get_agreement(slug)
    require(request, "agreements.edit_draft", agreement)
    form = PartyForm(request.POST or None)
    import_form = PartyImportForm()
    if request.method == "POST" and form.is_valid():
        try:
            party = party_services.party_add(
                actor=request.user, agreement=agreement, **form.cleaned_data
            )
        except ValidationError as error:
            form_errors(form, error)
        else:
            messages.success(request, f"{party.organisation} is now a party ({party.category}).")
            return redirect("agreements:parties", slug=slug)
    return _parties_page(request, agreement, form, import_form)


def _parties_page(request, agreement, form, import_form, line_errors=()):
    return render(
        request,
        "agreements/parties.html",
        {
            "agreement": agreement,
            "form": form,
            "import_form": import_form,
            "line_errors": line_errors,
            # Each line of the file that is wrong is listed in the error summary, linked
            # to the file box: nothing was added, so the whole file is uploaded again.
            "page_errors": [
                Problem(
                    f"Line {error.line}: {error.message}" if error.line else error.message,
                    "id_file",
                )
                for error in line_errors
            ],
            "parties": agreement.parties.select_related("organisation").order_by("order"),
        },
    )


def parties_import(request, slug):
    agreement = get_agreement(slug)
    require(request, "agreements.edit_draft", agreement)
    if request.method != "POST":
        return redirect("agreements:parties", slug=slug)
    import_form = PartyImportForm(request.POST, request.FILES)
    line_errors = []
    if import_form.is_valid():
        upload = import_form.cleaned_data["file"]
        content = upload.read(party_services.CSV_MAX_BYTES + 1)
        added, line_errors = party_services.party_import_csv(
            actor=request.user, agreement=agreement, content=content
        )
        if not line_errors:
            messages.success(request, f"{len(added)} parties have been added from the file.")
            return redirect("agreements:parties", slug=slug)
        import_form.add_error(
            "file",
            "Nothing was added: correct the lines listed in the summary and upload the file again.",
        )
    return _parties_page(request, agreement, PartyForm(), import_form, line_errors)


@require_http_methods(["GET", "POST"])
def party_remove(request, slug, pk):
    agreement = get_agreement(slug)
    require(request, "agreements.edit_draft", agreement)
    party = get_object_or_404(
        Party.objects.select_related("organisation"), pk=pk, agreement=agreement
    )
    if request.method == "GET":
        return confirm_page(
            request,
            question=f"Are you sure you want to remove {party.organisation} as a party?",
            caption=agreement.display_title,
            details=[f"{party.organisation} is listed under “{party.category}”."],
            warning="You cannot undo this. To add it back, add the party again.",
            button="Yes, remove the party",
            back=reverse("agreements:parties", args=[slug]),
            crumbs=agreement_crumbs(agreement),
        )
    try:
        party_services.party_remove(actor=request.user, party=party)
    except (ValidationError, PermissionDenied) as error:
        refused(request, error)
    else:
        messages.success(request, f"{party.organisation} is no longer a party.")
    return redirect("agreements:parties", slug=slug)
