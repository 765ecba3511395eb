"""What a user may see and do, read once per request from their roles."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, TypeAlias

from accord.accounts.models import RoleName

if TYPE_CHECKING:
    from django.contrib.auth.models import AnonymousUser

    from accord.accounts.models import User


@dataclass(frozen=True)
class Scope:
    """The bodies and organisations a user holds each role for."""

    authenticated: bool = False
    administrator: bool = False
    bodies: dict[str, frozenset[int]] = field(default_factory=dict)
    organisations: dict[str, frozenset[int]] = field(default_factory=dict)

    def body_ids(self, *roles: str) -> frozenset[int]:
        """Bodies the user holds any of ``roles`` for (any role when none is named)."""
        names = roles or tuple(self.bodies)
        return frozenset().union(*(self.bodies.get(name, frozenset()) for name in names))

    def organisation_ids(self, *roles: str) -> frozenset[int]:
        names = roles or tuple(self.organisations)
        return frozenset().union(*(self.organisations.get(name, frozenset()) for name in names))

    def holds(
        self, role: str, *, body_id: int | None = None, organisation_id: int | None = None
    ) -> bool:
        if body_id is not None:
            return body_id in self.bodies.get(role, frozenset())
        if organisation_id is not None:
            return organisation_id in self.organisations.get(role, frozenset())
        return bool(self.bodies.get(role) or self.organisations.get(role))


# Who is asking: a signed-in user, or the anonymous visitor of a public page.
Viewer: TypeAlias = "User | AnonymousUser | None"

ANONYMOUS = Scope()


def scope_of(user: Viewer) -> Scope:
    """The user's scope, cached on the user object for the rest of the request."""
    if user is None or not user.is_authenticated or not user.is_active:
        return ANONYMOUS
    cached = getattr(user, "_accord_scope", None)
    if cached is not None:
        return cached
    bodies: dict[str, set[int]] = {}
    organisations: dict[str, set[int]] = {}
    administrator = user.is_superuser
    for name, body_id, organisation_id in user.roles.values_list(
        "name", "body_id", "organisation_id"
    ):
        if name == RoleName.ADMINISTRATOR:
            administrator = True
        elif body_id is not None:
            bodies.setdefault(name, set()).add(body_id)
        elif organisation_id is not None:
            organisations.setdefault(name, set()).add(organisation_id)
    scope = Scope(
        authenticated=True,
        administrator=administrator,
        bodies={k: frozenset(v) for k, v in bodies.items()},
        organisations={k: frozenset(v) for k, v in organisations.items()},
    )
    # A private cache on the request's user object; the model declares no such field.
    user._accord_scope = scope  # type: ignore[attr-defined]  # per-request cache, not a field
    return scope


def forget_scope(user: Viewer) -> None:
    """Call after changing a user's roles within the same request."""
    if hasattr(user, "_accord_scope"):
        del user._accord_scope  # type: ignore[union-attr]  # hasattr above rules out None
