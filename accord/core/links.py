"""Addresses of pages that take no arguments, worked out once per process.

Every page draws the same dozen links in its header and footer; reversing each of them
on every request cost about as much as the trivial view itself. An address depends only
on the URL configuration and the prefix the site is served under, so it is kept under
both (a test that swaps the URL configuration gets its own)."""

from __future__ import annotations

from functools import lru_cache

from django.conf import settings
from django.core.signals import setting_changed
from django.dispatch import receiver
from django.urls import get_script_prefix, get_urlconf, reverse


def fixed_url(name: str) -> str:
    """``reverse(name)`` for a URL name without arguments, kept per URL configuration
    and script prefix."""
    return _reversed(get_script_prefix(), get_urlconf() or settings.ROOT_URLCONF, name)


@lru_cache(maxsize=256)
def _reversed(prefix: str, urlconf: object, name: str) -> str:
    return reverse(name, urlconf=urlconf)


@receiver(setting_changed)
def _forget(*, setting: str, **kwargs: object) -> None:
    if setting == "ROOT_URLCONF":
        _reversed.cache_clear()
