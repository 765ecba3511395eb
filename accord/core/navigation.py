"""Which item of the service navigation a page belongs to, so it can be marked current."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from django.urls import ResolverMatch

# (namespace, URL name) -> navigation item; a namespace alone covers all its pages.
SECTIONS: dict[str | tuple[str, str | None], str] = {
    ("governance", "bodies"): "bodies",
    ("governance", "body"): "bodies",
    ("governance", "map"): "map",
    ("governance", "area_map"): "map",
    ("governance", "areas"): "areas",
    ("governance", "area"): "areas",
    ("reports", "forward_plan"): "bodies",
    ("reports", "annual_report"): "bodies",
    ("accounts", "me"): "account",
    ("accounts", "login"): "sign-in",
    ("api", "tokens"): "account",
    "agreements": "agreements",
    "consultations": "agreements",
    "signing": "agreements",
    "reports": "agreements",
    "imports": "agreements",
    "organisations": "organisations",
    "approvals": "meetings",
}


def section_of(resolver_match: ResolverMatch | None) -> str:
    if resolver_match is None:
        return ""
    namespace, name = resolver_match.namespace, resolver_match.url_name
    return SECTIONS.get((namespace, name)) or SECTIONS.get(namespace, "")


# The service navigation's items, in order: (key, label, URL name). "Your account" and
# "Sign in" follow them, depending on whether the person is signed in (base.html).
ITEMS: tuple[tuple[str, str, str], ...] = (
    ("agreements", "Agreements", "agreements:list"),
    ("organisations", "Organisations", "organisations:list"),
    ("bodies", "Bodies", "governance:bodies"),
    ("map", "Governance map", "governance:map"),
    ("areas", "Areas", "governance:areas"),
    ("meetings", "Meetings", "approvals:meetings"),
)
