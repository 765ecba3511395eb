"""Template tags for GOV.UK patterns: fields (through crispy-forms-gds), the error
summary and the "Error: " title prefix, and breadcrumbs."""

from __future__ import annotations

import threading
from collections import OrderedDict

from django import template
from django.forms import BoundField
from django.template import Context
from django.template.defaultfilters import urlize
from django.template.loader import get_template
from django.urls import reverse
from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe

from accord.core.forms.errors import Problem, page_problems
from accord.core.links import fixed_url
from accord.core.navigation import ITEMS

register = template.Library()

SIZES = {"s": "govuk-label--s", "m": "govuk-label--m", "l": "govuk-label--l"}
LEGENDS = {"s": "govuk-fieldset__legend--s", "m": "govuk-fieldset__legend--m"}


@register.simple_tag
def field(bound_field: BoundField, size: str = "", small: bool = True) -> str:
    """One field drawn by crispy-forms-gds's own field template: label (or legend),
    hint, error message and control, wired together with ids and aria-describedby.

    ``size`` ("s", "m", "l") makes the label or legend bolder; checkboxes and radios are
    the small kind unless ``small=False``."""
    if hasattr(bound_field.form, "_govuk_prepare"):
        bound_field.form._govuk_prepare()
    if not getattr(bound_field.form, "markup_follows_data", False):
        return _draw(bound_field, size, small)
    # A list page's filters are drawn on every visit, each through crispy-forms-gds's
    # templates (about 0.5 ms a field): their markup depends only on the form's class,
    # the field, the value given and its errors, so it is drawn once per such key.
    form = bound_field.form
    key = (
        type(form),
        form.prefix,
        form.is_bound,
        bound_field.name,
        size,
        small,
        repr(bound_field.data if form.is_bound else bound_field.initial),
        tuple(str(error) for error in bound_field.errors),
    )
    with _drawn_lock:
        drawn = _drawn_fields.get(key)
        if drawn is not None:
            _drawn_fields.move_to_end(key)
            return drawn
    drawn = _draw(bound_field, size, small)
    with _drawn_lock:
        _drawn_fields[key] = drawn
        while len(_drawn_fields) > DRAWN_FIELDS_KEPT:
            _drawn_fields.popitem(last=False)
    return drawn


# How many filter fields ``field`` keeps drawn, per process, the least recently used first
# to go; a key holds at most the form's MAX_LENGTH characters of what was typed.
DRAWN_FIELDS_KEPT = 512
_drawn_fields: OrderedDict[tuple[object, ...], str] = OrderedDict()
_drawn_lock = threading.Lock()


def _draw(bound_field: BoundField, size: str, small: bool) -> str:
    return get_template("gds/field.html").render(
        {
            "field": bound_field,
            "form_show_errors": True,
            "form_show_labels": True,
            "label_size": SIZES.get(size, ""),
            "legend_size": LEGENDS.get(size, ""),
            "checkboxes_small": small,
        }
    )


def _problems(context: Context) -> list[Problem]:
    cache = context.render_context
    if "govuk_problems" not in cache:
        cache["govuk_problems"] = page_problems(context.flatten())
    return cache["govuk_problems"]


@register.inclusion_tag("includes/error_summary.html", takes_context=True)
def error_summary(context: Context) -> dict[str, list[Problem]]:
    return {"problems": _problems(context)}


@register.simple_tag(takes_context=True)
def error_prefix(context: Context) -> str:
    return "Error: " if _problems(context) else ""


@register.inclusion_tag("includes/breadcrumbs.html")
def breadcrumbs(*pairs: str) -> dict[str, list[tuple[str, str]]]:
    """``{% breadcrumbs "Agreements" "agreements:list" agreement.display_title url %}``:
    label and address pairs after "Home" (which the template always puts first); an
    address with a colon is a URL name."""
    crumbs = []
    for label, address in zip(pairs[::2], pairs[1::2], strict=True):
        if ":" in str(address) and not str(address).startswith("/"):
            address = reverse(address)
        crumbs.append((label, address))
    return {"crumbs": crumbs}


@register.filter(needs_autoescape=True)
def links(text: str, autoescape: bool = True) -> SafeString:
    """Web and e-mail addresses in escaped text as GOV.UK links."""
    html = urlize(text, autoescape=autoescape)
    return mark_safe(html.replace("<a href=", '<a class="govuk-link" href='))


def _nav_item(current: str, key: str, label: str, name: str) -> SafeString:
    if current == key:
        return format_html(
            '<li class="govuk-service-navigation__item govuk-service-navigation__item--active">'
            '<a class="govuk-service-navigation__link" href="{}" aria-current="true">'
            '<strong class="govuk-service-navigation__active-fallback">{}</strong></a></li>\n',
            fixed_url(name),
            label,
        )
    return format_html(
        '<li class="govuk-service-navigation__item"><a class="govuk-service-navigation__link" '
        'href="{}">{}</a></li>\n',
        fixed_url(name),
        label,
    )


@register.simple_tag(takes_context=True)
def service_navigation(context: Context) -> SafeString:
    """The service navigation's items before "Your account" or "Sign in", the current
    section marked: drawn here rather than by an include per item, which every page paid."""
    current = str(context.get("nav_section") or "")
    return mark_safe("".join(_nav_item(current, *item) for item in ITEMS))


@register.simple_tag(takes_context=True)
def nav_item(context: Context, key: str, label: str, name: str) -> SafeString:
    """One item of the service navigation, as ``service_navigation`` draws them."""
    return _nav_item(str(context.get("nav_section") or ""), key, label, name)


@register.simple_tag
def page_url(name: str) -> str:
    """``{% url name %}`` for a URL name without arguments, reversed once per process."""
    return fixed_url(name)
