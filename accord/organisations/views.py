from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_not_required
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render

from accord.core.access import require
from accord.core.pagination import paginate
from accord.core.sections import render_sections
from accord.organisations import selectors
from accord.organisations.forms import OrganisationFilters, SuccessionForm
from accord.organisations.models import Organisation
from accord.organisations.services import organisation_record_succession


@login_not_required
def organisation_list(request):
    filters = OrganisationFilters(request)
    applied = filters.applied()
    page = paginate(
        request, selectors.organisation_search(query=applied["q"], kind=applied["kind"])
    )
    return render(
        request,
        "organisations/list.html",
        {"page": page, "query": applied["q"], "filters": filters},
    )


@login_not_required
def organisation_detail(request, slug):
    shown = selectors.organisation_page(slug)
    organisation = shown.organisation
    return render(
        request,
        "organisations/detail.html",
        {
            "organisation": organisation,
            "sections": render_sections("organisation", request, organisation),
            "memberships": shown.memberships,
            "membership_count": shown.membership_count,
            "hosted": shown.hosted,
            "hosted_count": shown.hosted_count,
            "people": shown.people,
            "people_count": shown.people_count,
            "former_names": [n for n in organisation.other_names.all() if n.is_former],
            "also_known_as": [n for n in organisation.other_names.all() if not n.is_former],
        },
    )


def organisation_succession(request, slug):
    """An administrator records that the organisation was succeeded by another; the
    agreements it is party to are flagged for their officers."""
    organisation = get_object_or_404(Organisation, slug=slug)
    require(request, "organisations.record_succession", organisation)
    form = SuccessionForm(request.POST or None, organisation=organisation)
    if request.method == "POST" and form.is_valid():
        try:
            succession = organisation_record_succession(
                actor=request.user, predecessor=organisation, **form.cleaned_data
            )
        except ValidationError as error:
            for field, problems in getattr(error, "message_dict", {None: error.messages}).items():
                form.add_error(field if field in form.fields else None, problems)
        else:
            messages.success(
                request,
                f"{succession.successor} is recorded as {organisation}'s successor. The "
                "officers of agreements it is party to have been told.",
            )
            return redirect(organisation)
    return render(
        request,
        "form_page.html",
        {
            "form": form,
            "back": organisation.get_absolute_url(),
            "caption": organisation.name,
            "title": "Record a successor",
            "intro": [
                f"Every agreement open for sign-up or in force to which {organisation} is a "
                "party is flagged for its officer, who asks the successor to confirm it or "
                "removes the party. Signatures already given stay on record."
            ],
            "button": "Record the successor",
        },
    )
