from __future__ import annotations

from django.contrib.auth.decorators import login_not_required
from django.shortcuts import render

from accord.agreements.visibility import visible_agreements
from accord.core.pagination import paginate
from accord.core.params import text_param
from accord.organisations import selectors
from accord.organisations.models import OrganisationKind


@login_not_required
def organisation_list(request):
    query = text_param(request, "q", selectors.SEARCH_MAX_LENGTH)
    kind = text_param(request, "kind")
    page = paginate(request, selectors.organisation_search(query=query, kind=kind))
    return render(
        request,
        "organisations/list.html",
        {"page": page, "query": query, "kind": kind, "kinds": OrganisationKind.choices},
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
