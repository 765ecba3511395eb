"""Rows for the committee cover report pages.

The report is for the Health and Wellbeing Board's approval of the Children's MOU,
whose owning body is Brighter Futures (body A, where officer_a works). Its members read
it: body A's people, the HWB secretary (the HWB is on its route) and Thurrock Council's
signatory (a party). Only the named verifier answers an implication.
"""

from __future__ import annotations

from accord.accounts.models import Role, User
from accord.approvals.models import ApprovalStep, Meeting
from accord.organisations.models import Organisation
from accord.reports import services
from accord.reports.models import CoverReport, ImplicationRequest
from tests.permissions.rows import Row, everyone, only

READERS = {"member", "officer_a", "secretary", "signatory_a", "administrator"}
WRITERS = {"officer_a", "administrator"}


def _report() -> CoverReport:
    step = ApprovalStep.objects.get(
        agreement__slug="childrens-mou", body__slug="hwb", action="approve"
    )
    report = CoverReport.objects.filter(step=step).first()
    if report is None:
        administrator = User.objects.get(email="administrator@personas.example.org")
        report = services.report_create(actor=administrator, step=step)
    return report


def _step_path(suffix: str = ""):
    return lambda: f"/reports/step/{_report().step_id}/{suffix}"


def _implication_path() -> str:
    report = _report()
    implication = ImplicationRequest.objects.filter(report=report).first()
    if implication is None:
        verifier, _ = User.objects.get_or_create(email="verifier@personas.example.org")
        Role.objects.get_or_create(
            user=verifier,
            name="verifier",
            organisation=Organisation.objects.get(slug="thurrock-council"),
        )
        implication, _token = services.implication_request(
            actor=report.created_by, report=report, kind="legal", verifier=verifier
        )
    return f"/reports/implications/{implication.pk}/"


ROWS = [
    Row("reports:report", _step_path(), only(READERS)),
    Row("reports:version", _step_path("versions/1/"), only(READERS)),
    Row("reports:docx", _step_path("report.docx"), only(READERS)),
    Row("reports:pdf", _step_path("report.pdf"), only(READERS)),
    Row("reports:edit", _step_path("edit/"), only(WRITERS)),
    Row("reports:request", _step_path("implications/"), only(WRITERS)),
    # Nobody among the personas is the named verifier.
    Row("reports:verify", _implication_path, only(set())),
    # A link that was never sent opens for nobody; a real one is tested on its own.
    Row("reports:link", "/reports/implications/link/not-a-real-token/", everyone(404)),
]


def _bf_pack() -> str:
    return f"/reports/meetings/{Meeting.objects.get(body__slug='bf-partnership').pk}/agenda-pack"


ROWS += [
    Row("reports:forward_plan", "/reports/bodies/hwb/forward-plan/", everyone()),
    Row("reports:annual_report", "/reports/bodies/bf-partnership/annual-report/", everyone()),
    # The Brighter Futures meeting is private: its pack, the page that follows its making
    # and that page's status address are for members of that body.
    Row(
        "reports:agenda_pack",
        lambda: f"{_bf_pack()}.pdf",
        only({"member", "officer_a", "administrator"}),
    ),
    Row(
        "reports:agenda_pack_page",
        lambda: f"{_bf_pack()}/",
        only({"member", "officer_a", "administrator"}),
    ),
    Row(
        "reports:agenda_pack_status",
        lambda: f"{_bf_pack()}/status",
        only({"member", "officer_a", "administrator"}),
    ),
]
