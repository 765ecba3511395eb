"""Web-address names (slugs) made from a name, unique among the rows that have them."""

from __future__ import annotations

from collections.abc import Container

from django.db.models import Model
from django.utils.text import slugify


def unique_slug(
    name: str,
    *,
    model: type[Model] | None = None,
    taken: Container[str] = (),
    fallback: str,
    max_length: int = 110,
) -> str:
    """``name`` as a slug, numbered ("-2", "-3", ...) past any slug already used by a row of
    ``model`` or listed in ``taken``; ``fallback`` when the name has no letters to use."""
    base = slugify(name)[:max_length].strip("-") or fallback

    def used(slug: str) -> bool:
        return slug in taken or (
            model is not None and model._default_manager.filter(slug=slug).exists()
        )

    slug, n = base, 2
    while used(slug):
        slug, n = f"{base}-{n}", n + 1
    return slug
