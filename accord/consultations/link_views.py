"""The page an e-mailed link opens: no account needed, the link's secret is the key.

It shows the version's text and a comment form per section, and only the comments made
through this same link: everyone else's comments are for members.
"""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_not_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import redirect, render
from django.views.decorators.cache import never_cache

from accord.consultations import selectors, services
from accord.consultations.models import Invitation
from accord.consultations.tokens import invitation_for_token
from accord.consultations.views import comment_forms
from accord.core.forms.errors import form_errors


@login_not_required
@never_cache
def respond_link(request, token):
    invitation = invitation_for_token(
        token,
        queryset=Invitation.objects.select_related(
            "consultation__version__agreement__owning_body", "organisation", "body"
        ),
    )
    if invitation is None:
        return render(request, "consultations/link_invalid.html", status=404)
    consultation = invitation.consultation
    sections = selectors.sections_with_comments(consultation, invitation=invitation)
    bound = comment_forms(
        request, sections, can_comment=consultation.is_open or request.method == "POST"
    )
    if bound is not None and bound.is_valid():
        try:
            services.comment_add(
                token=token,
                consultation=consultation,
                section=bound.section,
                text=bound.cleaned_data["text"],
            )
        except PermissionDenied:
            return render(request, "consultations/link_invalid.html", status=404)
        except ValidationError as error:
            form_errors(bound, error)
        else:
            messages.success(request, "Thank you: your comment has been sent.")
            return redirect(request.path)
    return render(
        request,
        "consultations/link.html",
        {
            "invitation": invitation,
            "consultation": consultation,
            "agreement": consultation.version.agreement,
            "sections": sections,
            "form": bound,
        },
    )
