"""Small pieces the agreement views share."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404

from accord.agreements.models import Agreement


def get_agreement(slug: str) -> Agreement:
    return get_object_or_404(Agreement.objects.select_related("owning_body"), slug=slug)


def refused(request, error: Exception) -> None:
    """Tell the user, in the page's banner, why a one-click action did not happen."""
    if isinstance(error, ValidationError):
        text = " ".join(error.messages)
    elif isinstance(error, PermissionDenied):
        text = str(error) or "You are not allowed to do that."
    else:
        text = str(error)
    messages.error(request, text)


def agreement_crumbs(agreement: Agreement) -> list[tuple[str, str]]:
    """The breadcrumbs above every page about one agreement, after "Home"."""
    from django.urls import reverse

    return [
        ("Agreements", reverse("agreements:list")),
        (agreement.display_title, agreement.get_absolute_url()),
    ]
