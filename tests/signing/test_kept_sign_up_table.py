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


def test_a_part_of_the_table_holds_those_rows_and_the_whole_tables_figures(mailoutbox):
    """``rows=(start, stop)``: a page of the table, kept on its own, costs what it shows;
    its counts, progress and total stay the whole table's, and a signature on a row
    outside the part still shows at once in its figures."""
    admin = User.objects.create_superuser(email="root@example.org", password="x")
    agreement, _ = agreement_open_for_signing(5)
    invitations.signing_open(actor=admin, agreement=agreement)
    whole = table_now(agreement)

    def part(start: int, stop: int) -> dict:
        return selectors.progress(agreement, rows=(start, stop))

    middle = part(1, 3)
    assert [(r.name, r.state.label) for _, rows in middle["groups"] for r in rows] == whole[1:3]
    assert [r.name for r in middle["standing"].rows] == [name for name, _ in whole[1:3]]
    assert middle["total"] == 5 and middle["progress"].total == 5
    assert [r.name for _, rows in part(4, 8)["groups"] for r in rows] == [whole[4][0]]

    # Sign as the first party: a row outside the part kept above.
    mail = next(m for m in mailoutbox if f"signatory of {whole[0][0]} (" in m.body)
    token = re.search(r"/sign-up/sign/([\w-]+)/", mail.body).group(1)
    signatures.sign_with_link(
        token=token, full_name="Ada Signer", post="Chief Executive", decision="signed",
        reason="", context=HERE,
    )  # fmt: skip
    after = part(1, 3)
    assert after["counts"]["signed"] == 1 and after["progress"].done == 1
    assert [r.name for _, rows in after["groups"] for r in rows] == [n for n, _ in whole[1:3]]
    assert all(r.signature is None for r in after["standing"].rows)
    assert part(0, 1)["standing"].rows[0].signature.full_name == "Ada Signer"
