from __future__ import annotations

from django.contrib.auth.decorators import login_not_required
from django.shortcuts import render

from accord.core.pagination import paginate
from accord.core.sections import render_sections
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
    memberships, membership_count = selectors.organisation_memberships(organisation)
    hosted, hosted_count = selectors.organisation_hosted(organisation)
    people, people_count = selectors.organisation_people(organisation)
    return render(
        request,
        "organisations/detail.html",
        {
            "organisation": organisation,
            "sections": render_sections("organisation", request, organisation),
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
