from __future__ import annotations

from django.contrib.auth.decorators import login_not_required
from django.shortcuts import get_object_or_404, render

from accord.core.pagination import paginate
from accord.core.params import text_param
from accord.core.sections import render_sections
from accord.governance import selectors
from accord.governance.forms import BodyFilters
from accord.governance.governance_map import map_fragment
from accord.governance.models import Area


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
    return render(request, "governance/area_list.html", {"page": page})


@login_not_required
def area_detail(request, slug):
    return render(request, "governance/area_detail.html", {"area": selectors.area_detail(slug)})


def _map_page(request, area: Area | None):
    return render(
        request,
        "governance/map.html",
        {
            "title": f"Governance map of {area.name}" if area else "Governance map",
            "fragment": map_fragment(area),
            "area": area,
            "areas": Area.objects.order_by("level", "name").only("name", "slug", "level"),
        },
    )


@login_not_required
def governance_map(request):
    # An area that does not exist is a page that does not exist: "Page not found".
    slug = text_param(request, "area", 120)
    return _map_page(request, get_object_or_404(Area, slug=slug) if slug else None)


@login_not_required
def area_map(request, slug):
    return _map_page(request, get_object_or_404(Area, slug=slug))
