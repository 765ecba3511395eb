"""Forms for the register of organisations."""

from __future__ import annotations

from django import forms

from accord.core.filters import FilterForm, choice_filter
from accord.core.forms import DateField, GovukForm
from accord.organisations.models import Organisation, OrganisationKind
from accord.organisations.selectors import SEARCH_MAX_LENGTH


class OrganisationFilters(FilterForm):
    q = forms.CharField(
        label="Name, former name, abbreviation or code",
        required=False,
        max_length=SEARCH_MAX_LENGTH,
        widget=forms.TextInput(attrs={"type": "search", "spellcheck": "false"}),
    )
    kind = choice_filter(
        "Kind", OrganisationKind.choices, "kind of organisation", any_label="Any kind"
    )


class SuccessionForm(GovukForm):
    successor = forms.ModelChoiceField(
        label="Successor",
        queryset=Organisation.objects.none(),
        empty_label="Choose the organisation that took over",
        error_messages={"required": "Choose the organisation that took over."},
    )
    date = DateField(
        label="Day the successor took over",
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
        choices = self.fields["successor"]
        assert isinstance(choices, forms.ModelChoiceField)  # declared so above
        choices.queryset = Organisation.objects.exclude(pk=organisation.pk).order_by("name")
