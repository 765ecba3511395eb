"""Pages for importing a document: upload, review what was found, confirm or reject."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import FileResponse, Http404, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template.defaultfilters import filesizeformat
from django.urls import reverse
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt, csrf_protect
from django.views.decorators.http import require_GET, require_http_methods

from accord.accounts.scope import scope_of
from accord.agreements.selectors import owning_bodies_for
from accord.core.access import require
from accord.core.confirm import confirm_page
from accord.core.forms.errors import form_errors
from accord.documents.uploads import LimitedUploadHandler
from accord.imports.background import import_reading_given_up, import_upload
from accord.imports.forms import ReviewForm, UploadForm
from accord.imports.models import ImportedDocument, ImportStatus
from accord.imports.reading import UnreadableDocument, max_bytes
from accord.imports.services import import_confirm, import_reject

RECENT = 20


def _mine(user):
    imports = ImportedDocument.objects.select_related("uploaded_by", "agreement")
    if scope_of(user).administrator:
        return imports
    return imports.filter(uploaded_by=user)


@require_http_methods(["GET", "POST"])
@csrf_exempt
def upload(request):
    # The size limit must be in place before anything reads the body; CSRF reads it, so
    # it is checked inside, once the limit is installed.
    require(request, "imports.add_import")
    handler = None
    if request.method == "POST":
        handler = LimitedUploadHandler(request, max_bytes())
        request.upload_handlers.insert(0, handler)
    return _upload(request, handler)


@csrf_protect
def _upload(request, handler: LimitedUploadHandler | None):
    form = UploadForm(request.POST, request.FILES) if request.method == "POST" else UploadForm()
    if request.method == "POST":
        if handler is not None and handler.too_big:
            form.is_valid()  # the file was stopped, so the form sees none: say why instead
            form.errors["file"] = form.error_class(
                [
                    f"The file must be smaller than {filesizeformat(max_bytes())}. Import the "
                    "agreement on its own, without large appendices."
                ]
            )
        elif form.is_valid():
            upload = form.cleaned_data["file"]
            try:
                # Kept at once and read in the task queue: the import's page shows how far
                # reading has got, and the review once it is done.
                record = import_upload(
                    actor=request.user, content=upload.read(), filename=upload.name or ""
                )
            except UnreadableDocument as problem:
                form.add_error("file", str(problem))
            else:
                return redirect(record)
    return render(
        request,
        "imports/upload.html",
        {"form": form, "imports": _mine(request.user)[:RECENT]},
    )


def _source_lines(text_lines: list[str], span) -> list[tuple[int, str]]:
    """The file's lines a finding came from (at most 13), with their numbers."""
    if not span or not span[0]:
        return []
    first, last = span[0], min(span[1], span[0] + 12)
    return [(n, text_lines[n - 1]) for n in range(first, last + 1) if 0 < n <= len(text_lines)]


def _with_sources(form: ReviewForm, text_lines: list[str]) -> dict:
    groups = {}
    for name, rows in form.groups.items():
        groups[name] = [
            {
                "item": row["item"],
                "fields": {key: form[field] for key, field in row["fields"].items()},
                "source": _source_lines(text_lines, row["item"].get("lines")),
            }
            for row in rows
        ]
    return groups


@require_http_methods(["GET", "POST"])
def review(request, pk: int):
    record = get_object_or_404(ImportedDocument, pk=pk)
    require(request, "imports.review_import", record)
    record = import_reading_given_up(record)
    if record.status == ImportStatus.READING:
        return render(request, "imports/reading.html", {"record": record, **_progress(record)})
    if record.status == ImportStatus.UNREADABLE:
        return render(request, "imports/unreadable.html", {"record": record})
    if record.status != ImportStatus.REVIEW:
        return render(request, "imports/decided.html", {"record": record})
    bodies = owning_bodies_for(request.user)
    only_body = list(bodies[:2])
    form = ReviewForm(
        request.POST if request.method == "POST" and "confirm" in request.POST else None,
        findings=record.findings,
        bodies=bodies,
        initial={"owning_body": only_body[0].pk} if len(only_body) == 1 else {},
    )
    if request.method == "POST" and "reject" in request.POST:
        try:
            import_reject(actor=request.user, record=record)
        except (PermissionDenied, ValidationError) as refusal:
            messages.error(request, " ".join(getattr(refusal, "messages", [str(refusal)])))
        else:
            messages.success(
                request, f"The import of {record.filename} was rejected: nothing was created."
            )
        return redirect("imports:upload")
    if request.method == "POST" and form.is_valid():
        try:
            agreement = import_confirm(actor=request.user, record=record, reviewed=form.reviewed())
        except ValidationError as refusal:
            form_errors(form, refusal)
        else:
            messages.success(
                request,
                f"The draft “{agreement.title}” was created from {record.filename}.",
            )
            return redirect(agreement)
    findings = record.findings
    text_lines = record.text.split("\n")  # once: a long document has many findings
    return render(
        request,
        "imports/review.html",
        {
            "record": record,
            "form": form,
            "findings": findings,
            "groups": _with_sources(form, text_lines),
            "title_source": _source_lines(text_lines, (findings.get("title") or {}).get("lines")),
        },
    )


def _progress(record: ImportedDocument) -> dict:
    """What the page says about reading, in words and figures."""
    done, total = record.pages_read, record.pages_total
    if record.status == ImportStatus.REVIEW:
        message = f"{record.filename} has been read: its review is ready."
    elif record.status == ImportStatus.UNREADABLE:
        message = f"{record.filename} could not be read."
    elif record.status != ImportStatus.READING:
        message = f"This import has been reviewed: {record.get_status_display().lower()}."
    elif not total:
        message = f"Waiting to read {record.filename}: reading starts in a moment."
    elif done < total:
        message = f"Reading page {done + 1} of {total}."
    else:
        page_word = "page" if total == 1 else "pages"
        message = f"Read all {total} {page_word}: finding the sections, parties and dates."
    return {
        "status": record.status,
        "reading": record.status == ImportStatus.READING,
        "message": message,
        "pages_read": done,
        "pages_total": total,
    }


@never_cache
@require_GET
def status(request, pk: int):
    """How far reading has got, for the import page's script: the same permission as
    the page."""
    record = get_object_or_404(ImportedDocument, pk=pk)
    require(request, "imports.review_import", record)
    record = import_reading_given_up(record)
    return JsonResponse({**_progress(record), "page": record.get_absolute_url()})


@require_http_methods(["GET", "POST"])
def reject(request, pk: int):
    """Reject an import after an "Are you sure?" page: nothing is created, and the file
    is not kept."""
    record = get_object_or_404(ImportedDocument, pk=pk)
    require(request, "imports.review_import", record)
    if record.status != ImportStatus.REVIEW:
        return redirect(record)
    if request.method == "GET":
        return confirm_page(
            request,
            question=f"Are you sure you want to reject the import of {record.filename}?",
            caption="Import a document",
            details=["No draft agreement is made from it, and the file is not kept."],
            warning="You cannot undo this. To use the document later, import it again.",
            button="Yes, reject the import",
            back=record.get_absolute_url(),
            crumbs=[
                ("Agreements", reverse("agreements:list")),
                ("Import a document", reverse("imports:upload")),
            ],
        )
    try:
        import_reject(actor=request.user, record=record)
    except (PermissionDenied, ValidationError) as refusal:
        messages.error(request, " ".join(getattr(refusal, "messages", [str(refusal)])))
    else:
        messages.success(
            request, f"The import of {record.filename} was rejected: nothing was created."
        )
    return redirect("imports:upload")


def original(request, pk: int):
    """The imported file as it was uploaded: the source of the draft made from it."""
    record = get_object_or_404(ImportedDocument, pk=pk)
    if record.agreement is not None:
        require(request, "agreements.view_history", record.agreement)
    else:
        require(request, "imports.review_import", record)
    if record.status == ImportStatus.REJECTED or not record.file:
        raise Http404("The file of a rejected import is not kept.")
    return FileResponse(record.file.open("rb"), as_attachment=True, filename=record.filename)
