"""``rules.predicate`` with the signature the rules package itself leaves undeclared.

rules ships ``py.typed`` but its ``predicate`` decorator has no annotations, so every rule
decorated with it would lose its types under mypy's strict settings.
"""

from __future__ import annotations

from collections.abc import Callable

import rules
from rules.predicates import Predicate


def predicate(fn: Callable[..., bool]) -> Predicate:
    made: Predicate = rules.predicate(fn)
    return made
