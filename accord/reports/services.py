"""Every change to a cover report: check permission, act, then write the audit entry."""

from __future__ import annotations

import hmac

from django.db import transaction
from django.utils import timezone

from accord.accounts.models import RoleName, User
from accord.approvals.models import ApprovalStep
from accord.audit.actions import AuditAction, History
from accord.audit.services import audit_record
from accord.core.errors import Conflict, Invalid, Refused
from accord.core.secret_links import MAX_LENGTH, find_by_secret, new_secret, secret_hash
from accord.reports import notify
from accord.reports.drafting import EDITABLE_KEYS, draft_content
from accord.reports.models import (
    CoverReport,
    ImplicationKind,
    ImplicationRequest,
    ImplicationStatus,
    ReportVersion,
)


def _subject(report: CoverReport) -> str:
    return History.agreement(report.step.agreement_id)


def _author_line(user: User) -> str:
    person = getattr(user, "person", None)
    post = person.job_title if person and person.job_title else ""
    return f"{user.display_name}, {post}" if post else user.display_name


NOT_THE_OFFICER = (
    "Only a partnership officer of the agreement's owning body, or an administrator, can "
    "prepare its cover reports."
)


@transaction.atomic
def report_create(*, actor: User, step: ApprovalStep) -> CoverReport:
    """Draft the cover report for ``step`` from the agreement's data, as version 1."""
    if not actor.has_perm("reports.manage_report", step.agreement):
        raise Refused(NOT_THE_OFFICER)
    if CoverReport.objects.filter(step=step).exists():
        raise Conflict("This step already has a cover report.")
    report = CoverReport.objects.create(step=step, created_by=actor)
    ReportVersion.objects.create(
        report=report,
        number=1,
        content=draft_content(step, author=_author_line(actor)),
        created_by=actor,
    )
    audit_record(
        actor=actor, action=AuditAction.REPORT_CREATE, obj=report, subject=_subject(report)
    )
    return report


@transaction.atomic
def report_revise(*, actor: User, report: CoverReport, changes: dict[str, str]) -> ReportVersion:
    """A new version with ``changes`` applied to the latest one; earlier versions stay."""
    if not actor.has_perm("reports.manage_report", report.step.agreement):
        raise Refused(NOT_THE_OFFICER)
    latest = report.versions.select_for_update().order_by("-number").first()
    assert latest is not None  # report_create makes the first version with the report
    unknown = set(changes) - set(EDITABLE_KEYS)
    if unknown:
        raise Invalid(f"Unknown parts of a report: {', '.join(sorted(unknown))}.")
    content = {**latest.content, **{key: value.strip() for key, value in changes.items()}}
    if not content.get("title"):
        raise Invalid({"title": "Enter the report's title."})
    if content == latest.content:
        raise Conflict("Nothing has changed since the last version.")
    version = ReportVersion.objects.create(
        report=report, number=latest.number + 1, content=content, created_by=actor
    )
    changed = sorted(key for key in changes if latest.content.get(key) != content[key])
    audit_record(
        actor=actor,
        action=AuditAction.REPORT_VERSION_CREATE,
        obj=report,
        subject=_subject(report),
        after={"version": version.number, "changed": changed},
    )
    _implications_changed(actor, report, changed)
    return version


def _implications_changed(actor: User, report: CoverReport, changed: list[str]) -> None:
    """A verification holds for the text the verifier saw: when that text changes, the
    implication is no longer verified (nor can a pending link verify the new text
    unseen), and it has to be sent for verification again."""
    kinds = [key.removeprefix("implication_") for key in changed if key.startswith("implication_")]
    affected = ImplicationRequest.objects.select_for_update().filter(
        report=report,
        kind__in=kinds,
        status__in=[ImplicationStatus.REQUESTED, ImplicationStatus.VERIFIED],
    )
    for request in affected:
        before = request.status
        request.status = ImplicationStatus.CHANGED
        request.save(update_fields=["status"])
        audit_record(
            actor=actor,
            action=AuditAction.REPORT_IMPLICATION_OUTDATE,
            obj=request,
            subject=_subject(report),
            before={"status": before},
            after={"status": request.status},
            note="the implication's text changed after it was sent for verification",
        )


@transaction.atomic
def implication_request(
    *, actor: User, report: CoverReport, kind: str, verifier: User
) -> tuple[ImplicationRequest, str]:
    """Ask ``verifier`` to verify one implication; returns the request and the secret
    token of its e-mailed link (only its hash is stored). Asking again after a return
    sends a new link."""
    if not actor.has_perm("reports.manage_report", report.step.agreement):
        raise Refused(NOT_THE_OFFICER)
    if kind not in ImplicationKind.values:
        raise Invalid({"kind": "Choose which implication to verify."})
    if not verifier.roles.filter(name=RoleName.VERIFIER).exists():
        raise Invalid({"verifier": "Choose someone who verifies implications."})
    existing = ImplicationRequest.objects.filter(report=report, kind=kind).first()
    if existing and existing.status not in (ImplicationStatus.RETURNED, ImplicationStatus.CHANGED):
        raise Invalid(
            {
                "kind": f"The {existing.get_kind_display().lower()} implications are already "
                f"{existing.get_status_display().lower()}."
            }
        )
    token, hashed = new_secret()
    request = existing or ImplicationRequest(report=report, kind=kind)
    request.verifier = verifier
    request.requested_by = actor
    request.requested_at = timezone.now()
    request.status = ImplicationStatus.REQUESTED
    request.comments = ""
    request.verified_at = request.answered_at = None
    request.token_hash = hashed
    request.save()
    audit_record(
        actor=actor,
        action=AuditAction.REPORT_IMPLICATION_REQUEST,
        obj=request,
        subject=_subject(report),
        after={"kind": kind, "verifier": verifier.email},
    )
    transaction.on_commit(lambda: notify.send_request(request, token))
    return request, token


def implication_by_token(token: str) -> ImplicationRequest | None:
    return find_by_secret(
        ImplicationRequest.objects.select_related("report__step__agreement", "verifier").filter(
            status=ImplicationStatus.REQUESTED
        ),
        token,
    )


@transaction.atomic
def implication_answer(
    *,
    request: ImplicationRequest,
    verified: bool,
    comments: str = "",
    actor: User | None = None,
    token: str = "",
) -> ImplicationRequest:
    """The verifier confirms the implication, or returns it with comments. They act
    either signed in as the named verifier, or through the link e-mailed to them."""
    by_link = bool(token) and hmac.compare_digest(
        secret_hash(token[:MAX_LENGTH]), request.token_hash
    )
    if not by_link and not (actor and actor.has_perm("reports.answer_implication", request)):
        raise Refused(
            "Only the named verifier, signed in or through the link e-mailed to them, can answer."
        )
    request = ImplicationRequest.objects.select_for_update().get(pk=request.pk)
    if request.status != ImplicationStatus.REQUESTED:
        raise Conflict("This implication has already been answered.")
    comments = comments.strip()
    if not verified and not comments:
        raise Invalid({"comments": "Say what needs to change before you return it."})
    now = timezone.now()
    request.status = ImplicationStatus.VERIFIED if verified else ImplicationStatus.RETURNED
    request.seen_version = request.report.versions.order_by("-number").first()
    request.comments = comments
    request.answered_at = now
    request.verified_at = now if verified else None
    request.save()
    audit_record(
        actor=actor,
        actor_label="" if actor else f"{request.verifier.email} (e-mailed link)",
        action=AuditAction.REPORT_IMPLICATION_VERIFY
        if verified
        else AuditAction.REPORT_IMPLICATION_RETURN,
        obj=request,
        subject=_subject(request.report),
        after={"status": request.status, "comments": comments},
    )
    return request


def report_blocks_agenda(step: ApprovalStep) -> list[str]:
    """The implications that stop ``step``'s report going on an agenda: every requested
    one that is not verified. Empty when there is no report or nothing is outstanding."""
    outstanding = (
        ImplicationRequest.objects.filter(report__step=step)
        .exclude(status=ImplicationStatus.VERIFIED)
        .select_related("verifier")
        .order_by("kind")
    )
    return [
        f"{request.get_kind_display()} implications: "
        f"{request.get_status_display().lower()} ({request.verifier.display_name})"
        for request in outstanding
    ]


def implications_must_be_verified(step: ApprovalStep) -> str | None:
    """A step with a cover report goes on an agenda only once every implication the
    officer asked to have verified has been verified (registered as an agenda condition)."""
    outstanding = report_blocks_agenda(step)
    if outstanding:
        return "The cover report has implications not yet verified: " + "; ".join(outstanding)
    return None
