"""Pages for an agreement after it is agreed: its term, a party's notice to leave (and
its withdrawal), removing a party by a recorded variation, and starting a variation."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse

from accord.agreements.forms_changes import (
    LeaveNoticeForm,
    RemovalForm,
    TermsForm,
    VariationForm,
    WithdrawNoticeForm,
)
from accord.agreements.models import Party, PartyStanding
from accord.agreements.services import party_changes, terms
from accord.agreements.views.common import get_agreement
from accord.core.access import require
from accord.core.dates import format_partial_date
from accord.core.forms.errors import form_errors


def _form_page(request, agreement, form, **context):
    return render(
        request,
        "form_page.html",
        {"agreement": agreement, "form": form, "back": agreement.get_absolute_url(), **context},
    )


def _party(agreement, pk: int) -> Party:
    return get_object_or_404(
        Party.objects.select_related("organisation", "agreement"),
        pk=pk,
        agreement=agreement,
        standing=PartyStanding.MEMBER,
    )


def agreement_terms(request, slug):
    agreement = get_agreement(slug)
    require(request, "agreements.manage_agreement", agreement)
    initial = {name: getattr(agreement, name) for name in terms.TERM_FIELDS}
    form = TermsForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            terms.agreement_set_terms(actor=request.user, agreement=agreement, **form.cleaned_data)
        except ValidationError as error:
            form_errors(form, error)
        else:
            messages.success(request, "The agreement's term has been saved.")
            return redirect(agreement)
    return _form_page(
        request,
        agreement,
        form,
        caption=agreement.display_title,
        title="Review, end date and notice",
        intro=[
            "What the agreement says about time. Reminders go to you and the owning body's "
            "secretaries before a review is due and before it ends."
        ],
        button="Save the term",
    )


def party_notice(request, slug, pk):
    agreement = get_agreement(slug)
    party = _party(agreement, pk)
    require(request, "agreements.give_notice", party)
    form = LeaveNoticeForm(request.POST or None, fixed_period=agreement.notice_period_days)
    if request.method == "POST" and form.is_valid():
        try:
            change = party_changes.party_give_notice(
                actor=request.user,
                party=party,
                given_on=form.cleaned_data["given_on"],
                reason=form.cleaned_data["reason"],
                period_days=form.cleaned_data.get("period_days"),
            )
        except ValidationError as error:
            form_errors(form, error)
        else:
            messages.success(
                request,
                f"{change.party_name} leaves on {format_partial_date(change.effective_on)}. "
                "The other parties have been told.",
            )
            return redirect(agreement)
    details = [("Party", party.name_as_party)]
    if agreement.notice_period_days is not None:
        details.append(
            ("Notice period", f"{agreement.notice_period_days} days, as the agreement sets")
        )
    return _form_page(
        request,
        agreement,
        form,
        caption=agreement.display_title,
        title=f"Record {party.organisation}'s notice to leave",
        intro=[
            "It stays a party until its notice period ends, and leaves the party list on the "
            "day after. The other parties are told."
        ],
        details=details,
        button="Record the notice",
    )


def party_notice_withdraw(request, slug, pk):
    agreement = get_agreement(slug)
    party = _party(agreement, pk)
    require(request, "agreements.give_notice", party)
    form = WithdrawNoticeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            party_changes.party_withdraw_notice(
                actor=request.user, party=party, reason=form.cleaned_data["reason"]
            )
        except ValidationError as error:
            form_errors(form, error)
        else:
            messages.success(
                request, f"{party.organisation} stays a party: its notice is withdrawn."
            )
            return redirect(agreement)
    return _form_page(
        request,
        agreement,
        form,
        caption=agreement.display_title,
        title=f"Withdraw {party.organisation}'s notice to leave",
        details=[("Leaves on", format_partial_date(party.left_on) or "—")],
        button="Withdraw the notice",
    )


def party_remove_by_variation(request, slug, pk):
    agreement = get_agreement(slug)
    party = _party(agreement, pk)
    require(request, "agreements.manage_agreement", agreement)
    form = RemovalForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            party_changes.party_remove_by_variation(
                actor=request.user, party=party, reason=form.cleaned_data["reason"]
            )
        except ValidationError as error:
            form_errors(form, error)
        else:
            messages.success(
                request,
                f"{party.organisation} is no longer a party; its signature, if it gave one, "
                "stays on record.",
            )
            return redirect(reverse("attention"))
    return _form_page(
        request,
        agreement,
        form,
        caption=agreement.display_title,
        title=f"Remove {party.organisation} from the parties",
        intro=[
            "The removal is recorded with its reason, from today, and the other parties are "
            "told. Anything the party signed stays on record."
        ],
        warning="This cannot be undone: to bring the organisation back, it joins again.",
        button="Remove the party",
        button_class="govuk-button--warning",
    )


def variation_start(request, slug):
    agreement = get_agreement(slug)
    require(request, "agreements.manage_agreement", agreement)
    form = VariationForm(request.POST or None, initial={"title": f"{agreement.title} (varied)"})
    if request.method == "POST" and form.is_valid():
        try:
            varied = terms.agreement_start_variation(
                actor=request.user, agreement=agreement, title=form.cleaned_data["title"]
            )
        except ValidationError as error:
            form_errors(form, error)
        else:
            messages.success(
                request,
                f"“{varied.title}” has been started as a draft with the text and parties of the "
                "agreement in force. It supersedes it when it comes into force.",
            )
            return redirect("agreements:draft", slug=varied.slug)
    return _form_page(
        request,
        agreement,
        form,
        caption=agreement.display_title,
        title="Start the varied agreement",
        intro=[
            "A review agreed to vary this agreement. The varied text starts as a draft with "
            "this agreement's text, parties and term, and goes through consultation, approval "
            "and sign-up. This agreement stays in force until the varied one comes into force."
        ],
        button="Start the draft",
    )
