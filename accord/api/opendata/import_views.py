"""The page where an administrator loads organisations from a CSV or XLSX file: check
first (a dry run, the default), then apply the same file."""

from __future__ import annotations

import base64
import secrets

from django import forms
from django.shortcuts import render

from accord.api.opendata.datasets import DATASETS
from accord.api.opendata.imports import PERMISSION, organisations_import
from accord.api.opendata.spreadsheet import MAX_BYTES, MAX_ROWS
from accord.core.access import require
from accord.core.forms import GovukForm
from accord.core.forms.errors import Problem

SESSION_KEY = "opendata_import"
# A checked file up to this size is kept in the session so it can be applied without
# uploading it again; a larger one is uploaded again with "Check only" unticked.
SESSION_MAX_BYTES = 1_000_000


class OrganisationImportForm(GovukForm):
    file = forms.FileField(
        label="CSV or XLSX file",
        widget=forms.ClearableFileInput(
            attrs={
                "accept": ".csv,.xlsx,text/csv,"
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            }
        ),
        help_text=(
            f"In the columns of the organisations download. At most {MAX_BYTES // 1_000_000} MB "
            f"and {MAX_ROWS:,} organisations."
        ),
        error_messages={"required": "Choose a CSV or XLSX file."},
    )
    dry_run = forms.BooleanField(
        label="Check only (dry run)",
        required=False,
        initial=True,
        help_text="Shows what would be created, changed or skipped, and writes nothing.",
    )


def _page(request, form, problem: str = ""):
    return render(
        request,
        "api/opendata_import.html",
        {
            "form": form,
            "page_errors": [Problem(problem, "id_file")] if problem else [],
            "columns": DATASETS["organisations"].header,
        },
    )


def _results(request, result, filename: str, content: bytes):
    apply_token = ""
    request.session.pop(SESSION_KEY, None)
    if result.dry_run and not result.errors and (result.created or result.changed):
        if len(content) <= SESSION_MAX_BYTES:
            apply_token = secrets.token_urlsafe(16)
            request.session[SESSION_KEY] = {
                "token": apply_token,
                "filename": filename,
                "content": base64.b64encode(content).decode("ascii"),
            }
    return render(
        request,
        "api/opendata_import_result.html",
        {
            "result": result,
            "filename": filename,
            "page_errors": [
                Problem(f"Line {e.line}: {e.message}" if e.line else e.message)
                for e in result.errors
            ],
            "apply_token": apply_token,
            "upload_again": result.dry_run
            and not result.errors
            and (result.created or result.changed)
            and not apply_token,
        },
    )


def organisations_import_page(request):
    require(request, PERMISSION)
    if request.method != "POST":
        return _page(request, OrganisationImportForm())
    if "apply" in request.POST:
        kept = request.session.get(SESSION_KEY) or {}
        token = request.POST.get("apply", "")
        if not kept or not secrets.compare_digest(
            str(kept.get("token", "")).encode(), token.encode()
        ):
            problem = "That checked file is no longer held. Upload it again to apply it."
            return _page(request, OrganisationImportForm(), problem)
        content = base64.b64decode(kept["content"])
        result = organisations_import(
            actor=request.user, content=content, filename=kept["filename"], dry_run=False
        )
        return _results(request, result, kept["filename"], content)
    form = OrganisationImportForm(request.POST, request.FILES)
    if not form.is_valid():
        return _page(request, form)
    upload = form.cleaned_data["file"]
    content = upload.read(MAX_BYTES + 1)
    filename = upload.name or ""
    result = organisations_import(
        actor=request.user,
        content=content,
        filename=filename,
        dry_run=form.cleaned_data["dry_run"],
    )
    return _results(request, result, filename, content)
