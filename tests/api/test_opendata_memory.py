"""Exports stream: serving 100,000 rows needs about as much memory as 10,000."""

from __future__ import annotations

import tracemalloc

import pytest

from accord.api.opendata.views import dataset_csv
from accord.organisations.models import Organisation, OrganisationKind

pytestmark = pytest.mark.django_db


def _add_organisations(start: int, count: int) -> None:
    Organisation.objects.bulk_create(
        (
            Organisation(
                name=f"Organisation number {n:06d} in a long list of partners",
                slug=f"organisation-{n}",
                kind=OrganisationKind.OTHER,
            )
            for n in range(start, start + count)
        ),
        batch_size=5000,
    )


def _peak_while_streaming(rf) -> tuple[int, int]:
    """Peak traced memory while the whole CSV is read, and how many bytes it was."""
    tracemalloc.start()
    try:
        response = dataset_csv(rf.get("/open-data/organisations.csv"), slug="organisations")
        size = sum(len(chunk) for chunk in response.streaming_content)
        return tracemalloc.get_traced_memory()[1], size
    finally:
        tracemalloc.stop()


def test_csv_memory_stays_flat_from_ten_thousand_to_a_hundred_thousand_rows(rf):
    _add_organisations(0, 10_000)
    small_peak, small_size = _peak_while_streaming(rf)
    _add_organisations(10_000, 90_000)
    large_peak, large_size = _peak_while_streaming(rf)
    assert large_size > 9 * small_size  # ten times the rows went out
    # Memory did not follow the rows: a tenth of the rows needed over half as much.
    assert large_peak < 2 * small_peak, (small_peak, large_peak)
