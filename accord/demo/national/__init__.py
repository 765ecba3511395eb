"""A synthetic register at any size up to England's, for benchmarks and scale tests.

At national size (``size=1``) it holds about 20,000 organisations, 10,000 bodies in 42
systems, 150 places and 1,250 communities, 10,000 agreements with 200,000 parties,
50,000 meetings and 100,000 signatures, with the versions, sections, routes, decisions,
memberships, reporting lines and audit entries that go with them in the proportions a
real instance would have. ``size`` scales every count; ``"10x"`` means ten times the
Thurrock demo's 26 organisations.

Everything is inserted in bulk, agreements a chunk at a time so memory stays flat, in
one transaction: a failure leaves nothing behind. The same size and seed always give
the same register. It respects every model constraint: signatures and decisions are
inserted as new rows, versions are published with the hash of their sections, and each
agreement's steps and parties stand where its status says.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable

from django.db import connection, transaction

from .agreements import build_chunk, link_lineage
from .audit import append_to_chain, chunk_entries
from .bodies import build_accounts, build_bodies, build_meetings
from .outcomes import settle_chunk
from .register import World, build_areas, build_organisations, build_people
from .words import Names

DEMO_ORGANISATIONS = 26
NATIONAL_ORGANISATIONS = 20_000
CHUNK = 500
SIZE_NAMES = ("1x", "10x", "100x", "national")


def parse_size(text: str) -> float:
    """``national`` is 1; ``Nx`` is N times the demo (by organisations); a bare number is a
    fraction of national size."""
    text = text.strip().lower()
    if text == "national":
        return 1.0
    try:
        if text.endswith("x"):
            return float(text[:-1]) * DEMO_ORGANISATIONS / NATIONAL_ORGANISATIONS
        value = float(text)
    except ValueError:
        raise ValueError(
            f"{text!r} is not a size: use national, a multiple of the demo such as 10x, "
            "or a fraction of national size such as 0.5."
        ) from None
    if value <= 0:
        raise ValueError("The size must be more than zero.")
    return value


def generate(*, size: float, seed: int = 1, say: Callable[[str], None] = lambda _: None) -> dict:
    """Add a synthetic register of ``size`` (1 = national) to the database; returns counts."""
    rng = random.Random(seed)
    world = World(rng=rng, names=Names(rng), seed=seed)
    started = time.perf_counter()

    def step(message: str) -> None:
        say(f"{time.perf_counter() - started:6.1f} s  {message}")

    with transaction.atomic():
        _reserve_existing_slugs(world)
        build_areas(
            world,
            systems=max(1, round(42 * size)),
            places=max(1, round(150 * size)),
            communities=max(2, round(1250 * size)),
        )
        build_organisations(world, size=size)
        people = build_people(world, count=max(10, round(20_000 * size)))
        step(f"{world.counts['organisations']} organisations and {world.counts['people']} people")
        build_bodies(world, total=max(3, round(10_000 * size)), people_by_org=people)
        build_accounts(world)
        build_meetings(world, total=max(5, round(50_000 * size)))
        step(f"{world.counts['bodies']} bodies and {world.counts['meetings']} meetings")
        wanted, serial = max(2, round(10_000 * size)), 1
        earlier: list[int] = []  # agreements of earlier chunks, which later ones adapt
        while serial <= wanted:
            count = min(CHUNK, wanted - serial + 1)
            made = build_chunk(world, count, serial)
            link_lineage(world, made, earlier)
            outcomes = settle_chunk(world, made)
            entries = chunk_entries(world, made, outcomes)
            append_to_chain(entries)
            world.counts["audit entries"] = world.counts.get("audit entries", 0) + len(entries)
            earlier += [a.pk for a in made.agreements[:50]]
            serial += count
            step(
                f"{world.counts['agreements']} agreements, {world.counts['parties']} parties, "
                f"{world.counts.get('signatures', 0)} signatures"
            )
    # The tables grew by orders of magnitude at once: the planners' statistics must
    # follow, or they plan for the tables as they were (SQLite keeps none until asked;
    # PostgreSQL's autovacuum gets to it a minute or more later). On PostgreSQL a vacuum
    # does what autovacuum would do next: it moves the rows just added to the trigram
    # indexes out of their pending lists (which every search otherwise reads through
    # whole) and marks the tables' pages all-visible, so counts can read indexes alone.
    # A vacuum cannot run inside a transaction (a test's): statistics only, then.
    vacuum = connection.vendor == "postgresql" and not connection.in_atomic_block
    with connection.cursor() as cursor:
        cursor.execute("VACUUM (ANALYZE)" if vacuum else "ANALYZE")
    step("tables vacuumed and statistics updated" if vacuum else "statistics updated")
    return world.counts


def _reserve_existing_slugs(world: World) -> None:
    """Slugs already in the database (the demo, an earlier run) are not given again."""
    from accord.agreements.models import Agreement
    from accord.governance.models import Area, Body
    from accord.organisations.models import Organisation

    for model in (Agreement, Area, Body, Organisation):
        world.names.used_slugs.update(model.objects.values_list("slug", flat=True))
