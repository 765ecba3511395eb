"""Stopping password guessing: per account and per address, with a growing lock-out.

Every failed password sign-in counts against the e-mail address typed (whether or not an
account has it, so the answer never tells who has one) and against the address it came
from. At ``ACCORD_SIGNIN_ACCOUNT_LIMIT`` failures for an e-mail address, or
``ACCORD_SIGNIN_ADDRESS_LIMIT`` from one address (higher: a council's staff share one
address behind its firewall), sign-in is locked for ``ACCORD_SIGNIN_LOCK_MINUTES``; every
further failure after a lock doubles it, up to a day. A success clears the account's
count; failures are forgotten a day after the last. Locks and unlocks are audited, and
administrators can unlock on the sign-in locks page.
"""

from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils import timezone

from accord.accounts.models import SignInThrottle
from accord.audit.actions import AuditAction
from accord.audit.services import audit_record

ACCOUNT = SignInThrottle.Kind.ACCOUNT
ADDRESS = SignInThrottle.Kind.ADDRESS
FORGET_AFTER = dt.timedelta(days=1)
LONGEST_LOCK = dt.timedelta(days=1)


def _limits() -> dict[str, int]:
    return {
        ACCOUNT: getattr(settings, "ACCORD_SIGNIN_ACCOUNT_LIMIT", 5),
        ADDRESS: getattr(settings, "ACCORD_SIGNIN_ADDRESS_LIMIT", 30),
    }


def _keys(email: str, address: str) -> list[tuple[str, str]]:
    keys: list[tuple[str, str]] = [(ACCOUNT, (email or "").strip().lower()[:254])]
    if address:
        keys.append((ADDRESS, address[:64]))
    return keys


def signin_lock_for(*, email: str, address: str) -> SignInThrottle | None:
    """The lock in force for this e-mail address or this client address, if any (the
    one that ends last)."""
    now = timezone.now()
    locks = [
        throttle
        for kind, key in _keys(email, address)
        for throttle in SignInThrottle.objects.filter(kind=kind, key=key, locked_until__gt=now)
    ]
    # Every lock here has an end (filtered on locked_until above); ``or now`` only tells mypy.
    return max(locks, key=lambda throttle: throttle.locked_until or now, default=None)


@transaction.atomic
def signin_failure_record(*, email: str, address: str) -> SignInThrottle | None:
    """Count one failed password; the lock this failure set, if it set one."""
    now = timezone.now()
    limits = _limits()
    first_lock = dt.timedelta(minutes=getattr(settings, "ACCORD_SIGNIN_LOCK_MINUTES", 5))
    newly_locked = None
    for kind, key in _keys(email, address):
        throttle, _ = SignInThrottle.objects.select_for_update().get_or_create(
            kind=kind, key=key, defaults={"last_failure_at": now}
        )
        if now - throttle.last_failure_at > FORGET_AFTER:
            throttle.failures, throttle.locks = 0, 0
        throttle.failures += 1
        throttle.last_failure_at = now
        if throttle.failures >= limits[kind]:
            throttle.locks += 1
            length = min(first_lock * 2 ** min(throttle.locks - 1, 20), LONGEST_LOCK)
            throttle.locked_until = now + length
            newly_locked = throttle
        throttle.save()
        if throttle.locked_until and throttle.locked_until > now and throttle is newly_locked:
            audit_record(
                actor=None,
                actor_label="sign-in guard",
                action=AuditAction.ACCOUNTS_SIGNIN_LOCK,
                obj=throttle,
                after={
                    "kind": kind,
                    "key": key,
                    "failures": throttle.failures,
                    "locked_until": throttle.locked_until,
                },
            )
    return newly_locked


@transaction.atomic
def signin_success_record(*, email: str) -> None:
    """A correct password: the account's count starts again (the address's does not, so
    one good account cannot hide guessing at others from the same place)."""
    SignInThrottle.objects.filter(kind=ACCOUNT, key=(email or "").strip().lower()).delete()


@transaction.atomic
def signin_unlock(*, actor, throttle: SignInThrottle) -> None:
    if not actor.has_perm("accounts.manage_roles"):
        raise PermissionDenied("Only an administrator can unlock sign-in.")
    before = {
        "kind": throttle.kind,
        "key": throttle.key,
        "failures": throttle.failures,
        "locked_until": throttle.locked_until,
    }
    audit_record(
        actor=actor,
        action=AuditAction.ACCOUNTS_SIGNIN_UNLOCK,
        obj=throttle,
        before=before,
        after={"failures": 0, "locked_until": None},
    )
    throttle.delete()


def lock_message(throttle: SignInThrottle) -> str:
    until = timezone.localtime(throttle.locked_until)
    when = f"{until:%H:%M}" if until.date() == timezone.localdate() else f"{until:%H:%M on %-d %B}"
    whom = "this account" if throttle.kind == ACCOUNT else "sign-ins from your network"
    return (
        f"There have been too many wrong passwords, so {whom} is locked until {when}. "
        "Try again then, or reset your password; an administrator can also unlock it."
    )
