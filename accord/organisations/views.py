from __future__ import annotations

from django.contrib.auth.decorators import login_not_required
from django.shortcuts import render

from accord.core.pagination import paginate
from accord.core.params import text_param
from accord.organisations import selectors
from accord.organisations.models import OrganisationKind
from accord.permissions import visible_agreements


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
    parties = selectors.organisation_parties(organisation, visible_agreements(request.user))
    memberships, membership_count = selectors.organisation_memberships(organisation)
    hosted, hosted_count = selectors.organisation_hosted(organisation)
    people, people_count = selectors.organisation_people(organisation)
    return render(
        request,
        "organisations/detail.html",
        {
            "organisation": organisation,
            "page": paginate(request, parties),
            "memberships": memberships,
            "membership_count": membership_count,
            "hosted": hosted,
            "hosted_count": hosted_count,
            "people": people,
            "people_count": people_count,
            "former_names": [n for n in organisation.other_names.all() if n.is_former],
            "also_known_as": [n for n in organisation.other_names.all() if not n.is_former],
        },
    )
