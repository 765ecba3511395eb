"""Searching organisations by any part of a name: the SQLite FTS5 trigram index
(accord/organisations/name_index.py) gives exactly what reading every name with LIKE gives,
and follows every write at once. On PostgreSQL the same tests check the search itself
(there the trigram indexes of migration 0003 answer it)."""

from __future__ import annotations

import pytest
from django.db import connection

from accord.organisations import name_index
from accord.organisations.models import Organisation
from accord.organisations.selectors import organisation_search
from tests.organisations.factories import OrganisationFactory, OrganisationNameFactory

pytestmark = pytest.mark.django_db

sqlite_only = pytest.mark.skipif(
    connection.vendor != "sqlite", reason="the FTS5 index is SQLite's alone"
)


def found(query: str) -> set[str]:
    return {o.name for o in organisation_search(query=query)}


def read_every_name(query: str) -> set[str]:
    """The answer without any index: every name, short name and other name read in Python."""
    q = query.strip().lower()
    return {
        o.name
        for o in Organisation.objects.prefetch_related("other_names")
        if any(
            q in name.lower()
            for name in [o.name, o.short_name, *(n.name for n in o.other_names.all())]
        )
    }


@pytest.fixture
def register():
    basildon = OrganisationFactory(name="Basildon Borough Council", short_name="BBC")
    OrganisationFactory(name="Mid and South Essex NHS Foundation Trust", short_name="MSEFT")
    OrganisationFactory(name='The "Quoted" Trust', short_name="")
    OrganisationFactory(name="100% Housing Partnership", short_name="")
    OrganisationNameFactory(organisation=basildon, name="Basildon District Council")
    return basildon


@pytest.mark.parametrize(
    "query",
    [
        "council",
        "COUNCIL",
        "borough",
        "mseft",
        "District",
        "essex nhs",
        '"Quoted"',
        "100%",
        "ouncil",
        "zzz",
        "NHS",
        "BB",
        "e",
        "Trust",
        '"',
        "%",
    ],  # fmt: skip
)
def test_search_gives_what_reading_every_name_gives(register, query):
    assert found(query) == read_every_name(query)


@sqlite_only
def test_the_index_is_made_on_sqlite_and_used_from_three_characters(register):
    assert name_index.usable("abc")
    assert not name_index.usable("ab")  # no trigram: LIKE reads the names
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT rowid FROM organisations_organisation_fts "
            "WHERE organisations_organisation_fts MATCH %s",
            [name_index.phrase("basildon")],
        )
        assert [row[0] for row in cursor.fetchall()] == [register.pk]


def test_a_rename_a_new_name_and_a_removal_are_found_at_once(register):
    assert found("Basildon") == {"Basildon Borough Council"}
    register.name = "Basildon City Council"
    register.save()
    assert found("Borough") == set()
    assert found("city coun") == {"Basildon City Council"}
    other = OrganisationNameFactory(organisation=register, name="Billericay Union")
    assert found("billericay") == {"Basildon City Council"}
    other.name = "Wickford Union"
    other.save()
    assert found("billericay") == set()
    assert found("wickford") == {"Basildon City Council"}
    other.delete()
    assert found("wickford") == set()
    Organisation.objects.filter(pk=register.pk).update(short_name="BCC")  # a bulk write
    assert found("BCC") == {"Basildon City Council"}
    register.delete()
    assert found("Basildon") == set()


@sqlite_only
def test_the_index_is_made_again_from_the_rows_after_a_migration(register):
    """A table SQLite rebuilds during a migration loses its triggers; installing again
    (as every migrate does) puts them back and catches up with what was written meanwhile."""
    with connection.cursor() as cursor:
        for event in ("insert", "update", "delete"):
            cursor.execute(f"DROP TRIGGER organisations_organisation_fts_{event}")
    OrganisationFactory(name="Castle Point Borough Council")
    assert found("Castle Point") == set()  # the index missed it
    assert name_index.install()
    assert found("Castle Point") == {"Castle Point Borough Council"}
    OrganisationFactory(name="Rochford District Council")
    assert found("Rochford") == {"Rochford District Council"}
