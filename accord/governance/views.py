from __future__ import annotations

from django.contrib.auth.decorators import login_not_required
from django.shortcuts import get_object_or_404, render

from accord.caching.pages import keep_out_of_cache
from accord.core.pagination import paginate
from accord.core.params import as_at_param, text_param
from accord.core.sections import render_sections
from accord.governance import selectors
from accord.governance.forms import BodyFilters
from accord.governance.maps import map_fragment
from accord.governance.models import Area, Level
from accord.organisations.selectors import first_of


@login_not_required
def body_list(request):
    filters = BodyFilters(request)
    page = paginate(request, selectors.body_list(**filters.applied()))
    return render(request, "governance/body_list.html", {"page": page, "filters": filters})


@login_not_required
def body_detail(request, slug):
    body = selectors.body_detail(slug)
    return render(
        request,
        "governance/body_detail.html",
        {
            "body": body,
            "sections": render_sections("body", request, body),
        },
    )


@login_not_required
def area_list(request):
    page = paginate(request, selectors.area_list())
    page.object_list = selectors.attach_body_counts(page.object_list)
    return render(request, "governance/area_list.html", {"page": page})


@login_not_required
def area_detail(request, slug):
    area = selectors.area_detail(slug)
    bodies, body_count = first_of(area.bodies.order_by("name", "id"))
    organisations, organisation_count = first_of(area.organisations.order_by("name", "id"))
    return render(
        request,
        "governance/area_detail.html",
        {
            "area": area,
            "bodies": bodies,
            "body_count": body_count,
            "organisations": organisations,
            "organisation_count": organisation_count,
        },
    )


def _map_page(request, area: Area | None):
    level = text_param(request, "level", 20)
    try:
        page = max(1, min(int(request.GET.get("page", 1)), 10_000))
    except ValueError:
        page = 1
    # ?as_at=2021-04-01: the bodies there on that day and the lines between them then.
    as_at = as_at_param(request, "as_at")
    fragment = map_fragment(
        area, level=level if level in Level.values else "", page=page, day=as_at.day
    )
    response = render(
        request,
        "governance/map.html",
        {
            "title": f"Governance map of {area.name}" if area else "Governance map",
            "fragment": fragment,
            "area": area,
            "as_at": as_at,
            "page_errors": as_at.page_errors("as_at"),
        },
    )
    if not fragment.current:
        # Showing an earlier drawing (or none yet): the next visitor should get the new one.
        keep_out_of_cache(response)
    return response


@login_not_required
def governance_map(request):
    # An area that does not exist is a page that does not exist: "Page not found".
    slug = text_param(request, "area", 120)
    return _map_page(request, get_object_or_404(Area, slug=slug) if slug else None)


@login_not_required
def area_map(request, slug):
    return _map_page(request, get_object_or_404(Area, slug=slug))
