"""The keys the audit chain is hashed with (HMAC-SHA256), kept outside the database.

The key file (``ACCORD_AUDIT_KEY_FILE``, by default ``DATA_DIR/audit/key``) holds one key
per line, ``<key id> <64 hex digits>``; the last line is the key new entries use, and
the lines above it are earlier keys, kept so that old entries still verify. Its first
line, ``legacy-until <n>``, records how many entries were written before the chain was
keyed (0 on a new instance): those keep their plain SHA-256 hashes, and no later entry
may be unkeyed, so nobody can pass a rewritten entry off as an old one. Someone who
can change the database but cannot read this file cannot write an entry, or recompute a
chain, that verifies. Like the seal key it must be backed up, and every app server must
read the same file.

Rotating (``accord audit rotate-key``) appends a new key; nothing already written
changes. Each entry records the id of the key it was hashed with.
"""

from __future__ import annotations

import hashlib
import os
import secrets
import threading
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings

from accord.env import ConfigurationError

_lock = threading.Lock()
_cache: dict[tuple[str, float], Keyring] = {}
LEGACY = "legacy-until"


@dataclass(frozen=True)
class Keyring:
    keys: dict[str, bytes]  # by id, in the file's order; the last is current
    legacy_until: int


def key_file() -> Path:
    return Path(settings.ACCORD_AUDIT_KEY_FILE)


def key_id_of(key: bytes) -> str:
    return hashlib.sha256(b"accord-audit-key:" + key).hexdigest()[:12]


def _write_new(path: Path, lines: list[str]) -> None:
    """Write the key file in one step (a temporary file renamed into place), readable by
    its owner only."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    temporary = path.with_name(f".{path.name}.{secrets.token_hex(4)}")
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(descriptor, "w") as handle:
        handle.write("".join(f"{line}\n" for line in lines))
    os.replace(temporary, path)


def _new_line() -> str:
    key = secrets.token_bytes(32)
    return f"{key_id_of(key)} {key.hex()}"


def keyring(*, entries_so_far: int = 0, chain_is_keyed: bool = False) -> Keyring:
    """The keys, made on first use. ``entries_so_far`` is how many entries the chain
    already holds when the file is made (they stay unkeyed). Once the chain is keyed a
    missing file is an error, never replaced: a new key would silently disown every
    entry written with the old one."""
    path = key_file()
    with _lock:
        if not path.exists():
            if chain_is_keyed:
                raise ConfigurationError(
                    f"The audit key file {path} is missing, but the audit trail was written "
                    "with it. Restore it from the backup (it is in every `accord backup`), "
                    "or set ACCORD_AUDIT_KEY_FILE to where it is."
                )
            _write_new(path, [f"{LEGACY} {entries_so_far}", _new_line()])
        stamp = (str(path), path.stat().st_mtime)
        if stamp not in _cache:
            _cache.clear()
            _cache[stamp] = _read(path)
        return _cache[stamp]


def forget_cached() -> None:
    """Read the key file again on next use (after a restore replaced it)."""
    with _lock:
        _cache.clear()


def _read(path: Path) -> Keyring:
    keys: dict[str, bytes] = {}
    legacy_until = None
    for number, line in enumerate(path.read_text().splitlines(), start=1):
        if not line.strip():
            continue
        try:
            first, second = line.split()
            if first == LEGACY and legacy_until is None and not keys:
                legacy_until = int(second)
                continue
            key = bytes.fromhex(second)
        except ValueError:
            raise ConfigurationError(
                f"Line {number} of the audit key file {path} is not '<id> <hex key>'."
            ) from None
        if len(key) < 32 or key_id_of(key) != first:
            raise ConfigurationError(f"Line {number} of the audit key file {path} is damaged.")
        keys[first] = key
    if not keys or legacy_until is None:
        raise ConfigurationError(
            f"The audit key file {path} must start with '{LEGACY} <n>' and hold a key."
        )
    return Keyring(keys, legacy_until)


def current_key(*, entries_so_far: int = 0, chain_is_keyed: bool = False) -> tuple[str, bytes]:
    keys = keyring(entries_so_far=entries_so_far, chain_is_keyed=chain_is_keyed).keys
    key_id = list(keys)[-1]
    return key_id, keys[key_id]


def rotate() -> str:
    """Append a new current key; returns its id. Earlier keys stay for verification."""
    path = key_file()
    keyring()  # make the file first if there is none, so the legacy line is written
    existing = path.read_text().splitlines()
    line = _new_line()
    with _lock:
        _write_new(path, [*filter(str.strip, existing), line])
        _cache.clear()
    return line.split()[0]
