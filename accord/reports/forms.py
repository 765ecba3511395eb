from __future__ import annotations

from django import forms

from accord.core.filters import FilterForm
from accord.core.forms import DateField, GovukForm
from accord.reports.drafting import COVER_FIELDS, IMPLICATIONS, SECTIONS
from accord.reports.models import ImplicationKind

TEXT_LIMIT = 20_000


class ReportForm(GovukForm):
    """Every part of the report, pre-filled from its latest version."""

    def __init__(self, content: dict, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for key, label in COVER_FIELDS:
            self.fields[key] = forms.CharField(
                label=label, max_length=400, required=key == "title", initial=content.get(key)
            )
        for key, label in SECTIONS:
            if key == "implications":
                for kind, heading in IMPLICATIONS:
                    self.fields[f"implication_{kind}"] = self._text(
                        heading, content.get(f"implication_{kind}")
                    )
                continue
            self.fields[key] = self._text(label, content.get(key))

    @staticmethod
    def _text(label: str, initial) -> forms.CharField:
        return forms.CharField(
            label=label,
            required=False,
            max_length=TEXT_LIMIT,
            widget=forms.Textarea,
            initial=initial,
        )


class RequestForm(GovukForm):
    kind = forms.ChoiceField(
        label="Implication",
        choices=[("", "Choose the implication")] + ImplicationKind.choices,
        error_messages={"required": "Choose which implication to have verified."},
    )
    verifier = forms.ChoiceField(
        label="Verifier",
        error_messages={"required": "Choose the officer who should verify it."},
    )

    def __init__(self, verifiers, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.verifiers = {str(user.pk): user for user in verifiers}
        self.fields["verifier"].choices = [("", "Choose an officer")] + [
            (str(user.pk), f"{user.display_name} ({user.email})") for user in verifiers
        ]


class AnswerForm(GovukForm):
    answer = forms.ChoiceField(
        label="Your answer",
        choices=[("verify", "Verify the implications"), ("return", "Return with comments")],
        widget=forms.RadioSelect,
        error_messages={"required": "Choose whether you verify the implications or return them."},
    )
    comments = forms.CharField(
        label="Comments",
        required=False,
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text="Needed when you return the implications: say what should change.",
    )


class PeriodForm(FilterForm):
    """The period an annual report covers; a date that is not a date is reported."""

    start = DateField(
        label="Start of the period", required=False, help_text="For example, 1 4 2025"
    )
    end = DateField(label="End of the period", required=False, help_text="For example, 31 3 2026")

    def clean(self):
        data = super().clean()
        if data.get("from") and data.get("to") and data["from"] > data["to"]:
            self.add_error("to", "The end of the period must be on or after its start.")
        return data


# Links to the annual report have always said ?from=…&to=…; the fields keep those names.
PeriodForm.base_fields = {
    "from": PeriodForm.base_fields["start"],
    "to": PeriodForm.base_fields["end"],
}
