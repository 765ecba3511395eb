"""Reads of consultations that pages share; each is a fixed number of queries."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from django.db.models import Count, QuerySet
from django.shortcuts import get_object_or_404

from accord.agreements.models import Agreement, Section
from accord.consultations.models import Comment, Consultation, Invitation
from accord.consultations.visibility import visible_consultations

if TYPE_CHECKING:
    from accord.accounts.scope import Viewer


def consultation_for_page(pk: int) -> Consultation:
    return get_object_or_404(
        Consultation.objects.select_related(
            "version__agreement__owning_body", "opened_by", "closed_by"
        ).prefetch_related("consultee_bodies", "consultee_organisations"),
        pk=pk,
    )


def _comments(consultation: Consultation) -> QuerySet[Comment]:
    return Comment.objects.filter(consultation=consultation).select_related(
        "response__responded_by"
    )


def sections_with_comments(
    consultation: Consultation, *, invitation: Invitation | None = None
) -> list[Section]:
    """The version's sections, each with ``comments`` (all of them, or only those made
    through ``invitation``), oldest first."""
    comments = _comments(consultation)
    if invitation is not None:
        comments = comments.filter(invitation=invitation)
    by_section: dict[int, list[Comment]] = {}
    for comment in comments.order_by("created_at", "pk"):
        by_section.setdefault(comment.section_id, []).append(comment)
    sections = list(Section.objects.filter(version_id=consultation.version_id).order_by("order"))
    for section in sections:
        # A list laid on each instance for the templates; Section declares no such field.
        section.comments = by_section.get(section.pk, [])  # type: ignore[attr-defined]
    return sections


def invitations_of(consultation: Consultation) -> list[Invitation]:
    return list(
        consultation.invitations.select_related("organisation", "body")
        .annotate(comment_count=Count("comments"))
        .order_by("email")
    )


@dataclass(frozen=True)
class SummaryRow:
    """One line of "You said, we did"."""

    section: str
    who: str
    organisation: str
    comment: str
    commented_at: dt.datetime
    outcome: str  # the outcome's label, or "" while no response is recorded
    reason: str
    outcome_code: str = ""


def consultation_summary(consultation: Consultation) -> list[SummaryRow]:
    """Every comment in section order with what was done about it, for the summary page
    and for the consultation part of a committee cover report."""
    comments = (
        _comments(consultation)
        .select_related("section")
        .order_by("section__order", "created_at", "pk")
    )
    rows = []
    for comment in comments:
        response = getattr(comment, "response", None)
        rows.append(
            SummaryRow(
                section=str(comment.section),
                who=comment.author_name,
                organisation=comment.author_for,
                comment=comment.text,
                commented_at=comment.created_at,
                outcome=response.get_outcome_display() if response else "",
                reason=response.reason if response else "",
                outcome_code=response.outcome if response else "",
            )
        )
    return rows


def consultations_of_agreement(agreement: Agreement, user: Viewer) -> list[Consultation]:
    """The consultations on ``agreement`` that ``user`` may see, newest first."""
    if user is None or not user.is_authenticated:
        return []  # nobody signed out may see one: no query to build
    return list(
        visible_consultations(user)
        .filter(version__agreement=agreement)
        .select_related("version")
        .annotate(comment_count=Count("comments"))
        .order_by("-opened_at", "-pk")
    )
