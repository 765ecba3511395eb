"""Reading a cover report for its page and its documents."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from django.shortcuts import get_object_or_404

from accord.accounts.models import RoleName, User
from accord.approvals.models import ApprovalStep
from accord.reports.drafting import COVER_FIELDS, IMPLICATIONS, SECTIONS
from accord.reports.models import CoverReport, ImplicationRequest, ImplicationStatus

if TYPE_CHECKING:
    from django.db.models import QuerySet

    from accord.reports.models import ReportVersion


@dataclass(frozen=True)
class Part:
    key: str
    heading: str
    text: str
    level: int = 2


@dataclass
class ReportView:
    """One version of a report, laid out as it prints."""

    report: CoverReport
    number: int
    cover: list[tuple[str, str]]
    parts: list[Part]
    consultation_rows: list[dict[str, str]]
    implications: list[ImplicationRequest] = field(default_factory=list)

    @property
    def title(self) -> str:
        return dict(self.cover)["Title"]

    @property
    def verified_by(self) -> str:
        """ "Implications verified by: name, post" for every verified implication."""
        names = []
        texts = {part.key: part.text for part in self.parts}
        for request in self.implications:
            seen = request.seen_version.content if request.seen_version is not None else {}
            key = f"implication_{request.kind}"
            # Verified, and for exactly the text this version prints.
            if request.status == ImplicationStatus.VERIFIED and seen.get(key, "") == texts.get(
                key, ""
            ):
                person = request.verifier.person
                post = f", {person.job_title}" if person and person.job_title else ""
                names.append(
                    f"{request.verifier.display_name}{post} ({request.get_kind_display()})"
                )
        return "; ".join(names)

    @property
    def headings(self) -> list[str]:
        return [part.heading for part in self.parts if part.level == 2]


def step_for_page(step_pk: int) -> ApprovalStep:
    return get_object_or_404(
        ApprovalStep.objects.select_related("agreement__owning_body", "body", "meeting"),
        pk=step_pk,
    )


def report_of(step: ApprovalStep) -> CoverReport | None:
    return CoverReport.objects.filter(step=step).first()


def report_view(report: CoverReport, number: int | None = None) -> ReportView:
    versions = report.versions.order_by("-number")
    version = versions.first() if number is None else get_object_or_404(versions, number=number)
    assert version is not None  # report_create makes the first version with the report
    content = version.content
    parts = []
    for key, heading in SECTIONS:
        parts.append(Part(key, heading, content.get(key, "")))
        if key == "implications":
            parts += [
                Part(f"implication_{kind}", heading, content.get(f"implication_{kind}", ""), 3)
                for kind, heading in IMPLICATIONS
            ]
    implications = list(
        report.implications.select_related("verifier__person", "seen_version").order_by("kind")
    )
    return ReportView(
        report=report,
        number=version.number,
        cover=[(label, content.get(key, "")) for key, label in COVER_FIELDS],
        parts=parts,
        consultation_rows=content.get("consultation_rows", []),
        implications=implications,
    )


def versions_of(report: CoverReport) -> QuerySet[ReportVersion]:
    return report.versions.select_related("created_by").order_by("-number")


def verifiers() -> list[User]:
    return list(
        User.objects.filter(roles__name=RoleName.VERIFIER, is_active=True)
        .distinct()
        .order_by("full_name", "email")
    )


def implication_for_page(pk: int) -> ImplicationRequest:
    return get_object_or_404(
        ImplicationRequest.objects.select_related(
            "report__step__agreement__owning_body", "report__step__body", "verifier"
        ),
        pk=pk,
    )
