"""``rules.predicate`` with the signature the rules package itself leaves undeclared.

rules ships ``py.typed`` but its ``predicate`` decorator has no annotations, so every rule
decorated with it would lose its types under mypy's strict settings.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeAlias

import rules
from rules.predicates import Predicate

if TYPE_CHECKING:
    from django.contrib.auth.models import AnonymousUser

    from accord.accounts.models import User


def predicate(fn: Callable[..., bool]) -> Predicate:
    made: Predicate = rules.predicate(fn)
    return made


# Who a rule is asked about: a signed-in user, or the anonymous visitor of a public page.
Viewer: TypeAlias = "User | AnonymousUser | None"
