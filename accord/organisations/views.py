from __future__ import annotations

from django.contrib.auth.decorators import login_not_required
from django.shortcuts import render

from accord.agreements.visibility import visible_agreements
from accord.core.pagination import paginate
from accord.organisations import selectors
from accord.organisations.forms import OrganisationFilters


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
    organisation = selectors.organisation_detail(slug)
    visible = set(
        visible_agreements(request.user)
        .filter(parties__organisation=organisation)
        .values_list("id", flat=True)
    )
    parties = sorted(
        (p for p in organisation.parties.all() if p.agreement_id in visible),
        key=lambda p: p.agreement.title,
    )
    return render(
        request,
        "organisations/detail.html",
        {
            "organisation": organisation,
            "parties": parties,
            "former_names": [n for n in organisation.other_names.all() if n.is_former],
            "also_known_as": [n for n in organisation.other_names.all() if not n.is_former],
        },
    )
