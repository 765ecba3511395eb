"""Every URL of Accord, as every persona, against the table of who may see what.

A URL pattern with no row in any table fails this test: a new page cannot ship
without saying who may see it.
"""

from __future__ import annotations

import importlib
import pkgutil

import pytest
from django.db import transaction
from django.urls import URLPattern, URLResolver, get_resolver

import tests.permissions as tables_package
from accord.demo.loader import demo_load
from tests.permissions.personas import PERSONAS, make_personas
from tests.second_factor import login_fully

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


def _cases():
    """One case per row and persona: each is its own test, so a failure names exactly
    which URL and persona, and the table can be run in pieces (``-k table_signing``)."""
    cases = []
    for module in sorted(pkgutil.iter_modules(tables_package.__path__), key=lambda m: m.name):
        if not module.name.startswith("table_"):
            continue
        rows = importlib.import_module(f"tests.permissions.{module.name}").ROWS
        for index, row in enumerate(rows):
            for persona in PERSONAS:
                cases.append(
                    pytest.param(row, persona, id=f"{module.name}-{index}-{row.url_name}-{persona}")
                )
    return cases


@pytest.fixture(scope="module")
def people(django_db_setup, django_db_blocker):
    """The demo data and the personas, made once for the whole table and rolled back at
    its end, so the many cases stay fast and leave nothing behind."""
    with django_db_blocker.unblock(), transaction.atomic():
        demo_load()
        yield make_personas()
        transaction.set_rollback(True)


@pytest.mark.django_db
@pytest.mark.parametrize(("row", "persona"), _cases())
def test_each_persona_gets_the_status_in_the_table(client, people, row, persona):
    if people[persona] is not None:
        # The administrator gives a second factor too, as they must before any page.
        login_fully(client, people[persona])
    path = row.build_path()
    status = client.get(path).status_code
    assert status == row.statuses[persona], (
        f"{persona} GET {path}: {status}, expected {row.statuses[persona]}"
    )
