from __future__ import annotations

from django.contrib.auth.decorators import login_not_required
from django.shortcuts import get_object_or_404, render

from accord.agreements import hooks, selectors
from accord.agreements.forms import AgreementFilters, CompareForm
from accord.agreements.models import Agreement
from accord.agreements.services.drafting import latest_version
from accord.agreements.services.versions import compare
from accord.agreements.views.common import agreement_crumbs
from accord.audit.actions import History
from accord.audit.models import AuditEntry
from accord.core.access import require
from accord.core.history import history_line, who_did_it
from accord.core.pagination import paginate
from accord.core.params import as_at_param

# The agreement's page lists this many parties; the sign-up table pages through them all.
AGREEMENT_PAGE_PARTIES = 25


@login_not_required
def agreement_list(request):
    filters = AgreementFilters(request)
    page = paginate(request, selectors.agreement_list(user=request.user, **filters.applied()))
    # Progress counted for the shown page's agreements only, never the whole register.
    page.object_list = selectors.attach_progress(page.object_list)
    return render(request, "agreements/list.html", {"page": page, "filters": filters})


@login_not_required
def agreement_detail(request, slug):
    """The agreement's public page; with ``?on=2021-04-01`` as it stood on that day: its
    status, the version then agreed, who was party and who had signed by then."""
    agreement = selectors.agreement_detail(slug)
    require(request, "agreements.view_agreement", agreement)
    as_at = as_at_param(request)
    versions = list(agreement.versions.all())
    signup = hooks.sign_up_table(agreement, on=as_at.day, rows=(0, AGREEMENT_PAGE_PARTIES))
    standing = signup["standing"]
    if as_at.day:
        current = standing.version
    else:
        published = [v for v in versions if v.is_published]
        current = published[-1] if published else (versions[-1] if versions else None)
    commitments = list(agreement.commitments.all())
    party_total = signup["total"]
    # Cover reports are for the people working on the agreement, not the public page.
    is_member = (
        request.user.has_perm("reports.view_report", agreement)
        if request.user.is_authenticated
        else False
    )
    return render(
        request,
        "agreements/detail.html",
        {
            "agreement": agreement,
            "as_at": as_at,
            "page_errors": as_at.page_errors("on"),
            "state": standing.state,
            "standing": standing,
            "version": current,
            "versions": versions,
            "groups": signup["groups"],
            "party_total": party_total,
            "parties_shown": min(party_total, AGREEMENT_PAGE_PARTIES),
            "progress": signup["progress"],
            "signup_sentence": signup["sentence"],
            "steps": agreement.approval_steps.all(),
            "reviews": list(agreement.reviews.all()) if not as_at.day else [],
            "is_member": is_member,
            "values": [c for c in commitments if c.kind == "value"],
            "principles": [c for c in commitments if c.kind == "principle"],
        },
    )


@login_not_required
def version_detail(request, slug, number):
    agreement = get_object_or_404(Agreement.objects.select_related("owning_body"), slug=slug)
    require(request, "agreements.view_agreement", agreement)
    version = get_object_or_404(agreement.versions.prefetch_related("sections"), number=number)
    if not version.is_published:
        require(request, "agreements.manage_agreement", agreement)
    return render(request, "agreements/version.html", {"agreement": agreement, "version": version})


@login_not_required
def diff(request, slug):
    """Two versions of one agreement, or (``?lineage=1``) this agreement beside the one it
    was adapted from, section by section and word by word. Only comparisons that mean
    something are offered: two different versions, or the agreement and its source."""
    agreement = get_object_or_404(Agreement.objects.select_related("adapted_from"), slug=slug)
    require(request, "agreements.view_agreement", agreement)
    all_versions = list(agreement.versions.order_by("number"))
    if not request.user.has_perm("agreements.manage_agreement", agreement):
        all_versions = [v for v in all_versions if v.is_published]
    context = {
        "agreement": agreement,
        "versions": all_versions,
        "crumbs": agreement_crumbs(agreement),
    }
    if request.GET.get("lineage") and agreement.adapted_from:
        source = agreement.adapted_from
        require(request, "agreements.view_agreement", source)
        old = latest_version(source)
        new = all_versions[-1] if all_versions else None
        old_label = f"{source.display_title}" + (
            f", version {old.number}" if old else " (text not held)"
        )
        context |= {"lineage": True}
    else:
        if len(all_versions) < 2:
            return render(request, "agreements/diff.html", context | {"nothing_to_compare": True})
        form = CompareForm(request, versions=all_versions)
        chosen = form.chosen()
        context |= {"form": form}
        if chosen is None:
            return render(request, "agreements/diff.html", context)
        old, new = chosen
        old_label = f"version {old.number} ({old.label})"
    changes = compare(old.sections.all() if old else [], new.sections.all() if new else [])
    return render(
        request,
        "agreements/diff.html",
        context | {"old": old, "new": new, "old_label": old_label, "changes": changes},
    )


def history(request, slug):
    agreement = get_object_or_404(Agreement, slug=slug)
    require(request, "agreements.view_history", agreement)
    entries = AuditEntry.objects.filter(subject=History.agreement(agreement.pk)).order_by(
        "-sequence"
    )
    page = paginate(request, entries, 50)
    for entry in page.object_list:
        entry.line = history_line(entry.action, entry.before, entry.after, entry.note)
        entry.who = who_did_it(entry.actor_label)
    return render(
        request,
        "agreements/history.html",
        {"agreement": agreement, "page": page},
    )
