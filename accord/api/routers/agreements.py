"""Agreements and what hangs off them, scoped by ``visible_agreements``; and starting a
draft, which needs a personal token: the service checks permission and audits it."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Literal, TypeAlias

from django.db.models import Prefetch, Q
from django.shortcuts import get_object_or_404
from ninja import Query, Router, Status
from pydantic import Field

from accord.agreements.models import (
    AgreementKind,
    AgreementStatus,
    AgreementVersion,
    Party,
    PartyStanding,
)
from accord.agreements.services.drafting import agreement_create
from accord.agreements.visibility import visible_agreements
from accord.api.auth import write_auth
from accord.api.paging import PageParams, ordered, page_of
from accord.api.schemas import (
    READ_ERRORS,
    AgreementIn,
    AgreementOut,
    AgreementPage,
    ApprovalStepOut,
    Error,
    PartyOut,
    SignatureOut,
    VersionDetail,
    VersionOut,
)
from accord.approvals.models import ApprovalStep
from accord.governance.models import Body
from accord.signing.models import JoinConsent, Signature

VersionNumber = Annotated[int, Field(ge=1, le=32767)]

router = Router(tags=["agreements"])

# The API's query parameters accept exactly the enum's values (and the schema lists them):
# a Literal built at run time, which mypy cannot read; to mypy each is a plain string.
if TYPE_CHECKING:
    StatusParam: TypeAlias = str
    KindParam: TypeAlias = str
else:
    StatusParam = Literal[tuple(AgreementStatus.values)]
    KindParam = Literal[tuple(AgreementKind.values)]


def _visible(request):
    return visible_agreements(request.user).select_related("owning_body", "adapted_from")


def _agreement(request, slug: str):
    return get_object_or_404(_visible(request), slug=slug)


def _versions_for(request, agreement):
    """Members see drafts too; everyone else only the published, immutable texts."""
    versions = AgreementVersion.objects.filter(agreement=agreement).order_by("number")
    if request.user.has_perm("agreements.view_history", agreement):
        return versions
    return versions.filter(published_at__isnull=False)


@router.get("/agreements", response={200: AgreementPage, **READ_ERRORS})
def list_agreements(
    request,
    page: Query[PageParams],
    status: StatusParam | None = None,
    kind: KindParam | None = None,
    body: str | None = None,
    ordering: Literal["title", "-title", "status", "signup_deadline", "-signup_deadline"] = "title",
):
    """Agreements you may read: public ones, plus those your roles give you."""
    queryset = _visible(request)
    if status:
        queryset = queryset.filter(status=status)
    if kind:
        queryset = queryset.filter(kind=kind)
    if body:
        queryset = queryset.filter(owning_body__slug=body)
    return page_of(ordered(queryset, ordering), page)


@router.get("/agreements/{slug}", response={200: AgreementOut, **READ_ERRORS})
def get_agreement(request, slug: str):
    return _agreement(request, slug)


@router.get("/agreements/{slug}/versions", response={200: list[VersionOut], **READ_ERRORS})
def list_versions(request, slug: str):
    agreement = _agreement(request, slug)
    return list(_versions_for(request, agreement))


@router.get("/agreements/{slug}/versions/{number}", response={200: VersionDetail, **READ_ERRORS})
def get_version(request, slug: str, number: VersionNumber):
    """One text with its numbered sections; a published text never changes."""
    agreement = _agreement(request, slug)
    version = get_object_or_404(
        _versions_for(request, agreement).prefetch_related("sections"), number=number
    )
    return version


@router.get("/agreements/{slug}/parties", response={200: list[PartyOut], **READ_ERRORS})
def list_parties(request, slug: str):
    """The parties, each with the name it had when it joined, its sign-up status, and the
    days it joined and left; successors name the party whose place they took. An
    organisation asked to join is not a party until it answers, and is not listed; one
    whose join a party objected to (when the agreement asks every party's consent) is
    listed as not_joined, with join_consent "objected"."""
    agreement = _agreement(request, slug)
    parties = Party.objects.filter(
        Q(standing=PartyStanding.MEMBER)
        | Q(standing=PartyStanding.NOT_JOINED, consent_requests__status="objected"),
        agreement=agreement,
    ).distinct()
    return list(
        parties.select_related("organisation", "succeeds__organisation").prefetch_related(
            "organisation__other_names",
            Prefetch("consent_requests", queryset=JoinConsent.objects.order_by("asked_at", "pk")),
        )
    )


@router.get(
    "/agreements/{slug}/approval-steps", response={200: list[ApprovalStepOut], **READ_ERRORS}
)
def list_approval_steps(request, slug: str):
    """The enactment route: each body and what it is asked to do, in order."""
    agreement = _agreement(request, slug)
    steps = ApprovalStep.objects.filter(agreement=agreement).select_related("body")
    return list(steps.order_by("order"))


@router.get("/agreements/{slug}/signatures", response={200: list[SignatureOut], **READ_ERRORS})
def list_signatures(request, slug: str):
    """Who signed or declined which version, when, under the name it then had."""
    agreement = _agreement(request, slug)
    signatures = Signature.objects.filter(party__agreement=agreement).select_related(
        "party__organisation", "version"
    )
    return list(signatures.order_by("signed_at", "pk"))


@router.post(
    "/agreements",
    auth=write_auth,
    response={201: AgreementOut, 401: Error, 403: Error, 404: Error, 422: Error},
)
def create_agreement(request, payload: AgreementIn):
    """Start a draft agreement for a body you are a partnership officer for."""
    body = get_object_or_404(Body, slug=payload.owning_body)
    agreement = agreement_create(
        actor=request.user,
        title=payload.title,
        kind=payload.kind,
        owning_body=body,
        legally_binding=payload.legally_binding,
    )
    return Status(201, agreement)
