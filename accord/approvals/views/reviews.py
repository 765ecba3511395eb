"""Recording a review of an agreement in force at a meeting of its owning body."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone

from accord.agreements.models import Agreement
from accord.approvals.models import MINUTE_MAX_LENGTH, Meeting, ReviewOutcome
from accord.approvals.services.reviews import review_record
from accord.core.access import require
from accord.core.dates import format_partial_date
from accord.core.forms import DateField, GovukForm
from accord.core.forms.errors import form_errors


class ReviewOutcomeForm(GovukForm):
    meeting = forms.ModelChoiceField(
        label="Meeting that reviewed it",
        queryset=Meeting.objects.none(),
        empty_label="Choose the meeting",
        help_text="A meeting of the owning body that has taken place.",
        error_messages={"required": "Choose the meeting that reviewed it."},
    )
    outcome = forms.ChoiceField(
        label="Outcome",
        choices=ReviewOutcome.choices,
        widget=forms.RadioSelect,
        error_messages={"required": "Choose the outcome of the review."},
    )
    minute = forms.CharField(
        label="Minute", required=False, max_length=MINUTE_MAX_LENGTH, widget=forms.Textarea
    )
    next_review_on = DateField(
        label="Next review",
        required=False,
        help_text="For no change or a renewal. Left empty, it is set by how often the agreement is reviewed.",
    )
    new_end_date = DateField(
        label="New end date", required=False, help_text="For a renewal: the day it now ends."
    )

    def __init__(self, *args, meetings, **kwargs):
        super().__init__(*args, **kwargs)
        choices = self.fields["meeting"]
        assert isinstance(choices, forms.ModelChoiceField)  # declared so above
        choices.queryset = meetings


def review(request, slug):
    agreement = get_object_or_404(Agreement.objects.select_related("owning_body"), slug=slug)
    require(request, "approvals.record_review", agreement)
    meetings = Meeting.objects.filter(
        body_id=agreement.owning_body_id, date__lte=timezone.localdate()
    ).order_by("-date")
    form = ReviewOutcomeForm(request.POST or None, meetings=meetings)
    if request.method == "POST" and form.is_valid():
        try:
            recorded = review_record(actor=request.user, agreement=agreement, **form.cleaned_data)
        except ValidationError as error:
            form_errors(form, error)
        else:
            messages.success(
                request, f"The review is recorded: {recorded.get_outcome_display().lower()}."
            )
            if recorded.outcome == ReviewOutcome.VARIATION:
                return redirect("agreements:variation", slug=slug)
            return redirect(agreement)
    details = [
        ("Review due", format_partial_date(agreement.review_date) or "No date set"),
        ("End date", format_partial_date(agreement.end_date) or "None"),
        ("Owning body", str(agreement.owning_body) if agreement.owning_body else "None"),
    ]
    return render(
        request,
        "form_page.html",
        {
            "agreement": agreement,
            "form": form,
            "back": agreement.get_absolute_url(),
            "caption": agreement.display_title,
            "title": "Record a review",
            "intro": [
                "What a meeting of the owning body decided when it reviewed the agreement. No "
                "change keeps it in force and sets the next review; a renewal also moves its "
                "end date on; a variation puts it under review while its varied text goes "
                "through the route; a termination ends it."
            ],
            "details": details,
            "button": "Record the review",
        },
    )
