"""Addresses of pages that take no arguments, worked out once per process.

Every page draws the same dozen links in its header and footer; reversing each of them
on every request cost about as much as the trivial view itself. An address depends only
on the URL configuration and the prefix the site is served under, so it is kept under
both (a test that swaps the URL configuration gets its own)."""

from __future__ import annotations

from functools import lru_cache
from urllib.parse import quote

from django.conf import settings
from django.core.signals import setting_changed
from django.dispatch import receiver
from django.urls import NoReverseMatch, get_script_prefix, get_urlconf, reverse
from django.utils.http import RFC3986_SUBDELIMS


def fixed_url(name: str) -> str:
    """``reverse(name)`` for a URL name without arguments, kept per URL configuration
    and script prefix."""
    return _reversed(get_script_prefix(), _urlconf(), name)


@lru_cache(maxsize=256)
def _reversed(prefix: str, urlconf: str | None, name: str) -> str:
    return reverse(name, urlconf=urlconf)


@receiver(setting_changed)
def _forget(*, setting: str, **kwargs: object) -> None:
    if setting == "ROOT_URLCONF":
        _reversed.cache_clear()
        _pattern.cache_clear()


# Stand-ins reversed in place of a row's slug or id: each matches the slug, str and int
# converters, and is unlike anything else in an address.
_MARKS: tuple[str | int, ...] = ("accord0row0marker0", 918273645546372819)
_SAFE = RFC3986_SUBDELIMS + "/~:@"  # what reverse() leaves unquoted


def row_url(name: str, value: str | int) -> str:
    """``reverse(name, args=[value])`` for a page about one row (its slug or id), as
    lists draw one a row: the address is reversed once per process with a stand-in for
    the value, which is then put in its place, quoted as reverse() quotes it."""
    parts = _pattern(get_script_prefix(), _urlconf(), name)
    if parts is None:
        return reverse(name, args=[value])
    return parts[0] + quote(str(value), safe=_SAFE) + parts[1]


@lru_cache(maxsize=256)
def _pattern(prefix: str, urlconf: str | None, name: str) -> tuple[str, str] | None:
    for mark in _MARKS:
        try:
            address = reverse(name, urlconf=urlconf, args=[mark])
        except NoReverseMatch:
            continue
        if address.count(str(mark)) == 1:
            head, tail = address.split(str(mark))
            return head, tail
    return None


def _urlconf() -> str | None:
    # The request's URL configuration if one was set for it, else the site's.
    return get_urlconf() or settings.ROOT_URLCONF
