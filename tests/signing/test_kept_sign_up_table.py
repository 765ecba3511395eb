"""The sign-up table (the agreement page's parties and the sign-up page) is kept between
requests until a row it read, or its agreement, changes (accord.caching.values.
cached_rows_value, the page cache's rule for a page about rows). Each change a person can
make to what it shows must show at once, with the page cache off as for a signed-in
person, and the kept table must equal one read afresh."""

from __future__ import annotations

import re

import pytest

from accord.accounts.models import User
from accord.agreements.models import Party
from accord.organisations.models import OrganisationName
from accord.signing import selectors
from accord.signing.services import invitations, signatures
from tests.agreements.factories import PartyFactory
from tests.organisations.factories import OrganisationFactory
from tests.signing_setup import agreement_open_for_signing

pytestmark = pytest.mark.django_db
HERE = signatures.Context(ip_address="127.0.0.1", user_agent="pytest")


def table_now(agreement) -> list[tuple[str, str]]:
    """What the table says, read afresh (not kept)."""
    data = selectors._progress(agreement)
    return [(row.name, row.state.label) for _, rows in data["groups"] for row in rows]


def table_kept(agreement) -> list[tuple[str, str]]:
    data = selectors.progress(agreement)
    return [(row.name, row.state.label) for _, rows in data["groups"] for row in rows]


def test_signing_adding_a_party_and_renaming_show_at_once(client, mailoutbox, page_cache_off):
    admin = User.objects.create_superuser(email="root@example.org", password="x")
    agreement, _ = agreement_open_for_signing(2)
    invitations.signing_open(actor=admin, agreement=agreement)
    first = re.search(r"/sign-up/sign/([\w-]+)/", mailoutbox[0].body).group(1)
    page = f"/sign-up/agreements/{agreement.slug}/"
    assert "Ada Signer" not in client.get(page).content.decode()  # the table is now kept
    assert table_kept(agreement) == table_now(agreement)

    signatures.sign_with_link(
        token=first, full_name="Ada Signer", post="Chief Executive", decision="signed",
        reason="", context=HERE,
    )  # fmt: skip
    assert "Ada Signer" in client.get(page).content.decode()
    assert "Ada Signer" in client.get(agreement.get_absolute_url()).content.decode()
    assert table_kept(agreement) == table_now(agreement)

    newcomer = OrganisationFactory(name="Rochford District Council")
    PartyFactory(agreement=agreement, organisation=newcomer, order=9)
    assert "Rochford District Council" in client.get(page).content.decode()
    assert table_kept(agreement) == table_now(agreement)

    OrganisationName.objects.filter(organisation=newcomer).delete()
    newcomer.name = "Rochford Council"
    newcomer.save()
    assert "Rochford Council<" in client.get(page).content.decode()
    Party.objects.filter(organisation=newcomer).delete()
    assert "Rochford" not in client.get(page).content.decode()
    assert table_kept(agreement) == table_now(agreement)


def test_the_table_is_kept_until_something_it_read_changes(django_assert_max_num_queries):
    agreement, _ = agreement_open_for_signing(3)
    selectors.progress(agreement)
    # Kept: the store and the change log, nothing of the parties themselves.
    with django_assert_max_num_queries(2):
        selectors.progress(agreement)
    PartyFactory(order=9)  # a party of another agreement: no row the table read
    with django_assert_max_num_queries(2):
        assert len(table_kept(agreement)) == 3
