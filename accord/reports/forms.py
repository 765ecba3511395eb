from __future__ import annotations

from django import forms

from accord.reports.drafting import COVER_FIELDS, IMPLICATIONS, SECTIONS
from accord.reports.models import ImplicationKind

TEXT_LIMIT = 20_000


class ReportForm(forms.Form):
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


class RequestForm(forms.Form):
    kind = forms.ChoiceField(label="Implication", choices=ImplicationKind.choices)
    verifier = forms.ChoiceField(label="Verifier")

    def __init__(self, verifiers, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.verifiers = {str(user.pk): user for user in verifiers}
        self.fields["verifier"].choices = [
            (str(user.pk), f"{user.display_name} ({user.email})") for user in verifiers
        ]


class AnswerForm(forms.Form):
    answer = forms.ChoiceField(
        label="Your answer",
        choices=[("verify", "Verify the implications"), ("return", "Return with comments")],
        widget=forms.RadioSelect,
    )
    comments = forms.CharField(
        label="Comments",
        required=False,
        max_length=5000,
        widget=forms.Textarea,
        help_text="Needed when you return the implications: say what should change.",
    )
