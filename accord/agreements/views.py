from __future__ import annotations

from django.contrib.auth.decorators import login_not_required
from django.shortcuts import render

from accord.agreements import selectors
from accord.agreements.models import AgreementKind, AgreementStatus, PartyStatus
from accord.core.access import require
from accord.core.pagination import paginate
from accord.core.params import text_param
from accord.core.presenters import Progress


def _choice(value: str | None, allowed) -> str:
    """A filter value from the query string, or "" when it is not one we offer."""
    return value if value in allowed else ""


@login_not_required
def agreement_list(request):
    filters = {
        "status": _choice(text_param(request, "status"), AgreementStatus.values),
        "kind": _choice(text_param(request, "kind"), AgreementKind.values),
        "body": text_param(request, "body", 120),
        "organisation": text_param(request, "organisation", 120),
    }
    page = paginate(request, selectors.agreement_list(user=request.user, **filters))
    for agreement in page.object_list:
        agreement.progress = Progress(agreement.signed_count, agreement.party_count)
    return render(
        request,
        "agreements/list.html",
        {
            "page": page,
            "filters": filters,
            "statuses": AgreementStatus.choices,
            "kinds": AgreementKind.choices,
        },
    )


@login_not_required
def agreement_detail(request, slug):
    agreement = selectors.agreement_detail(slug)
    require(request, "agreements.view_agreement", agreement)
    parties = list(agreement.parties.all())
    versions = list(agreement.versions.all())
    published = [v for v in versions if v.is_published]
    current = published[-1] if published else (versions[-1] if versions else None)
    commitments = list(agreement.commitments.all())
    counts = {status: 0 for status in PartyStatus.values}
    for party in parties:
        counts[party.status] += 1
    return render(
        request,
        "agreements/detail.html",
        {
            "agreement": agreement,
            "version": current,
            "versions": versions,
            "groups": selectors.parties_by_category(parties),
            "progress": Progress(counts[PartyStatus.SIGNED], len(parties)),
            "counts": counts,
            "steps": agreement.approval_steps.all(),
            "values": [c for c in commitments if c.kind == "value"],
            "principles": [c for c in commitments if c.kind == "principle"],
        },
    )
