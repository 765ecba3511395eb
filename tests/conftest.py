from __future__ import annotations

import pytest

from accord.demo.loader import demo_load


@pytest.fixture
def demo(db):
    """The Thurrock demo data, loaded as `accord demo` loads it."""
    return demo_load()


@pytest.fixture(autouse=True)
def _isolated_map_cache(settings, tmp_path):
    """Each test draws maps into its own cache folder."""
    settings.CACHES = {
        **settings.CACHES,
        "maps": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": str(tmp_path / "maps"),
        },
    }
