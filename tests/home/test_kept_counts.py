"""The start page's counts by status and its next approval steps are kept between requests
(accord.caching.values) rather than worked out over the whole register each time: they
must still be exactly what each person may see, and follow a change at once."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import AnonymousUser
from django.db.models import Count

from accord.accounts.models import User
from accord.agreements.models import Agreement, AgreementStatus
from accord.agreements.selectors import counts_by_status, first_by_status
from accord.agreements.visibility import visible_agreements
from accord.approvals.models import ApprovalStep, StepStatus
from accord.approvals.selectors import next_open_steps, next_open_steps_for

pytestmark = pytest.mark.django_db


def counted_now(user) -> dict[str, int]:
    """The counts read from the register on the spot: what the kept counts must equal."""
    return dict(visible_agreements(user).values_list("status").annotate(n=Count("id")).order_by())


@pytest.fixture
def people(bf_officer):
    admin = User.objects.create_superuser(email="admin@example.org", password="pw-admin-1")
    return [AnonymousUser(), bf_officer, admin]


def test_each_person_is_given_the_counts_of_what_they_may_see(people):
    mou = Agreement.objects.get(slug="childrens-mou")
    Agreement.objects.filter(pk=mou.pk).update(status=AgreementStatus.DRAFT)
    for user in people:
        assert counts_by_status(user) == counted_now(user)
    anonymous, officer, admin = people
    assert AgreementStatus.DRAFT not in counts_by_status(anonymous)
    assert counts_by_status(officer)[AgreementStatus.DRAFT] >= 1  # its own draft


def test_each_person_is_given_the_next_steps_of_what_they_may_see(people):
    for user in people:
        assert next_open_steps_for(user) == next_open_steps(visible_agreements(user))


def test_a_change_of_status_shows_on_the_start_page_at_once(client, demo, page_cache_off):
    before = counts_by_status(AnonymousUser())
    client.get("/")  # the counts are kept
    mou = Agreement.objects.get(slug="childrens-mou")
    old = mou.status
    Agreement.objects.filter(pk=mou.pk).update(status=AgreementStatus.EXPIRED)
    after = counts_by_status(AnonymousUser())
    assert after == counted_now(AnonymousUser()) != before
    assert after.get(AgreementStatus.EXPIRED, 0) == before.get(AgreementStatus.EXPIRED, 0) + 1
    assert after.get(old, 0) == before.get(old, 0) - 1
    page = client.get("/").content.decode()
    label = AgreementStatus(AgreementStatus.EXPIRED).label
    count = after[AgreementStatus.EXPIRED]
    assert f'{label} <span class="govuk-caption-m">{count} agreement' in page


def test_a_step_done_leaves_the_next_steps_at_once(client, demo, page_cache_off):
    shown = next_open_steps_for(AnonymousUser())
    assert shown, "the demo has public agreements with open steps"
    client.get("/")
    step = shown[0]
    ApprovalStep.objects.filter(pk=step.pk).update(status=StepStatus.DONE)
    now = next_open_steps_for(AnonymousUser())
    assert step.pk not in [s.pk for s in now]
    assert now == next_open_steps(visible_agreements(AnonymousUser()))


def first_now(user, status: str) -> list[int]:
    return list(
        visible_agreements(user)
        .filter(status=status)
        .order_by("title", "id")
        .values_list("pk", flat=True)[:5]
    )


def test_each_person_is_given_the_first_agreements_of_what_they_may_see(people):
    mou = Agreement.objects.get(slug="childrens-mou")
    Agreement.objects.filter(pk=mou.pk).update(status=AgreementStatus.DRAFT)
    statuses = [status for status, _ in AgreementStatus.choices]
    for user in people:
        kept = first_by_status(user, statuses)
        assert {s: [a.pk for a in rows] for s, rows in kept.items()} == {
            s: first_now(user, s) for s in statuses
        }
    anonymous, officer, _ = people
    assert first_by_status(anonymous, [AgreementStatus.DRAFT])[AgreementStatus.DRAFT] == []
    assert mou.pk in [a.pk for a in first_by_status(officer, [AgreementStatus.DRAFT])["draft"]]


def test_a_new_title_status_or_body_name_shows_on_the_start_page_at_once(
    client, demo, page_cache_off
):
    from accord.governance.models import Body

    mou = Agreement.objects.get(slug="childrens-mou")
    assert mou.status in (AgreementStatus.SIGN_UP, AgreementStatus.IN_FORCE)
    assert "Aardvark" not in client.get("/").content.decode()  # the lists are now kept
    Agreement.objects.filter(pk=mou.pk).update(title="Aardvark first agreement", short_title="")
    page = client.get("/").content.decode()
    assert "Aardvark first agreement" in page
    Body.objects.filter(pk=mou.owning_body_id).update(name="Renamed Partnership Board")
    assert "Renamed Partnership Board" in client.get("/").content.decode()
    Agreement.objects.filter(pk=mou.pk).update(status=AgreementStatus.DRAFT)
    assert "Aardvark first agreement" not in client.get("/").content.decode()
