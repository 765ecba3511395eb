"""The cover report pages through Django's test client: drafting, editing, asking for
and answering implications, downloads, escaping and query counts."""

from __future__ import annotations

import re

import pytest
from django.core import mail

from accord.reports import services
from accord.reports.models import CoverReport, ImplicationRequest, ImplicationStatus
from tests.reports.test_reports_services import hwb_step, user

pytestmark = pytest.mark.django_db
HOSTILE = '<script>alert("x")</script>'


@pytest.fixture
def officer_client(client, demo_accounts):
    client.force_login(user("officer@example.org"))
    return client


@pytest.fixture
def report(demo_accounts):
    return services.report_create(actor=user("officer@example.org"), step=hwb_step())


def test_the_officer_drafts_the_report_from_the_page(officer_client):
    step = hwb_step()
    page = officer_client.get(f"/reports/step/{step.pk}/")
    assert "Draft the cover report" in page.content.decode()
    response = officer_client.post(f"/reports/step/{step.pk}/", follow=True)
    body = response.content.decode()
    assert CoverReport.objects.filter(step=step).exists()
    assert "9. Appendices to the report." in body
    assert "Appendix 1" in body


def test_a_reader_who_cannot_manage_sees_no_draft_button(client, demo_accounts):
    client.force_login(user("secretary.hwb@example.org"))
    body = client.get(f"/reports/step/{hwb_step().pk}/").content.decode()
    assert "There is no cover report for this step yet." in body
    assert "Draft the cover report" not in body
    assert client.post(f"/reports/step/{hwb_step().pk}/").status_code == 403


def test_editing_saves_a_new_version_and_escapes_what_was_typed(officer_client, report):
    step = report.step
    form = officer_client.get(f"/reports/step/{step.pk}/edit/").context["form"]
    data = {name: field.initial or "" for name, field in form.fields.items()}
    data["issues"] = HOSTILE
    response = officer_client.post(f"/reports/step/{step.pk}/edit/", data, follow=True)
    body = response.content.decode()
    assert "Saved as version 2." in body
    assert HOSTILE not in body
    assert "&lt;script&gt;" in body
    assert officer_client.get(f"/reports/step/{step.pk}/versions/1/").status_code == 200


def test_a_blank_title_is_refused_with_an_error_summary(officer_client, report):
    step = report.step
    form = officer_client.get(f"/reports/step/{step.pk}/edit/").context["form"]
    data = {name: field.initial or "" for name, field in form.fields.items()}
    data["title"] = ""
    body = officer_client.post(f"/reports/step/{step.pk}/edit/", data).content.decode()
    assert "govuk-error-summary" in body
    assert report.versions.count() == 1


def test_asking_a_verifier_shows_the_outstanding_implication(
    officer_client, report, django_capture_on_commit_callbacks
):
    step = report.step
    verifier = user("verifier@example.org")
    with django_capture_on_commit_callbacks(execute=True):
        response = officer_client.post(
            f"/reports/step/{step.pk}/implications/",
            {"kind": "financial", "verifier": str(verifier.pk)},
            follow=True,
        )
    body = response.content.decode()
    assert "Bradley Herbert has been asked by e-mail." in body
    assert "cannot go on an agenda" in body
    assert "Financial implications: awaiting verification (Bradley Herbert)" in body
    assert mail.outbox[-1].to == ["verifier@example.org"]


def test_the_emailed_link_lets_the_verifier_return_without_signing_in(
    client, report, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        services.implication_request(
            actor=user("officer@example.org"),
            report=report,
            kind="legal",
            verifier=user("verifier@example.org"),
        )
    link = re.search(r"https?://\S+/reports/implications/link/\S+/", mail.outbox[-1].body)[0]
    path = link[link.index("/reports/") :]
    form_page = client.get(path).content.decode()
    assert "Verify the legal implications" in form_page
    assert 'id="None"' not in form_page
    refused = client.post(path, {"answer": "return", "comments": ""})
    assert "Say what needs to change" in refused.content.decode()
    client.post(path, {"answer": "return", "comments": "Cite the statutory duty."})
    implication = ImplicationRequest.objects.get(report=report, kind="legal")
    assert implication.status == ImplicationStatus.RETURNED
    assert implication.comments == "Cite the statutory duty."
    assert client.get(path).status_code == 404


def test_the_signed_in_verifier_verifies_from_the_page(client, report):
    implication, _token = services.implication_request(
        actor=user("officer@example.org"),
        report=report,
        kind="equality",
        verifier=user("verifier@example.org"),
    )
    client.force_login(user("verifier@example.org"))
    response = client.post(f"/reports/implications/{implication.pk}/", {"answer": "verify"})
    assert "Your answer has been recorded" in response.content.decode()
    client.force_login(user("officer@example.org"))
    body = client.get(f"/reports/step/{report.step_id}/").content.decode()
    assert "Implications verified by:</strong> Bradley Herbert" in body
    assert "cannot go on an agenda" not in body


def test_downloads_are_word_and_pdf(officer_client, report):
    docx = officer_client.get(f"/reports/step/{report.step_id}/report.docx")
    assert docx["Content-Type"].startswith("application/vnd.openxmlformats")
    assert docx.content[:2] == b"PK"
    pdf = officer_client.get(f"/reports/step/{report.step_id}/report.pdf")
    assert pdf.content[:5] == b"%PDF-"


def test_the_report_page_query_count_does_not_grow_with_versions_or_implications(
    officer_client, report, django_assert_max_num_queries
):
    path = f"/reports/step/{report.step_id}/"
    with django_assert_max_num_queries(12) as small:
        officer_client.get(path)
    officer = user("officer@example.org")
    for number in range(5):
        services.report_revise(actor=officer, report=report, changes={"issues": f"Change {number}"})
    for kind in ("financial", "legal", "equality", "other"):
        services.implication_request(
            actor=officer, report=report, kind=kind, verifier=user("verifier@example.org")
        )
    with django_assert_max_num_queries(len(small.captured_queries)):
        officer_client.get(path)


def test_the_other_pages_have_bounded_queries(
    officer_client, report, django_assert_max_num_queries
):
    step = report.step_id
    for path in (
        f"/reports/step/{step}/edit/",
        f"/reports/step/{step}/implications/",
        f"/reports/step/{step}/versions/1/",
    ):
        with django_assert_max_num_queries(10):
            assert officer_client.get(path).status_code == 200


def test_the_verifiers_page_has_bounded_queries(client, report, django_assert_max_num_queries):
    implication, token = services.implication_request(
        actor=user("officer@example.org"),
        report=report,
        kind="other",
        verifier=user("verifier@example.org"),
    )
    client.force_login(user("verifier@example.org"))
    with django_assert_max_num_queries(10):
        assert client.get(f"/reports/implications/{implication.pk}/").status_code == 200
    client.logout()
    with django_assert_max_num_queries(8):
        assert client.get(f"/reports/implications/link/{token}/").status_code == 200
