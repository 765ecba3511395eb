"""Every URL of Accord, as every persona, against the table of who may see what.

A URL pattern with no row in any table fails this test: a new page cannot ship
without saying who may see it.
"""

from __future__ import annotations

import importlib
import pkgutil

import pytest
from django.urls import URLPattern, URLResolver, get_resolver

import tests.permissions as tables_package
from accord.demo.loader import demo_load
from tests.permissions.personas import PASSWORD, PERSONAS, make_personas
from tests.second_factor import sign_in_fully

IGNORED_NAMESPACES = {"admin"}  # Django's own admin guards itself with is_staff


def all_rows():
    rows = []
    for module in pkgutil.iter_modules(tables_package.__path__):
        if module.name.startswith("table_"):
            rows += importlib.import_module(f"tests.permissions.{module.name}").ROWS
    return rows


def url_names(resolver=None, namespace="") -> set[str]:
    names = set()
    for pattern in (resolver or get_resolver()).url_patterns:
        if isinstance(pattern, URLResolver):
            inner = f"{namespace}{pattern.namespace}:" if pattern.namespace else namespace
            if pattern.namespace in IGNORED_NAMESPACES:
                continue
            names |= url_names(pattern, inner)
        elif isinstance(pattern, URLPattern) and pattern.name:
            names.add(f"{namespace}{pattern.name}")
    return names


def test_every_url_has_a_row():
    covered = {row.url_name for row in all_rows()}
    missing = url_names() - covered
    assert not missing, f"URLs with no row in the permission table: {sorted(missing)}"
    stale = covered - url_names()
    assert not stale, f"rows for URLs that no longer exist: {sorted(stale)}"


@pytest.mark.django_db
def test_every_persona_gets_the_status_in_the_table(client):
    demo_load()
    people = make_personas()
    failures = []
    for persona in PERSONAS:
        client.logout()
        if people[persona] is not None:
            # The administrator gives a second factor too, as they must before any page.
            sign_in_fully(client, people[persona], PASSWORD)
        for row in all_rows():
            path = row.build_path()
            status = client.get(path).status_code
            if status != row.statuses[persona]:
                failures.append(
                    f"{persona:<14} GET {path:<50} {status}, expected {row.statuses[persona]}"
                )
    assert not failures, "\n".join(failures)
