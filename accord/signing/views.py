from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_not_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpResponseNotAllowed
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_http_methods, require_POST

from accord.accounts.models import User
from accord.agreements.models import Agreement
from accord.agreements.views.common import agreement_crumbs, refused
from accord.core.access import require
from accord.core.confirm import confirm_page
from accord.core.csv_export import csv_response
from accord.core.errors import Invalid
from accord.core.forms.errors import Problem, form_errors
from accord.core.pagination import page_asked, paginate
from accord.core.params import as_at_param
from accord.organisations.models import Organisation
from accord.signing import selectors, views_consents
from accord.signing.forms import SignatoryForm, answer_form
from accord.signing.models import AnswerKind, AuthorisedSignatory, SigningInvitation
from accord.signing.services import authority, invitations, signatures

# Rows of the sign-up table on one page; the CSV download has every row.
SIGN_UP_ROWS = 50


def _context(request) -> signatures.Context:
    return signatures.Context(
        ip_address=request.META.get("REMOTE_ADDR"),
        user_agent=request.META.get("HTTP_USER_AGENT", ""),
    )


@login_not_required
def sign(request, token):
    """The signing page behind an e-mailed link: no account needed, one answer per party."""
    token = token[:100]
    try:
        invitation = signatures.invitation_for(token, context=_context(request))
        signatures.check_person(invitation, request.user, context=_context(request))
    except signatures.LinkRefused as error:
        return render(request, "signing/refused.html", {"message": str(error)}, status=403)
    if invitation.kind == AnswerKind.CONSENT:
        return views_consents.consent_page(request, token, invitation, _context(request))
    form = answer_form(invitation.kind, request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            signature = signatures.sign_with_link(
                token=token, context=_context(request), user=request.user, **form.cleaned_data
            )
        except signatures.AlreadyAnswered as answered:
            return render(
                request,
                "signing/done.html",
                {"signature": answered.signature, "already": str(answered)},
            )
        except signatures.LinkRefused as error:
            return render(request, "signing/refused.html", {"message": str(error)}, status=403)
        except ValidationError as error:
            form_errors(form, error)
        else:
            return render(request, "signing/done.html", {"signature": signature})
    return render(
        request,
        "signing/sign.html",
        {"invitation": invitation, "form": form, **selectors.sign_page(invitation)},
    )


@login_not_required
def progress(request, slug):
    agreement = get_object_or_404(Agreement.objects.select_related("owning_body"), slug=slug)
    require(request, "agreements.view_agreement", agreement)
    manage = request.user.has_perm("agreements.manage_agreement", agreement)
    is_signatory = (
        request.user.is_authenticated
        and agreement.parties.filter(
            organisation__signatories__user=request.user, organisation__signatories__active=True
        ).exists()
    )
    # ``?on=2021-04-01``: the table as it stood that day (who was party, who had signed).
    as_at = as_at_param(request)
    # A page of rows at a time: the largest agreements have hundreds of parties. The page
    # asked for is read first; one past the end is read again as the last page.
    asked = page_asked(request)
    table = _table_rows(agreement, manage, as_at.day, asked)
    page = paginate(request, range(table["total"]), SIGN_UP_ROWS)
    if page.number != asked:
        table = _table_rows(agreement, manage, as_at.day, page.number)
    groups = table.pop("groups")
    return render(
        request,
        "signing/progress.html",
        {
            "agreement": agreement,
            "manage": manage and not as_at.day,
            "is_signatory": is_signatory and not as_at.day,
            "as_at": as_at,
            "page_errors": as_at.page_errors("on"),
            "page": page,
            "groups": groups,
            **table,
        },
    )


def _table_rows(agreement: Agreement, manage: bool, day, number: int) -> dict:
    start = (number - 1) * SIGN_UP_ROWS
    return selectors.progress(
        agreement, with_invitations=manage, on=day, rows=(start, start + SIGN_UP_ROWS)
    )


@login_not_required
def progress_csv(request, slug):
    """The sign-up table as CSV: today's, or with ``?as_at=2021-04-01`` (or the page's own
    ``?on=``) as it stood that day. A response made for one request, never kept."""
    agreement = get_object_or_404(Agreement, slug=slug)
    require(request, "agreements.view_agreement", agreement)
    as_at = as_at_param(request, "as_at" if "as_at" in request.GET else "on")
    if as_at.problem:
        raise Invalid(f"The as_at date cannot be used: {as_at.problem}")
    data = selectors.progress(agreement, on=as_at.day)
    header = [
        "Category",
        "Organisation",
        "Status",
        "Signed or declined by",
        "Post",
        "When",
        "Version",
        "Version hash",
        "Reason",
        "Succeeded by",
    ]
    version = data["version"]
    rows = (
        [
            category,
            row.party.name_as_party,
            row.status_label,
            s.full_name if s else "",
            s.post if s else "",
            timezone.localtime(s.signed_at).isoformat(timespec="seconds") if s else "",
            version.number if version else "",
            version.content_hash if version else "",
            s.reason if s else "",
            "; ".join(f"{n.successor.name} ({n.date.isoformat()})" for n in row.successions),
        ]
        for category, party_rows in data["groups"]
        for row in party_rows
        for s in [row.signature]
    )
    day = f"-as-at-{as_at.day.isoformat()}" if as_at.day else ""
    return csv_response(f"{agreement.slug}-sign-up{day}.csv", header, rows, stream=False)


@require_POST
def open_signup(request, slug):
    agreement = get_object_or_404(Agreement, slug=slug)
    require(request, "agreements.manage_agreement", agreement)
    try:
        opened = invitations.signing_open(actor=request.user, agreement=agreement)
    except ValidationError as error:
        refused(request, error)
    else:
        messages.success(
            request,
            f"{len(opened.invited)} invitation{'s' if len(opened.invited) != 1 else ''} sent.",
        )
        if opened.without_signatory:
            names = ", ".join(str(p.organisation) for p in opened.without_signatory)
            messages.warning(
                request,
                f"No authorised signatory is recorded for: {names}. Record one, then send again.",
            )
    return redirect("signing:progress", slug=slug)


@require_http_methods(["GET", "POST"])
def invitation_action(request, slug, pk, action):
    if action not in ("resend", "revoke"):
        raise Http404("No such action.")
    if request.method == "GET" and action != "revoke":
        return HttpResponseNotAllowed(["POST"])
    agreement = get_object_or_404(Agreement, slug=slug)
    require(request, "agreements.manage_agreement", agreement)
    invitation = get_object_or_404(
        SigningInvitation.objects.select_related("signatory__user", "party__organisation"),
        pk=pk,
        party__agreement=agreement,
    )
    if request.method == "GET":
        return confirm_page(
            request,
            question=f"Are you sure you want to withdraw the signing link sent to "
            f"{invitation.signatory.user.email}?",
            caption=agreement.display_title,
            details=[
                f"The link stops working at once. {invitation.party.organisation} can still "
                "sign through a new link, which you can send from the sign-up page."
            ],
            warning="You cannot undo this: a withdrawn link never works again.",
            button="Yes, withdraw the link",
            back=reverse("signing:progress", args=[slug]),
            crumbs=agreement_crumbs(agreement),
        )
    try:
        if action == "resend":
            invitations.invitation_resend(actor=request.user, invitation=invitation)
            messages.success(
                request, f"A new link has been sent to {invitation.signatory.user.email}."
            )
        else:
            invitations.invitation_revoke(actor=request.user, invitation=invitation)
            messages.success(request, "The link has been withdrawn.")
    except (ValidationError, PermissionDenied) as error:
        refused(request, error)
    return redirect("signing:progress", slug=slug)


@require_http_methods(["GET", "POST"])
def close_signup(request, slug):
    agreement = get_object_or_404(Agreement, slug=slug)
    require(request, "agreements.manage_agreement", agreement)
    if request.method == "GET":
        data = selectors.progress(agreement)
        waiting = [
            row.party.name_as_party
            for _, rows in data["groups"]
            for row in rows
            if row.state.counts_as == "not_signed"
        ]
        return confirm_page(
            request,
            question=f"Are you sure you want to close sign-up for {agreement.display_title}?",
            caption="Sign-up",
            details=[
                data["sentence"],
                "The agreement comes into force with the parties that signed. "
                + (
                    f"These parties will be recorded as not having signed: {', '.join(waiting)}."
                    if waiting
                    else "Every party has answered."
                ),
            ],
            warning="You cannot undo this: the signing links stop working and sign-up "
            "cannot be opened again for this version.",
            button="Yes, close sign-up",
            back=reverse("signing:progress", args=[slug]),
            crumbs=agreement_crumbs(agreement),
        )
    try:
        signatures.signing_close(actor=request.user, agreement=agreement)
    except ValidationError as error:
        refused(request, error)
    else:
        messages.success(
            request, "Sign-up is closed and the agreement is in force with the parties that signed."
        )
    return redirect("agreements:detail", slug=slug)


def signatories(request, slug):
    organisation = get_object_or_404(Organisation, slug=slug)
    require(request, "signing.manage_signatories", organisation)
    form = SignatoryForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        user = User.objects.filter(email__iexact=form.cleaned_data["email"]).first()
        try:
            if user is None:
                raise ValidationError(
                    {
                        "email": "Nobody has an account with that e-mail address. An administrator can give them one."
                    }
                )
            authority.signatory_authorise(
                actor=request.user,
                organisation=organisation,
                user=user,
                post=form.cleaned_data["post"],
                authority=form.cleaned_data["authority"],
            )
        except ValidationError as error:
            form_errors(form, error)
        else:
            messages.success(request, f"{user.display_name} can now sign for {organisation}.")
            return redirect("signing:signatories", slug=slug)
    current = AuthorisedSignatory.objects.filter(
        organisation=organisation, active=True
    ).select_related("user")
    return render(
        request,
        "signing/signatories.html",
        {"organisation": organisation, "form": form, "signatories": current},
    )


@require_http_methods(["GET", "POST"])
def signatory_withdraw(request, slug, pk):
    organisation = get_object_or_404(Organisation, slug=slug)
    require(request, "signing.manage_signatories", organisation)
    signatory = get_object_or_404(
        AuthorisedSignatory.objects.select_related("user"), pk=pk, organisation=organisation
    )
    if request.method == "GET":
        return confirm_page(
            request,
            question=f"Are you sure {signatory.user.display_name} can no longer sign for "
            f"{organisation}?",
            caption="Authorised signatories",
            details=[
                "Their signing links stop working. Signatures they have already given stay "
                "on record."
            ],
            warning="You cannot undo this. To let them sign again, record them again.",
            button="Yes, withdraw their authority",
            back=reverse("signing:signatories", args=[slug]),
            crumbs=[
                ("Organisations", reverse("organisations:list")),
                (organisation.name, organisation.get_absolute_url()),
            ],
        )
    authority.signatory_withdraw(actor=request.user, signatory=signatory)
    messages.success(
        request, f"{signatory.user.display_name} can no longer sign for {organisation}."
    )
    return redirect("signing:signatories", slug=slug)


def hand_over(request, slug):
    """A signatory hands this one agreement to another signatory of the same organisation."""
    agreement = get_object_or_404(Agreement, slug=slug)
    require(request, "agreements.view_agreement", agreement)
    mine = AuthorisedSignatory.objects.filter(user=request.user, active=True).values_list(
        "organisation_id", flat=True
    )
    party = (
        agreement.parties.filter(organisation_id__in=list(mine))
        .select_related("organisation")
        .first()
    )
    if party is None:
        raise PermissionDenied("You are not a signatory of any party to this agreement.")
    substitutes = (
        AuthorisedSignatory.objects.filter(organisation=party.organisation, active=True)
        .exclude(user=request.user)
        .select_related("user")
    )
    page_errors = []
    if request.method == "POST":
        chosen = substitutes.filter(pk=text_param_post(request, "to")).first()
        try:
            if chosen is None:
                raise ValidationError("Choose who should sign instead of you.")
            invitations.signing_hand_over(actor=request.user, party=party, to=chosen)
        except (ValidationError, PermissionDenied) as problem:
            text = " ".join(getattr(problem, "messages", [str(problem)]))
            page_errors = [Problem(text, "to-0")]
        else:
            messages.success(
                request,
                f"{chosen.user.display_name} has been sent a link to sign for {party.organisation}.",
            )
            return redirect("signing:progress", slug=slug)
    return render(
        request,
        "signing/hand_over.html",
        {
            "agreement": agreement,
            "party": party,
            "substitutes": substitutes,
            "page_errors": page_errors,
            "crumbs": agreement_crumbs(agreement),
        },
    )


def text_param_post(request, name: str) -> str:
    value = (request.POST.get(name) or "")[:20]
    return value if value.isdigit() else "0"
