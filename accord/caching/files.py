"""Open-data downloads kept as files until a table they were made from changes.

A national register's exports run to megabytes and take seconds to make, so each is
written once to file storage (STORAGES["default"]: the data folder, or an object store)
under ``open-data/``, with a cache entry recording the change-log token and the tables
read while making it (freshness.py). A download checks that entry first: while no
committed change has touched those tables the stored file is served; otherwise it is
made anew. Open data is public data only, the same for everyone, so every visitor,
signed in or not, gets the same file.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import tempfile
from collections.abc import Callable
from typing import IO

from django.core.files import File
from django.core.files.storage import default_storage
from django.utils import timezone

from accord.caching.freshness import changed_since, collecting, current_token
from accord.caching.pages import CACHE_SECONDS, local_generation, page_cache, release

logger = logging.getLogger(__name__)
FOLDER = "open-data"
# A replaced file is removed only once no download can still be reading it.
OLD_FILE_GRACE = dt.timedelta(minutes=30)


def cached_file(name: str, write: Callable[[IO[bytes]], None]) -> IO[bytes]:
    """The file ``name`` as ``write`` would make it now, opened for reading."""
    key = f"accord-file:{release()}:{local_generation()}:{name}"
    entry = page_cache().get(key)
    if entry is not None and not changed_since(entry["token"], entry["keys"]):
        try:
            return default_storage.open(entry["path"], "rb")
        except FileNotFoundError:
            logger.warning("The stored export %s has gone; making it again.", entry["path"])
    token = current_token()
    with collecting(rows=False) as found, tempfile.TemporaryFile() as scratch:
        write(scratch)
        scratch.seek(0)
        keys = sorted(found.keys(rows=False, tables=True))
        digest = hashlib.sha256(repr((token, keys)).encode()).hexdigest()[:16]
        path = default_storage.save(f"{FOLDER}/{digest}-{name}", File(scratch))
    page_cache().set(key, {"token": token, "keys": keys, "path": path}, CACHE_SECONDS)
    _remove_old_copies(name, keep=path)
    return default_storage.open(path, "rb")


def _remove_old_copies(name: str, *, keep: str) -> None:
    try:
        _, files = default_storage.listdir(FOLDER)
    except (FileNotFoundError, NotImplementedError):
        return
    cutoff = timezone.now() - OLD_FILE_GRACE
    for file in files:
        path = f"{FOLDER}/{file}"
        if not file.endswith(f"-{name}") or path == keep:
            continue
        try:
            if default_storage.get_modified_time(path) < cutoff:
                default_storage.delete(path)
        except (FileNotFoundError, NotImplementedError):
            continue
