"""Domain events: a service says what happened; whoever cares subscribes.

A domain service (an agreement changes status, a step is decided, a party signs) calls
``publish`` and knows nothing of who listens: webhooks, e-mail, the audit anchor and the
task queue subscribe in their own app's ``ready()``. That keeps the dependency between
apps pointing one way (see docs/architecture.md).

Two kinds of subscriber:

- ``in_transaction=True``: runs at once, inside the publisher's transaction, for work
  that must commit or roll back with the change (a webhook delivery row: an outbox).
- the default: runs after the transaction commits, for work that must not happen for a
  change that was rolled back (e-mails, publishing a sealed audit head).
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from typing import Any

from django.db import transaction

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Event:
    name: str
    payload: dict[str, Any] = field(default_factory=dict)


Handler = Callable[[Event], None]

_now: dict[str, list[Handler]] = defaultdict(list)
_after_commit: dict[str, list[Handler]] = defaultdict(list)


def subscribe(name: str, handler: Handler, *, in_transaction: bool = False) -> None:
    """Call ``handler(event)`` for every event called ``name``. Subscribing twice is a no-op."""
    handlers = (_now if in_transaction else _after_commit)[name]
    if handler not in handlers:
        handlers.append(handler)


def publish(name: str, **payload: Any) -> Event:
    """Tell every subscriber that ``name`` happened. In-transaction handlers run now and
    their errors propagate (the change rolls back); the others run after commit, and an
    error in one is logged without stopping the rest."""
    event = Event(name, payload)
    for handler in list(_now.get(name, ())):
        handler(event)
    for handler in list(_after_commit.get(name, ())):
        transaction.on_commit(partial(_run_safely, handler, event))
    return event


def _run_safely(handler: Handler, event: Event) -> None:
    try:
        handler(event)
    except Exception:  # one failing subscriber must not stop the others
        logger.exception("Handler %s failed for event %s", handler.__qualname__, event.name)
