"""The problems a page shows in its error summary, each linked to the box it is about.

The summary is drawn once, by the base template, at the top of ``<main>`` (GOV.UK's error
summary pattern): it gathers every bound form in the page's context that has errors, and
``page_errors``, the problems a view found outside a form (a filter that does not exist, a
line of an uploaded file). The page title gets "Error: " from the same list.
"""

from __future__ import annotations

from dataclasses import dataclass

from django import forms
from django.forms.boundfield import BoundField


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


def _as_problem(item) -> Problem:
    if isinstance(item, Problem):
        return item
    if isinstance(item, tuple):
        target, text = item
        return Problem(str(text), target)
    return Problem(str(item))


def page_problems(values) -> list[Problem]:
    """Every problem to summarise, from the values of a template context."""
    problems: list[Problem] = []
    seen: set[int] = set()
    extra = []
    for name, value in values.items():
        if isinstance(value, forms.BaseForm) and id(value) not in seen:
            seen.add(id(value))
            problems += form_problems(value)
        elif name == "page_errors" and value:
            extra = [_as_problem(item) for item in value]
    return problems + extra
