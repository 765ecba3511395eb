"""Reads of agreements that pages share; each is a fixed number of queries."""

from __future__ import annotations

from collections.abc import Iterable

from django.db.models import Count, Model, Prefetch, Q, QuerySet

from accord.accounts.models import RoleName
from accord.accounts.scope import Viewer, scope_of
from accord.agreements.models import (
    Agreement,
    AgreementStatus,
    AgreementVersion,
    Party,
    PartyStatus,
)
from accord.agreements.models.party import PartyQuerySet
from accord.agreements.visibility import (
    PUBLIC_AGREEMENT_STATUSES,
    member_agreements,
    visible_agreements,
)
from accord.caching.values import cached_rows_value, cached_value
from accord.core.presenters import Progress
from accord.governance.models import Body
from accord.organisations.models import Organisation, OrganisationName
from accord.organisations.selectors import matching_ids


def owning_bodies_for(user: Viewer) -> QuerySet[Body]:
    """The bodies a user may make a new agreement's owner: all for an administrator, else
    those they are a partnership officer for."""
    scope = scope_of(user)
    bodies = Body.objects.order_by("name")
    return bodies if scope.administrator else bodies.filter(id__in=scope.body_ids(RoleName.OFFICER))


def attach_progress(agreements: Iterable[Agreement]) -> list[Agreement]:
    """Give each agreement ``party_count``, ``signed_count`` and ``progress``, counted in one
    grouped query over just these agreements' parties (never over the whole register)."""
    agreements = list(agreements)
    counts = {
        row["agreement_id"]: (row["total"], row["signed"])
        for row in Party.objects.filter(agreement_id__in=[a.pk for a in agreements])
        .values("agreement_id")
        .annotate(total=Count("id"), signed=Count("id", filter=Q(status=PartyStatus.SIGNED)))
        .order_by()
    }
    for agreement in agreements:
        agreement.party_count, agreement.signed_count = counts.get(agreement.pk, (0, 0))
        agreement.progress = Progress(agreement.signed_count, agreement.party_count)
    return agreements


# How many agreements of each status the start page lists (first_by_status).
FIRST_PER_STATUS = 5


def _register_summary() -> tuple[dict[str, int], dict[str, list[Agreement]]]:
    """The register's agreements counted by status, and the first of each public status
    by title (with their owning bodies): one kept value, read together by the start page."""
    counts = dict(Agreement.objects.values_list("status").annotate(n=Count("id")).order_by())
    return counts, _first_public([s for s in PUBLIC_AGREEMENT_STATUSES if counts.get(s)])


def _summary() -> tuple[dict[str, int], dict[str, list[Agreement]]]:
    return cached_value("agreement-register-summary", _register_summary)


def counts_by_status(user: Viewer) -> dict[str, int]:
    """How many agreements of each status ``user`` may see.

    Counting the whole register by status reads every agreement (10,000 at national
    size), so those counts are kept (``cached_value``) until an agreement or a body next
    changes. They are the same for everyone; each person is given only the statuses they
    may see: the public ones, and, for a member, their own agreements in the other
    statuses, counted over their own agreements only."""
    return _counts_for(user, _summary()[0])


def _counts_for(user: Viewer, every: dict[str, int]) -> dict[str, int]:
    scope = scope_of(user)
    if scope.administrator:
        return dict(every)
    counts = {s: n for s, n in every.items() if s in PUBLIC_AGREEMENT_STATUSES}
    if scope.authenticated:
        own = (
            member_agreements(scope)
            .exclude(status__in=PUBLIC_AGREEMENT_STATUSES)
            .values_list("status")
            .annotate(n=Count("id"))
            .order_by()
        )
        counts.update(dict(own))
    return counts


def _first_of(agreements: QuerySet[Agreement], status: str) -> list[Agreement]:
    """The first ``FIRST_PER_STATUS`` of ``agreements`` in ``status``, by title."""
    return list(
        agreements.filter(status=status)
        .select_related("owning_body")
        .order_by("title", "id")[:FIRST_PER_STATUS]
    )


def _first_public(statuses: list[str]) -> dict[str, list[Agreement]]:
    return {status: _first_of(Agreement.objects.all(), status) for status in statuses}


def first_by_status(user: Viewer, statuses: Iterable[str]) -> dict[str, list[Agreement]]:
    """The first ``FIRST_PER_STATUS`` agreements of each of ``statuses``, by title, that
    ``user`` may see (with their owning bodies). An agreement of a public status is
    public, so those lists are the same for everyone: they are kept with the counts by
    status until an agreement or a body next changes; a status that is not public is read
    for the person."""
    return _firsts_for(user, statuses, _summary()[1])


def _firsts_for(
    user: Viewer, statuses: Iterable[str], public: dict[str, list[Agreement]]
) -> dict[str, list[Agreement]]:
    return {
        status: list(public.get(status, []))
        if status in PUBLIC_AGREEMENT_STATUSES
        else _first_of(visible_agreements(user), status)
        for status in statuses
    }


def start_page_agreements(
    user: Viewer,
) -> tuple[dict[str, int], dict[str, list[Agreement]]]:
    """``counts_by_status`` and, for each status counted, ``first_by_status``, with the
    kept summary read once."""
    every, public = _summary()
    counts = _counts_for(user, every)
    shown = [status for status in AgreementStatus.values if counts.get(status)]
    return counts, _firsts_for(user, shown, public)


def agreement_list(
    *,
    user: Viewer,
    status: str | None = None,
    kind: str | None = None,
    body: str | None = None,
    organisation: str | None = None,
) -> QuerySet[Agreement]:
    """The agreements ``user`` may see, filtered, in title order. Paged by the caller; the
    page's sign-up progress comes from ``attach_progress`` (counting parties for every
    agreement before paging grew with the register)."""
    queryset = visible_agreements(user).select_related("owning_body")
    if status:
        queryset = queryset.filter(status=status)
    if kind:
        queryset = queryset.filter(kind=kind)
    if body:
        bodies = Body.objects.filter(Q(slug=body) | Q(name__icontains=body)).values("id")
        queryset = queryset.filter(owning_body_id__in=bodies)
    if organisation:
        # A subquery, so an agreement with several matching parties is listed once; the
        # organisations are found as the organisation search finds them (indexed).
        by_slug = Organisation.objects.filter(slug=organisation).values("id").order_by()
        organisations = by_slug.union(matching_ids(organisation))
        parties = Party.objects.filter(organisation_id__in=organisations)
        queryset = queryset.filter(id__in=parties.values("agreement_id"))
    return queryset.order_by("title", "id")


def party_queryset() -> PartyQuerySet:
    """Parties with their organisations and the organisations' other names. The names
    come as a plain list (``Organisation.other_names_held``, read by ``name_on``): a
    prefetch into the related manager builds a queryset for every organisation, which
    cost more than the rest of a 140-party table."""
    return Party.objects.select_related("organisation").prefetch_related(
        Prefetch(
            "organisation__other_names",
            queryset=OrganisationName.objects.all(),
            to_attr="other_names_held",
        )
    )


def _related_model(relation: str) -> type[Model]:
    """The model of one of the agreement's relations (its approval steps, its reviews),
    reached through the relation so that this app does not import the one above it
    (docs/architecture.md)."""
    model = Agreement._meta.get_field(relation).related_model
    assert isinstance(model, type)
    return model


def agreement_detail(slug: str) -> Agreement:
    """The agreement with everything its page shows but its parties (a dozen queries: its
    steps, versions and their text, commitments, milestones, goals, reviews, the file it
    was imported from...), kept until one of the rows read changes (``cached_rows_value``:
    the rule the page cache applies to the agreement's page), so a signed-in person does
    not wait for them on every visit. The same for everyone: the view decides who may
    read it."""
    return cached_rows_value(f"agreement-detail:{slug}", lambda: _agreement_detail(slug))


def _agreement_detail(slug: str) -> Agreement:
    from django.shortcuts import get_object_or_404

    queryset = Agreement.objects.select_related(
        "owning_body", "adapted_from", "succeeded_by", "source_import"
    ).prefetch_related(
        "supersedes",
        "adaptations",
        "authors",
        "commitments",
        "milestones",
        "strategy_goals",
        Prefetch(
            "approval_steps",
            queryset=_related_model("approval_steps")._default_manager.select_related(
                "body", "meeting"
            ),
        ),
        Prefetch(
            "versions",
            queryset=AgreementVersion.objects.order_by("number").prefetch_related("sections"),
        ),
        Prefetch(
            "reviews",
            queryset=_related_model("reviews")
            ._default_manager.select_related("meeting")
            .order_by("recorded_at", "pk"),
        ),
    )
    return get_object_or_404(queryset, slug=slug)


def parties_by_category(parties: Iterable[Party]) -> list[tuple[str, list[Party]]]:
    """Group parties under their categories, in the order the agreement lists them."""
    groups: dict[str, list[Party]] = {}
    for party in sorted(parties, key=lambda p: p.order):
        groups.setdefault(party.category, []).append(party)
    return list(groups.items())
