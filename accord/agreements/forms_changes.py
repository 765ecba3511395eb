"""Forms for an agreement after it is agreed: its term, a party's notice, a removal, a
variation. They only turn what was typed into values; the services hold the rules."""

from __future__ import annotations

from django import forms

from accord.core.forms import DateField, GovukForm


class TermsForm(GovukForm):
    review_date = DateField(
        label="Next review",
        required=False,
        help_text="The day the owning body next reviews it, for example 1 4 2027.",
    )
    review_every_months = forms.IntegerField(
        label="Reviewed every (months)",
        required=False,
        min_value=1,
        max_value=120,
        help_text="For example 12 for an annual review. After each review the next is set this far on.",
        error_messages={"invalid": "Enter the number of months as a whole number, such as 12."},
    )
    end_date = DateField(
        label="End date",
        required=False,
        help_text="The last day it is in force unless renewed. Leave empty if it runs until it is ended.",
    )
    notice_period_days = forms.IntegerField(
        label="Notice to leave (days)",
        required=False,
        min_value=0,
        max_value=3650,
        help_text="How many days' notice a party gives to leave, as the agreement says.",
        error_messages={"invalid": "Enter the notice period as a whole number of days."},
    )
    joining_needs_consent = forms.BooleanField(
        label="A new party joins only with every party's consent",
        required=False,
        help_text="Then every party is asked, and the new party signs only when all consent.",
    )


class LeaveNoticeForm(GovukForm):
    given_on = DateField(
        label="Day notice was given",
        error_messages={"required": "Enter the day notice was given."},
    )
    period_days = forms.IntegerField(
        label="Notice period (days)",
        required=False,
        min_value=0,
        max_value=3650,
        error_messages={"invalid": "Enter the notice period as a whole number of days."},
    )
    reason = forms.CharField(
        label="Reason for leaving",
        max_length=2000,
        widget=forms.Textarea,
        error_messages={"required": "Say why the party is leaving."},
    )

    def __init__(self, *args, fixed_period: int | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        if fixed_period is not None:
            # The agreement sets the period: it is shown, not asked.
            del self.fields["period_days"]
        else:
            self.fields["period_days"].required = True
            self.fields[
                "period_days"
            ].help_text = "The agreement sets no notice period; enter the one that applies."
            self.fields["period_days"].error_messages["required"] = "Enter the notice period."


class RemovalForm(GovukForm):
    reason = forms.CharField(
        label="Why the party is removed",
        max_length=2000,
        widget=forms.Textarea,
        help_text="For example: abolished on 1 July 2022; its successor does not take its place.",
        error_messages={"required": "Say why the party is removed."},
    )


class VariationForm(GovukForm):
    title = forms.CharField(
        label="Title of the varied agreement",
        max_length=400,
        error_messages={"required": "Give the varied agreement a title."},
    )


class WithdrawNoticeForm(GovukForm):
    reason = forms.CharField(
        label="Why the notice is withdrawn",
        required=False,
        max_length=2000,
        widget=forms.Textarea,
    )
