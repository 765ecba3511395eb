"""The public "Check a document" page, and the downloads of an agreement version."""

from __future__ import annotations

from io import BytesIO

from django.conf import settings
from django.contrib.auth.decorators import login_not_required
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, render
from django.template.defaultfilters import filesizeformat
from django.utils.cache import patch_cache_control
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt, csrf_protect
from django.views.decorators.http import require_GET, require_http_methods

from accord.agreements.models import Agreement
from accord.core.access import require
from accord.documents.models import DocumentKind, IssuedDocument
from accord.documents.pdf import render_agreement_pdf
from accord.documents.services import (
    DocumentError,
    document_current,
    document_final,
    latest_document,
    read_document,
)
from accord.documents.uploads import LimitedUploadHandler
from accord.documents.verify import verify_pdf
from accord.documents.word import render_agreement_docx
from accord.signing.models import Signature

DEFAULT_CHECK_MAX_BYTES = 20 * 1024 * 1024
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def check_limit() -> int:
    return getattr(settings, "ACCORD_CHECK_MAX_BYTES", DEFAULT_CHECK_MAX_BYTES)


@login_not_required
@require_http_methods(["GET", "POST"])
@csrf_exempt
def check(request):
    # The size limit has to be in place before anything reads the body, and the CSRF
    # check reads it; so CSRF is checked inside, once the limit is installed.
    handler = None
    if request.method == "POST":
        handler = LimitedUploadHandler(request, check_limit())
        request.upload_handlers.insert(0, handler)
    return _check(request, handler)


@csrf_protect
def _check(request, handler: LimitedUploadHandler | None):
    report, error = None, ""
    if request.method == "POST":
        upload = request.FILES.get("file")
        if handler is not None and handler.too_big:
            error = (
                f"The file must be smaller than {filesizeformat(check_limit())}. Agreements "
                "issued by Accord are far smaller: choose the PDF you were sent."
            )
        elif upload is None:
            error = "Choose the PDF file you want to check."
        else:
            report = verify_pdf(upload.read())
    return render(
        request,
        "documents/check.html",
        {
            "report": report,
            "error": error,
            "page_errors": [("file", error)] if error else [],
            "limit": check_limit(),
        },
    )


def _version(request, slug: str, number: int):
    agreement = get_object_or_404(Agreement.objects.select_related("owning_body"), slug=slug)
    require(request, "agreements.view_agreement", agreement)
    version = get_object_or_404(agreement.versions, number=number)
    if not version.is_published:
        require(request, "agreements.manage_agreement", agreement)
    return agreement, version


def _download(data: bytes, filename: str, content_type: str):
    response = FileResponse(BytesIO(data), as_attachment=True, filename=filename)
    response["Content-Type"] = content_type
    # Member-only agreements must not sit in a shared cache.
    patch_cache_control(response, private=True)
    return response


@login_not_required
@require_GET
def version_pdf(request, slug, number):
    """The latest sealed stage of a published version (issued on first request, with any
    answers not yet sealed added); a draft is rendered afresh and not sealed."""
    agreement, version = _version(request, slug, number)
    if not version.is_published:
        data = render_agreement_pdf(version, [])
        return _download(data, f"{agreement.slug}-v{number}-draft.pdf", "application/pdf")
    document = latest_document(version)
    unsealed = Signature.objects.filter(version=version, sealed_document__isnull=True).exists()
    if document is None or unsealed:
        document = document_current(version, actor=request.user)
    return _download(read_document(document), f"{agreement.slug}-v{number}.pdf", "application/pdf")


@login_not_required
@require_GET
def version_docx(request, slug, number):
    agreement, version = _version(request, slug, number)
    suffix = "" if version.is_published else "-draft"
    return _download(
        render_agreement_docx(version), f"{agreement.slug}-v{number}{suffix}.docx", DOCX
    )


@login_not_required
@require_GET
def version_certificate(request, slug, number):
    """The certificate of completion, once every party has answered."""
    agreement, version = _version(request, slug, number)
    if not version.is_published:
        raise Http404("A draft has no certificate of completion.")
    document = IssuedDocument.objects.filter(version=version, kind=DocumentKind.CERTIFICATE).first()
    if document is None:
        try:
            document = document_final(version, actor=request.user)
        except DocumentError as error:
            raise Http404(str(error)) from None
    return _download(
        read_document(document), f"{agreement.slug}-v{number}-certificate.pdf", "application/pdf"
    )


@never_cache
@require_GET
def version_evidence(request, slug, number):
    """How each answer on a version was given, with the signatory's IP address and browser:
    for the agreement's officers and administrators only, never in a public document."""
    agreement = get_object_or_404(Agreement.objects.select_related("owning_body"), slug=slug)
    require(request, "agreements.manage_agreement", agreement)
    version = get_object_or_404(agreement.versions, number=number)
    signatures = Signature.objects.filter(version=version).order_by("signed_at", "pk")
    return render(
        request,
        "documents/evidence.html",
        {"agreement": agreement, "version": version, "signatures": signatures},
    )
