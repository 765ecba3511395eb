from __future__ import annotations

from django import forms

from accord.core.filters import FilterForm, choice_filter
from accord.organisations.models import OrganisationKind
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
