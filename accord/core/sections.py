"""Pages that show what other apps own, without importing them.

An organisation's page lists the agreements it is party to and a body's page the meetings it
holds, but `organisations` and `governance` sit below `agreements` and `approvals` in the one
direction apps may depend (docs/architecture.md). So the page owns its frame and the apps
above add their parts to it: each registers a section for a kind of page in its
`AppConfig.ready`, and the page's view draws whatever sections are registered, in order.

A section is a template and a function giving its context from the request and the object
the page is about; the function decides what this person may see (it is the owning app's
visibility rule, applied where that app can apply it).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from django.http import HttpRequest
from django.template.loader import render_to_string
from django.utils.safestring import SafeString

SectionContext = Callable[[HttpRequest, Any], Mapping[str, Any]]


@dataclass(frozen=True)
class Section:
    name: str
    template: str
    context: SectionContext
    order: int


_SECTIONS: dict[str, dict[str, Section]] = {}


def add_section(
    page: str, *, name: str, template: str, context: SectionContext, order: int = 100
) -> None:
    """Register a section of ``page`` ("organisation", "body", ...). Registering the same
    name again replaces it, so an app's ``ready`` may run twice without doubling it."""
    _SECTIONS.setdefault(page, {})[name] = Section(name, template, context, order)


def sections_of(page: str) -> list[Section]:
    return sorted(
        _SECTIONS.get(page, {}).values(), key=lambda section: (section.order, section.name)
    )


def render_sections(page: str, request: HttpRequest, subject: Any) -> list[SafeString]:
    """Each registered section of ``page`` about ``subject``, drawn for this request."""
    drawn = []
    for section in sections_of(page):
        context = {"subject": subject, **section.context(request, subject)}
        drawn.append(SafeString(render_to_string(section.template, context, request=request)))
    return drawn
