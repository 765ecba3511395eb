"""The filters of a list page, read from its query string.

A value the page does not offer (a status that does not exist, a date that is not a
date) is never dropped in silence: the filter is left off, and the page says so in its
error summary, linked to the filter to correct.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from django import forms

from accord.core.forms import GovukForm

if TYPE_CHECKING:
    from collections.abc import Iterable

    from django.http import HttpRequest

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


class FilterForm(GovukForm):
    mark_optional = False  # every filter is optional; saying so on each adds nothing
    MAX_LENGTH = 200
    # A filter's markup follows from its declaration (fixed choices, no rows read) and the
    # value given, so the ``field`` tag may draw it once per value (templatetags/govuk.py).
    markup_follows_data = True

    def __init__(self, request: HttpRequest, **kwargs: Any) -> None:
        # Only the filters count: a query string holding just "page=2" is no filter.
        # A date filter arrives in parts: "from_0", "from_1", "from_2".
        given = {
            key: value[: self.MAX_LENGTH]
            for key, value in request.GET.items()
            if key in self.base_fields or key.rsplit("_", 1)[0] in self.base_fields
        }
        super().__init__(given or None, **kwargs)

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        assert data is not None  # Form.clean gives back cleaned_data
        for name, value in list(data.items()):
            if isinstance(value, str):
                # PostgreSQL refuses NUL in text, and nobody types control characters.
                data[name] = _CONTROL.sub("", value).strip()
        return data

    def applied(self) -> dict[str, Any]:
        """Each filter's value, or its empty value when it was not given or is wrong."""
        if not self.is_bound:
            return {
                name: self.initial.get(name, field.initial) or ""
                for name, field in self.fields.items()
            }
        self.is_valid()
        return {name: self.cleaned_data.get(name) or "" for name in self.fields}


def choice_filter(
    label: str, choices: Iterable[tuple[str, str]], noun: str, *, any_label: str
) -> forms.ChoiceField:
    """A select whose first option is "any"; a value not in the list is explained."""
    return forms.ChoiceField(
        label=label,
        required=False,
        choices=[("", any_label), *choices],
        error_messages={
            "invalid_choice": f"Choose a {noun} from the list: “%(value)s” is not one Accord knows."
        },
    )
