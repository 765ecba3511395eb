"""Forms for the register of organisations."""

from __future__ import annotations

from django import forms

from accord.core.dayfield import DayField
from accord.organisations.models import Organisation


class SuccessionForm(forms.Form):
    successor = forms.ModelChoiceField(
        label="Successor",
        queryset=Organisation.objects.none(),
        empty_label="Choose the organisation that took over",
        error_messages={"required": "Choose the organisation that took over."},
    )
    date = DayField(
        label="Day the successor took over",
        help_text="For example 1 7 2022.",
        error_messages={"required": "Enter the day the successor took over."},
    )
    ceased = forms.BooleanField(
        label="The organisation ceased to exist the day before",
        required=False,
        initial=True,
        help_text="Untick if it carries on and passed on only some of its duties.",
    )
    note = forms.CharField(
        label="Note",
        required=False,
        max_length=300,
        help_text="For example: CCGs replaced by Integrated Care Boards.",
    )

    def __init__(self, *args, organisation: Organisation, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["successor"].queryset = Organisation.objects.exclude(
            pk=organisation.pk
        ).order_by("name")
