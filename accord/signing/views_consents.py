"""Pages for a join that needs every party's consent: the page behind a party's e-mailed
link, where it consents or objects, and the officer's withdrawal of the request."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_http_methods

from accord.agreements.models import Party
from accord.agreements.views.common import get_agreement, refused
from accord.core.access import require
from accord.core.confirm import confirm_page
from accord.core.errors import Conflict
from accord.core.forms.errors import form_errors
from accord.signing.forms import ConsentForm
from accord.signing.models import ConsentStatus, JoinConsent, SigningInvitation
from accord.signing.services import consents, signatures


def consent_page(request, token: str, invitation: SigningInvitation, context):
    """Reached from the signing link's view when the link asks for consent."""
    assert invitation.consent is not None  # a consent link names its request
    consent = invitation.consent
    form = ConsentForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            answer = consents.consent_with_link(
                token=token, context=context, user=request.user, **form.cleaned_data
            )
        except signatures.LinkRefused as error:
            return render(request, "signing/refused.html", {"message": str(error)}, status=403)
        except Conflict as error:
            return render(
                request, "signing/refused.html", {"message": " ".join(error.messages)}, status=409
            )
        except ValidationError as error:
            form_errors(form, error)
        else:
            answer.request.refresh_from_db()
            return render(request, "signing/consent_done.html", {"answer": answer})
    parties = (
        Party.objects.current()
        .filter(agreement=consent.agreement_id)
        .exclude(pk=consent.joiner_id)
        .select_related("organisation")
        .order_by("order")
    )
    return render(
        request,
        "signing/consent.html",
        {
            "invitation": invitation,
            "consent": consent,
            "agreement": invitation.party.agreement,
            "version": invitation.version,
            "parties": parties,
            "form": form,
        },
    )


@require_http_methods(["GET", "POST"])
def consent_withdraw(request, slug, pk):
    """The officer withdraws a request for consent: a page that says what will happen,
    then a button that does it."""
    agreement = get_agreement(slug)
    require(request, "agreements.manage_agreement", agreement)
    consent = get_object_or_404(
        JoinConsent.objects.select_related("joiner__organisation"),
        pk=pk,
        agreement=agreement,
        status=ConsentStatus.PENDING,
    )
    joiner = consent.joiner.organisation
    if request.method == "GET":
        return confirm_page(
            request,
            question=f"Are you sure you want to withdraw the request for every party's "
            f"consent to {joiner} joining?",
            caption=agreement.display_title,
            details=[
                f"{joiner} will not join. The links sent to the parties stop working at once, "
                "and the answers already given stay on record.",
                f"{joiner}'s signatories are told. You can ask again later.",
            ],
            warning="You cannot undo this: a withdrawn link never works again.",
            button="Yes, withdraw the request",
            back=reverse("attention"),
            crumbs=[("What needs your attention", reverse("attention"))],
        )
    try:
        consents.consent_withdraw(actor=request.user, request=consent)
    except (ValidationError, PermissionDenied) as error:
        refused(request, error)
    else:
        messages.success(request, f"The request about {joiner} joining is withdrawn.")
    return redirect("attention")
