"""Pages for the cover report: read, draft, edit, request and answer implications, and
download. Each asks permission first, then hands the work to a service."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_not_required
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils.text import slugify
from django.views.decorators.cache import never_cache

from accord.core.access import require
from accord.core.forms.errors import form_errors
from accord.reports import selectors, services
from accord.reports.documents import render_report_docx, render_report_pdf
from accord.reports.forms import AnswerForm, ReportForm, RequestForm

DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def _step_and_report(request, step_pk: int, permission: str = "reports.view_report"):
    step = selectors.step_for_page(step_pk)
    require(request, permission, step.agreement)
    return step, selectors.report_of(step)


def report_page(request, step_pk):
    step, report = _step_and_report(request, step_pk)
    can_manage = request.user.has_perm("reports.manage_report", step.agreement)
    if request.method == "POST":
        require(request, "reports.manage_report", step.agreement)
        try:
            services.report_create(actor=request.user, step=step)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(request, "The cover report has been drafted from the agreement.")
        return redirect("reports:report", step.pk)
    context = {"step": step, "report": report, "can_manage": can_manage}
    if report is not None:
        context |= {
            "view": selectors.report_view(report),
            "versions": selectors.versions_of(report),
            "outstanding": services.report_blocks_agenda(step),
        }
    return render(request, "reports/report.html", context)


def report_version(request, step_pk, number):
    step, report = _step_and_report(request, step_pk)
    if report is None:
        raise Http404("This step has no cover report.")
    view = selectors.report_view(report, number)
    return render(request, "reports/version.html", {"step": step, "view": view})


def report_edit(request, step_pk):
    step, report = _step_and_report(request, step_pk, "reports.manage_report")
    if report is None:
        raise Http404("This step has no cover report yet.")
    latest = report.versions.order_by("-number").first()
    form = ReportForm(latest.content, request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            version = services.report_revise(
                actor=request.user, report=report, changes=form.cleaned_data
            )
        except ValidationError as error:
            form_errors(form, error)
        else:
            messages.success(request, f"Saved as version {version.number}.")
            return redirect("reports:report", step.pk)
    return render(request, "reports/edit.html", {"step": step, "form": form, "latest": latest})


def implication_request_page(request, step_pk):
    step, report = _step_and_report(request, step_pk, "reports.manage_report")
    if report is None:
        raise Http404("This step has no cover report yet.")
    form = RequestForm(selectors.verifiers(), request.POST or None)
    if request.method == "POST" and form.is_valid():
        verifier = form.verifiers[form.cleaned_data["verifier"]]
        try:
            services.implication_request(
                actor=request.user, report=report, kind=form.cleaned_data["kind"], verifier=verifier
            )
        except ValidationError as error:
            form_errors(form, error)
        else:
            messages.success(request, f"{verifier.display_name} has been asked by e-mail.")
            return redirect("reports:report", step.pk)
    return render(request, "reports/request.html", {"step": step, "form": form})


def _answer(request, implication, *, token: str = ""):
    form = AnswerForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.implication_answer(
                request=implication,
                verified=form.cleaned_data["answer"] == "verify",
                comments=form.cleaned_data["comments"],
                actor=request.user if request.user.is_authenticated else None,
                token=token,
            )
        except ValidationError as error:
            form_errors(form, error)
        else:
            return render(request, "reports/answered.html", {"implication": implication})
    view = selectors.report_view(implication.report)
    return render(
        request, "reports/verify.html", {"implication": implication, "view": view, "form": form}
    )


def implication_verify(request, pk):
    implication = selectors.implication_for_page(pk)
    require(request, "reports.answer_implication", implication)
    return _answer(request, implication)


@login_not_required
@never_cache
def implication_link(request, token):
    implication = services.implication_by_token(token)
    if implication is None:
        return render(request, "reports/link_invalid.html", status=404)
    return _answer(request, implication, token=token)


def _download(request, step_pk, render_document, extension: str, content_type: str):
    step, report = _step_and_report(request, step_pk)
    if report is None:
        raise Http404("This step has no cover report yet.")
    view = selectors.report_view(report)
    response = HttpResponse(render_document(view), content_type=content_type)
    name = slugify(f"{step.agreement.display_title} cover report v{view.number}")
    response["Content-Disposition"] = f'attachment; filename="{name}.{extension}"'
    return response


def report_docx(request, step_pk):
    return _download(request, step_pk, render_report_docx, "docx", DOCX_TYPE)


def report_pdf(request, step_pk):
    return _download(request, step_pk, render_report_pdf, "pdf", "application/pdf")
