"""The problems a page shows in its error summary, each linked to the box it is about.

The summary is drawn once, by the base template, at the top of ``<main>`` (GOV.UK's error
summary pattern): it gathers every bound form in the page's context that has errors, and
``page_errors``, the problems a view found outside a form (a filter that does not exist, a
line of an uploaded file). The page title gets "Error: " from the same list.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.forms.boundfield import BoundField
from django.utils.functional import LazyObject, empty


@dataclass(frozen=True)
class Problem:
    text: str
    target: str | None = None  # the id of the element the summary links to


def field_target(bound: BoundField) -> str:
    """The id of the first box of a field, as crispy-forms-gds draws it."""
    widget = bound.field.widget
    if isinstance(widget, forms.RadioSelect | forms.CheckboxSelectMultiple):
        # crispy-forms-gds numbers radios and checkboxes from 1 after the field's name.
        return f"id_{bound.html_name}_1"
    if isinstance(widget, forms.MultiWidget):
        parts = getattr(bound.field, "fields", ())
        for index, part in enumerate(parts):
            if getattr(part.widget, "errors", None):
                return f"{bound.auto_id}_{index}"
        return f"{bound.auto_id}_0"
    return widget.attrs.get("id") or bound.auto_id


def form_problems(form: forms.BaseForm) -> list[Problem]:
    if not form.is_bound or not form.errors:
        return []
    problems = [Problem(str(error)) for error in form.non_field_errors()]
    for bound in form:
        for error in bound.errors:
            problems.append(Problem(str(error), None if bound.is_hidden else field_target(bound)))
    return problems


def _as_problem(item: object) -> Problem:
    if isinstance(item, Problem):
        return item
    if isinstance(item, tuple):
        target, text = item
        return Problem(str(text), target)
    return Problem(str(item))


def page_problems(values: Mapping[Any, object]) -> list[Problem]:
    """Every problem to summarise, from the values of a template context."""
    problems: list[Problem] = []
    seen: set[int] = set()
    extra = []
    for name, value in values.items():
        if isinstance(value, LazyObject) and value._wrapped is empty:
            # Not made yet, so not a form with errors: asking would make it, and the
            # context's lazy CSRF token, once made, sets a cookie on every page.
            continue
        if isinstance(value, forms.BaseForm) and id(value) not in seen:
            seen.add(id(value))
            problems += form_problems(value)
        elif name == "page_errors" and value and isinstance(value, Iterable):
            extra = [_as_problem(item) for item in value]
    return problems + extra


def form_errors(form: forms.BaseForm, error: ValidationError) -> None:
    """Put a service's refusal (an ``Invalid`` or any ValidationError) on the form: beside
    the field it names, or above the form when it names none or a field the form lacks.
    The one way every page shows what a service said was wrong with what was typed."""
    if hasattr(error, "error_dict"):
        for field, problems in error.message_dict.items():
            form.add_error(field if field in form.fields else None, problems)
    else:
        form.add_error(None, error.messages)
