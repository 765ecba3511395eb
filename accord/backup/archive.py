"""``backup_create``: write one archive of this instance.

Inside the archive (a gzipped tar file):

- ``database.jsonl``: every row, from one snapshot (accord.backup.database);
- ``files/...``: every file in the default storage (issued PDFs, imported documents);
- ``secrets.enc``: the local seal (DATA_DIR/seal) and the audit key file, AES-GCM
  encrypted with a key derived from the passphrase;
- ``manifest.json``: what the archive holds, with the SHA-256 of every member, and
  ``manifest.hmac``, which only the passphrase can produce.

The database is read first and the files after it, so every file a restored row names
is in the archive (files are only ever added).
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import io
import json
import os
import secrets as random
import tarfile
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from django.conf import settings
from django.core.files.storage import FileSystemStorage, default_storage, storages
from django.db import DEFAULT_DB_ALIAS, connections

from accord.audit import keys as audit_keys
from accord.audit.models import AuditEntry
from accord.backup import crypto, database
from accord.core import seal_keys

FORMAT = "accord-backup/1"
DATABASE = "database.jsonl"
SECRETS = "secrets.enc"
MANIFEST = "manifest.json"
MANIFEST_MAC = "manifest.hmac"
FILES = "files/"
SEAL_FILES = (seal_keys.CA_FILE, seal_keys.CERT_FILE, seal_keys.KEY_FILE)


@dataclass
class BackupResult:
    path: Path
    rows: int
    files: int
    seal: str
    notes: list[str] = field(default_factory=list)


def seal_source() -> str:
    """Where this instance's seal comes from: its settings, the local folder, or nowhere yet."""
    if any(
        getattr(settings, name, "")
        for name in ("ACCORD_SEAL_CERT", "ACCORD_SEAL_KEY", "ACCORD_SEAL_PKCS12")
    ):
        return "configured"
    if (Path(settings.DATA_DIR) / "seal" / seal_keys.KEY_FILE).exists():
        return "local"
    return "none"


def local_files_folder() -> Path | None:
    """The folder of the default storage when it is one on this machine (as by default)."""
    storage = storages["default"]  # what default_storage stands for
    if isinstance(storage, FileSystemStorage):
        return Path(storage.location)
    return None


def stored_files() -> list[str]:
    """The name of every file in the default storage (sorted), read through the storage
    API, so an object store that replaces the local folder is backed up the same way."""
    local = local_files_folder()
    found: list[str] = []
    pending = [""]
    while pending:
        folder = pending.pop()
        try:
            folders, names = default_storage.listdir(folder)
        except FileNotFoundError:
            continue
        pending += [f"{folder}/{sub}" if folder else sub for sub in folders]
        for name in names:
            full = f"{folder}/{name}" if folder else name
            # A link in the local folder points outside what Accord wrote: never followed.
            if local is not None and (local / full).is_symlink():
                continue
            found.append(full)
    return sorted(found)


def _secrets(seal: str) -> dict:
    bundle: dict = {"seal": {}, "audit_key": None}
    if seal == "local":
        folder = Path(settings.DATA_DIR) / "seal"
        bundle["seal"] = {
            name: base64.b64encode((folder / name).read_bytes()).decode() for name in SEAL_FILES
        }
    key_file = audit_keys.key_file()
    if key_file.exists():
        bundle["audit_key"] = key_file.read_text()
    elif AuditEntry.objects.exists():
        raise crypto.BackupRefused(
            f"The audit key file {key_file} is missing, so the audit trail could not be "
            "checked after a restore. Put it back (or set ACCORD_AUDIT_KEY_FILE) first."
        )
    return bundle


class _HashingWriter:
    """Adds members to the tar file and records the SHA-256 and size of each."""

    def __init__(self, tar: tarfile.TarFile):
        self.tar = tar
        self.members: dict[str, dict] = {}

    def add_bytes(self, name: str, data: bytes) -> None:
        self.add_stream(name, io.BytesIO(data), len(data))

    def add_stream(self, name: str, handle, size: int) -> None:
        info = tarfile.TarInfo(name)
        info.size, info.mode, info.mtime = size, 0o600, 0
        digest = hashlib.sha256()
        tee = _Tee(handle, digest)
        self.tar.addfile(info, tee)
        self.members[name] = {"sha256": digest.hexdigest(), "bytes": size}


class _Tee:
    def __init__(self, handle, digest):
        self.handle, self.digest = handle, digest

    def read(self, size=-1):
        chunk = self.handle.read(size)
        self.digest.update(chunk)
        return chunk


def backup_create(*, path: Path, passphrase: str) -> BackupResult:
    """Write the archive to ``path`` (made beside it and renamed into place at the end)."""
    if len(passphrase) < crypto.MIN_PASSPHRASE:
        raise crypto.BackupRefused(
            f"The passphrase must be at least {crypto.MIN_PASSPHRASE} characters long."
        )
    path = Path(path).resolve()
    if not path.parent.is_dir():
        raise crypto.BackupRefused(f"There is no folder {path.parent} to write the backup in.")
    kdf = crypto.new_kdf_parameters()
    derived = crypto.derive(passphrase, kdf)
    seal = seal_source()
    notes = []
    if seal == "configured":
        notes.append(
            "This instance seals with the certificate and key named in its settings "
            "(ACCORD_SEAL_*): they are not in the archive; keep them in your own safe place."
        )
    partial = path.with_name(f".{path.name}.{random.token_hex(4)}.partial")
    descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(descriptor, "wb") as raw, tarfile.open(fileobj=raw, mode="w:gz") as tar:
            writer = _HashingWriter(tar)
            with database.snapshot() as alias:
                migrations = database.applied_migrations(alias)
                with tempfile.TemporaryFile("w+b") as dump:
                    text = io.TextIOWrapper(dump, encoding="utf-8", newline="\n")
                    counts = database.database_dump(using=alias, stream=text)
                    text.flush()
                    size = dump.tell()
                    dump.seek(0)
                    writer.add_stream(DATABASE, dump, size)
                    text.detach()
            files = stored_files()
            for name in files:
                with default_storage.open(name, "rb") as handle:
                    writer.add_stream(FILES + name, handle, default_storage.size(name))
            bundle = json.dumps(_secrets(seal)).encode()
            writer.add_bytes(SECRETS, derived.encrypt(bundle))
            manifest = {
                "format": FORMAT,
                "created_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                "site": settings.ACCORD_SITE_NAME,
                "engine": connections[DEFAULT_DB_ALIAS].vendor,
                "migrations": migrations,
                "rows": counts,
                "seal": seal,
                "kdf": kdf,
                "passphrase_check": derived.check_value(),
                "members": writer.members,
            }
            body = json.dumps(manifest, indent=1, sort_keys=True).encode()
            writer.add_bytes(MANIFEST, body)
            writer.add_bytes(MANIFEST_MAC, derived.sign(body).encode())
        os.replace(partial, path)
    finally:
        if partial.exists():
            partial.unlink()
    return BackupResult(
        path=path, rows=sum(counts.values()), files=len(files), seal=seal, notes=notes
    )
