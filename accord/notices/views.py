"""The accessibility statement and the privacy notice: public pages, and the page where
an administrator replaces the generated text with their own."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_not_required
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render

from accord.core.access import require
from accord.core.forms.errors import Problem
from accord.notices.content import TITLES, current_notice, notice_blocks
from accord.notices.forms import NoticeForm
from accord.notices.models import NoticeKind
from accord.notices.services import notice_reset, notice_save


def _page(request, kind: str):
    text, notice = current_notice(kind)
    return render(
        request,
        "notices/notice.html",
        {
            "kind": kind,
            "title": TITLES[kind],
            "blocks": notice_blocks(text),
            "notice": notice,
            "can_edit": request.user.has_perm("notices.edit_notice"),
        },
    )


@login_not_required
def accessibility(request):
    return _page(request, NoticeKind.ACCESSIBILITY)


@login_not_required
def privacy(request):
    return _page(request, NoticeKind.PRIVACY)


def edit(request, kind: str):
    require(request, "notices.edit_notice")
    text, notice = current_notice(kind)
    form = NoticeForm(request.POST or None, initial={"text": text})
    page_errors = []
    if request.method == "POST":
        try:
            if "reset" in request.POST:
                notice_reset(actor=request.user, kind=kind)
                messages.success(request, f"The {TITLES[kind].lower()} is generated again.")
                return redirect(f"notices:{kind}")
            if form.is_valid():
                notice_save(actor=request.user, kind=kind, text=form.cleaned_data["text"])
                messages.success(request, f"The {TITLES[kind].lower()} has been published.")
                return redirect(f"notices:{kind}")
        except ValidationError as error:
            page_errors = [Problem(message, "id_text") for message in error.messages]
    return render(
        request,
        "notices/edit.html",
        {
            "kind": kind,
            "title": TITLES[kind],
            "form": form,
            "notice": notice,
            "page_errors": page_errors,
        },
    )


def edit_accessibility(request):
    return edit(request, NoticeKind.ACCESSIBILITY)


def edit_privacy(request):
    return edit(request, NoticeKind.PRIVACY)
