"""Pages for the answers an agreement gathers after it is agreed: asking a successor to
confirm in a party's place, inviting an organisation to join, acting on a notice that a
signatory has gone, and recording a signatory's new post."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpResponseNotAllowed
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_http_methods

from accord.agreements.models import Agreement, Party, PartyStanding
from accord.agreements.views.common import get_agreement, refused
from accord.core.access import require
from accord.core.confirm import confirm_page
from accord.core.forms.errors import form_errors
from accord.organisations.models import Organisation
from accord.signing.forms import ChangePostForm, JoinForm, ReconfirmForm, SuccessorForm
from accord.signing.models import AuthorisedSignatory, SignatoryNotice
from accord.signing.services import admissions, authority, signatory_changes


def _asked_message(request, asked: admissions.Asked, what: str) -> None:
    if asked.without_signatory:
        messages.warning(
            request,
            f"No authorised signatory is recorded for {asked.party.organisation}, so no link "
            "was sent. Record one, then send the link again from your list.",
        )
    else:
        people = ", ".join(i.signatory.user.display_name for i in asked.invited)
        messages.success(request, f"{what} A link has been sent to {people}.")


def successor(request, slug, pk):
    agreement = get_agreement(slug)
    require(request, "agreements.manage_agreement", agreement)
    party = get_object_or_404(
        Party.objects.select_related("organisation"),
        pk=pk,
        agreement=agreement,
        standing=PartyStanding.MEMBER,
    )
    successors = Organisation.objects.filter(
        successions_in__predecessor=party.organisation,
        successions_in__date__lte=timezone.localdate(),
    ).order_by("name")
    if not successors.exists():
        raise Http404(f"{party.organisation} has no successor recorded.")
    form = SuccessorForm(
        request.POST or None,
        successors=successors,
        initial={"successor": successors.first()} if successors.count() == 1 else None,
    )
    if request.method == "POST" and form.is_valid():
        chosen = form.cleaned_data["successor"]
        try:
            asked = admissions.successor_ask(actor=request.user, party=party, successor=chosen)
        except ValidationError as error:
            form_errors(form, error)
        else:
            _asked_message(
                request,
                asked,
                f"{chosen} has been asked to confirm in {party.organisation}'s place.",
            )
            return redirect("attention")
    return render(
        request,
        "form_page.html",
        {
            "agreement": agreement,
            "form": form,
            "back": reverse("attention"),
            "caption": agreement.display_title,
            "title": f"Ask {party.organisation}'s successor to confirm the agreement",
            "intro": [
                f"{party.organisation} no longer exists. Its successor's authorised signatories "
                f"are e-mailed a link to version {agreement.signing_version.number if agreement.signing_version else '?'} "
                f"of the agreement, to confirm that it takes {party.organisation}'s place (a "
                "novation). The original signature stays on record beside the confirmation.",
            ],
            "button": "Send the confirmation link",
        },
    )


def join(request, slug):
    agreement = get_agreement(slug)
    require(request, "agreements.manage_agreement", agreement)
    on_list = agreement.parties.exclude(standing=PartyStanding.NOT_JOINED).values("organisation_id")
    organisations = Organisation.objects.exclude(pk__in=on_list).filter(dissolved_on__isnull=True)
    form = JoinForm(
        request.POST or None,
        organisations=organisations.order_by("name"),
        initial={"joins_on": timezone.localdate()},
    )
    if request.method == "POST" and form.is_valid():
        try:
            asked = admissions.accession_ask(
                actor=request.user, agreement=agreement, **form.cleaned_data
            )
        except ValidationError as error:
            form_errors(form, error)
        else:
            if asked.consent is not None:
                messages.success(
                    request,
                    f"Every party has been asked to consent to {asked.party.organisation} "
                    "joining. It is invited to sign when all have consented.",
                )
            else:
                _asked_message(
                    request,
                    asked,
                    f"{asked.party.organisation} has been invited to sign the agreement to join it.",
                )
            return redirect(agreement)
    return render(
        request,
        "form_page.html",
        {
            "agreement": agreement,
            "form": form,
            "back": agreement.get_absolute_url(),
            "caption": agreement.display_title,
            "title": "Invite an organisation to join",
            "intro": [
                "Its authorised signatories are e-mailed a link to sign the version in force "
                "(an accession). It becomes a party when it has signed, from the day you give "
                "or the day it signs if that is later. "
                + (
                    "This agreement says a new party joins only with every party's consent: "
                    "each party is asked first, and one objection means it does not join."
                    if agreement.joining_needs_consent
                    else "The parties already in it are told, not asked."
                )
            ],
            "button": "Send the invitation",
        },
    )


def _withdraw_details(party: Party) -> list[str]:
    if party.succeeds is not None:
        return [
            f"{party.organisation} will no longer be asked to confirm the agreement in "
            f"{party.succeeds.organisation}'s place. The links sent to its signatories stop "
            "working at once.",
            f"{party.succeeds.organisation} stays a party, with any signature it gave, and "
            "stays on your list until a successor confirms or you remove it by a variation. "
            "You can ask the successor again later.",
        ]
    return [
        f"{party.organisation} will not join the agreement. The links sent to its "
        "signatories stop working at once.",
        "The parties already in it are not told, as nothing changed for them. You can invite "
        f"{party.organisation} again later.",
    ]


@require_http_methods(["GET", "POST"])
def admission_action(request, slug, pk, action):
    """Send an invited organisation its link again (a button that acts), or withdraw the
    invitation (a page that says what will happen, then a button that does it)."""
    if action not in ("resend", "withdraw"):
        raise Http404("No such action.")
    if request.method == "GET" and action != "withdraw":
        return HttpResponseNotAllowed(["POST"])
    agreement = get_agreement(slug)
    require(request, "agreements.manage_agreement", agreement)
    party = get_object_or_404(
        Party.objects.select_related("organisation", "succeeds__organisation"),
        pk=pk,
        agreement=agreement,
        standing=PartyStanding.INVITED,
    )
    novation = party.succeeds is not None
    if request.method == "GET":
        return confirm_page(
            request,
            question=(
                f"Are you sure you want to withdraw the request to {party.organisation} to "
                f"confirm the agreement in {party.succeeds.organisation}'s place?"
                if party.succeeds is not None
                else f"Are you sure you want to withdraw the invitation to "
                f"{party.organisation} to join?"
            ),
            caption=agreement.display_title,
            details=_withdraw_details(party),
            warning="You cannot undo this: a withdrawn link never works again.",
            button="Yes, withdraw the request" if novation else "Yes, withdraw the invitation",
            back=reverse("attention"),
            crumbs=[("What needs your attention", reverse("attention"))],
        )
    try:
        if action == "resend":
            asked = admissions.admission_resend(actor=request.user, party=party)
            _asked_message(request, asked, "The link has been sent again.")
        else:
            admissions.admission_withdraw(actor=request.user, party=party)
            messages.success(
                request,
                f"The request to {party.organisation} is withdrawn."
                if novation
                else f"The invitation to {party.organisation} is withdrawn.",
            )
    except (ValidationError, PermissionDenied) as error:
        refused(request, error)
    return redirect("attention")


def notice(request, pk):
    notice = get_object_or_404(
        SignatoryNotice.objects.select_related(
            "agreement", "party__organisation", "signature", "signatory__user"
        ),
        pk=pk,
    )
    agreement: Agreement = notice.agreement
    require(request, "agreements.manage_agreement", agreement)
    holders = AuthorisedSignatory.objects.filter(
        organisation=notice.party.organisation, active=True, user__is_active=True
    ).select_related("user")
    form = ReconfirmForm(request.POST or None, holders=holders)
    if request.method == "POST":
        try:
            if request.POST.get("action") == "note":
                signatory_changes.notice_note(actor=request.user, notice=notice)
                messages.success(request, "Noted. The signature stays valid.")
                return redirect("attention")
            if form.is_valid():
                chosen = form.cleaned_data["signatory"]
                signatory_changes.reconfirmation_ask(
                    actor=request.user, notice=notice, signatory=chosen
                )
                messages.success(
                    request, f"{chosen.user.display_name} has been asked to re-confirm."
                )
                return redirect("attention")
        except ValidationError as error:
            form_errors(form, error)
    return render(
        request,
        "signing/notice.html",
        {"notice": notice, "agreement": agreement, "holders": holders, "form": form},
    )


def signatory_change(request, slug, pk):
    organisation = get_object_or_404(Organisation, slug=slug)
    require(request, "signing.manage_signatories", organisation)
    signatory = get_object_or_404(
        AuthorisedSignatory.objects.select_related("user"),
        pk=pk,
        organisation=organisation,
        active=True,
    )
    form = ChangePostForm(
        request.POST or None, initial={"post": signatory.post, "authority": signatory.authority}
    )
    if request.method == "POST" and form.is_valid():
        try:
            authority.signatory_change_post(
                actor=request.user, signatory=signatory, **form.cleaned_data
            )
        except ValidationError as error:
            form_errors(form, error)
        else:
            messages.success(
                request,
                f"{signatory.user.display_name} now signs as {form.cleaned_data['post']}. "
                "The agreements they signed stay valid; their officers have been told.",
            )
            return redirect("signing:signatories", slug=slug)
    return render(
        request,
        "form_page.html",
        {
            "form": form,
            "back": reverse("signing:signatories", args=[slug]),
            "caption": str(organisation),
            "title": f"Record {signatory.user.display_name}'s new post",
            "intro": [
                f"They signed as {signatory.post}. What they signed stays valid: it was signed "
                "with authority at the time. The officers of agreements they signed are told, "
                "and any agreement whose text names their old post is listed for re-confirmation."
            ],
            "button": "Record the new post",
        },
    )
