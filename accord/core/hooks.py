"""Answers a lower app asks of the apps above it, without importing them.

The agreements app draws the agreement page, which shows who signed; but signing sits above
agreements in the one direction apps may depend (docs/architecture.md). So agreements
declares a hook, typed by the function it needs, with the answer it gets while nothing is
provided; signing provides the function in its ``AppConfig.ready``. A hook has exactly one
provider: a second would be a second owner of the same answer, which is refused.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")


class Hook(Generic[P, R]):
    def __init__(self, name: str, default: Callable[P, R]) -> None:
        self.name = name
        self._default = default
        self._provider: Callable[P, R] | None = None

    def provide(self, function: Callable[P, R]) -> Callable[P, R]:
        """Name ``function`` as the answer (usable as a decorator). Providing the same
        function again is harmless; a different one is a mistake."""
        if self._provider is not None and self._provider is not function:
            raise RuntimeError(f"The hook {self.name!r} already has a provider.")
        self._provider = function
        return function

    def __call__(self, *args: P.args, **kwargs: P.kwargs) -> R:
        function = self._provider if self._provider is not None else self._default
        return function(*args, **kwargs)

    def __repr__(self) -> str:
        provider: Any = self._provider
        return f"<Hook {self.name} provided by {getattr(provider, '__qualname__', None)}>"
