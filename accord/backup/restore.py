"""``backup_restore``: check an archive, then load it into this instance.

Nothing is changed until the whole archive has been checked: the passphrase, the
manifest's authentication, the SHA-256 of every member and the migrations it was made
at. An instance that already holds data, files or keys is left alone unless ``replace``
is given; then what it held is moved aside (``*.before-restore-<time>``), never deleted.
A restore never makes a new seal authority: the archive's seal is put back, or the
instance must already name the configured seal the archive's documents were made with.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import os
import shutil
import tarfile
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from django.conf import settings
from django.core.cache import caches
from django.core.files import File
from django.core.files.storage import default_storage
from django.db import transaction

from accord.audit import keys as audit_keys
from accord.audit.actions import AuditAction
from accord.audit.services import audit_record
from accord.backup import archive, crypto, database
from accord.backup.crypto import BackupRefused
from accord.core import seal_keys


@dataclass
class RestoreResult:
    created_at: str
    rows: int
    files: int
    seal: str
    restored: bool
    moved_aside: list[Path] = field(default_factory=list)


@dataclass
class _Checked:
    manifest: dict
    secrets: dict
    folder: Path


def _extract(path: Path, folder: Path) -> None:
    try:
        with tarfile.open(path, "r:*") as tar:
            members = tar.getmembers()
            if any(not member.isfile() for member in members):
                raise BackupRefused(
                    f"{path} holds links or special files; an Accord backup holds only files."
                )
            # A small archive may unpack to a great deal: refuse before writing any of it.
            needed = sum(member.size for member in members)
            if needed > shutil.disk_usage(folder).free:
                raise BackupRefused(
                    f"{path} unpacks to {needed // 1_000_000} MB, more than the free space "
                    f"in {folder.parent}."
                )
            # The "data" filter also refuses absolute paths and names that climb out of
            # the folder, so a hostile archive cannot write elsewhere.
            tar.extractall(folder, filter="data")
    except FileNotFoundError:
        raise BackupRefused(f"There is no file at {path}.") from None
    except (tarfile.TarError, EOFError, OSError) as error:
        raise BackupRefused(
            f"{path} is not an Accord backup, or it is damaged ({error.__class__.__name__})."
        ) from None


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _check(path: Path, passphrase: str, folder: Path) -> _Checked:
    _extract(path, folder)
    try:
        body = (folder / archive.MANIFEST).read_bytes()
        signature = (folder / archive.MANIFEST_MAC).read_text()
        manifest = json.loads(body)
    except (OSError, ValueError):
        raise BackupRefused(
            f"{path} is not an Accord backup: it has no readable manifest."
        ) from None
    if not isinstance(manifest, dict) or manifest.get("format") != archive.FORMAT:
        raise BackupRefused(f"{path} is not an archive this version of Accord can restore.")
    keys = crypto.derive(passphrase, manifest.get("kdf") or {})
    if not keys.signature_matches(body, signature):
        if keys.check_value() != manifest.get("passphrase_check"):
            raise BackupRefused(
                "The passphrase is wrong: it is not the one this backup was made with. "
                "Nothing was changed."
            )
        raise BackupRefused(
            "The archive's manifest has been changed since the backup was made. Nothing was changed."
        )
    members = manifest.get("members") or {}
    present = {
        item.relative_to(folder).as_posix() for item in folder.rglob("*") if item.is_file()
    } - {archive.MANIFEST, archive.MANIFEST_MAC}
    if present != set(members):
        strays = sorted(present ^ set(members))[:5]
        raise BackupRefused(
            "The archive does not hold exactly the files its manifest lists "
            f"({', '.join(strays)}): it has been changed. Nothing was changed."
        )
    for name in sorted(members):
        if _sha256(folder / name) != members[name]["sha256"]:
            raise BackupRefused(
                f"{name} in the archive does not match its manifest: the archive has been "
                "changed or damaged. Nothing was changed."
            )
    secrets = json.loads(keys.decrypt((folder / archive.SECRETS).read_bytes()))
    return _Checked(manifest=manifest, secrets=secrets, folder=folder)


def instance_in_use() -> list[str]:
    """What this instance already holds that a restore would replace."""
    held = []
    if database.database_holds_data():
        held.append("records in its database")
    if archive.stored_files():
        local = archive.local_files_folder()
        held.append(f"files in {local if local else 'its file storage'}")
    if archive.seal_source() == "local":
        held.append(f"a seal in {Path(settings.DATA_DIR) / 'seal'}")
    # An audit key with no entries (made by a first `accord audit verify`) protects
    # nothing yet; it is moved aside like everything else, so it is not counted.
    return held


def _refuse_unless_compatible(checked: _Checked) -> None:
    manifest = checked.manifest
    here = set(database.applied_migrations())
    there = set(manifest.get("migrations") or [])
    if here != there:
        missing, newer = sorted(there - here), sorted(here - there)
        detail = (
            f"it was made by a newer Accord (migrations {', '.join(missing[:3])} are unknown "
            "here): upgrade this Accord first"
            if missing
            else f"it was made before migrations {', '.join(newer[:3])}: restore it with the "
            "Accord version that made it, then upgrade"
        )
        raise BackupRefused(f"This archive cannot be restored here: {detail}.")
    if manifest.get("seal") == "configured" and archive.seal_source() != "configured":
        raise BackupRefused(
            "The archive's documents were sealed with a seal named in settings (ACCORD_SEAL_*), "
            "which is not in the archive. Configure the same seal here before restoring, or "
            "every earlier PDF would fail its check."
        )
    if manifest.get("seal") == "local" and set(checked.secrets.get("seal") or {}) != set(
        archive.SEAL_FILES
    ):
        raise BackupRefused("The archive says it holds the local seal, but it does not.")


def _move_aside(path: Path, stamp: str, moved: list[Path]) -> None:
    if path.exists():
        target = path.with_name(f"{path.name}.before-restore-{stamp}")
        os.replace(path, target)
        moved.append(target)


def _write_private(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(descriptor, "wb") as handle:
        handle.write(data)


def _store_files(restored: Path) -> None:
    """Write the archive's files through the default storage (an object store), each under
    the name it had; the storage was empty (``backup_restore`` refuses otherwise)."""
    for path in sorted(restored.rglob("*")):
        if path.is_file():
            name = path.relative_to(restored).as_posix()
            with path.open("rb") as handle:
                saved = default_storage.save(name, File(handle))
            if saved != name:
                raise BackupRefused(
                    f"The file storage kept {name} as {saved}: it was not empty. Nothing was "
                    "changed in the database; empty the storage and restore again."
                )


def _put_files_in_place(checked: _Checked, stamp: str, moved: list[Path]) -> None:
    seal_folder = Path(settings.DATA_DIR) / "seal"
    key_file = audit_keys.key_file()
    media = archive.local_files_folder()
    for path in (media, seal_folder, key_file):
        if path is not None:
            _move_aside(path, stamp, moved)
    restored_media = checked.folder / archive.FILES.rstrip("/")
    if media is not None:
        if restored_media.is_dir():
            media.parent.mkdir(parents=True, exist_ok=True)
            shutil.move(restored_media, media)
    elif restored_media.is_dir():
        _store_files(restored_media)
    seal_files = checked.secrets.get("seal") or {}
    if seal_files:
        staged = checked.folder / "seal"
        for name, encoded in seal_files.items():
            _write_private(staged / name, base64.b64decode(encoded))
        os.replace(staged, seal_folder)
    if checked.secrets.get("audit_key"):
        _write_private(key_file, checked.secrets["audit_key"].encode())
    seal_keys.forget_loaded_material()
    audit_keys.forget_cached()


def backup_restore(
    *, path: Path, passphrase: str, replace: bool = False, check_only: bool = False
) -> RestoreResult:
    """Check the archive at ``path`` and, unless ``check_only``, load it."""
    data_dir = Path(settings.DATA_DIR)
    data_dir.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix=".restore-", dir=data_dir))
    try:
        checked = _check(Path(path), passphrase, folder)
        manifest = checked.manifest
        members = manifest["members"]
        result = RestoreResult(
            created_at=manifest.get("created_at", ""),
            rows=sum((manifest.get("rows") or {}).values()),
            files=sum(1 for name in members if name.startswith(archive.FILES)),
            seal=manifest.get("seal", "none"),
            restored=False,
        )
        if check_only:
            return result
        _refuse_unless_compatible(checked)
        held = instance_in_use()
        if held and not replace:
            raise BackupRefused(
                f"This instance is not empty: it holds {', '.join(held)}. Restore onto an "
                "empty instance, or give --replace to replace what it holds (it is moved "
                "aside, not deleted)."
            )
        if archive.local_files_folder() is None and archive.stored_files():
            raise BackupRefused(
                "The file storage (ACCORD_FILE_STORAGE) already holds files, which a restore "
                "cannot move aside there. Empty it, or move its files aside by the storage's "
                "own means, then restore again. Nothing was changed."
            )
        stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S")
        moved: list[Path] = []
        try:
            with transaction.atomic():
                database.database_wipe()
                with (folder / archive.DATABASE).open(encoding="utf-8") as stream:
                    database.database_load(stream=stream)
                _put_files_in_place(checked, stamp, moved)
                # No page or open-data file made from what was here may be served again: the
                # cache is a table of this database, so this is undone with the rest.
                caches["default"].clear()
                audit_record(
                    actor=None,
                    actor_label="accord restore",
                    action=AuditAction.INSTANCE_RESTORE,
                    obj=None,
                    after={
                        "backup_made": result.created_at,
                        "records": result.rows,
                        "files": result.files,
                    },
                )
        except BaseException:
            _undo(moved)
            raise
        # After the commit, so the statistics describe the restored rows on both engines.
        database.database_analyze()
        result.restored, result.moved_aside = True, moved
        return result
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _undo(moved: list[Path]) -> None:
    """Put back what was moved aside, after a restore failed part of the way."""
    for aside in reversed(moved):
        original = aside.with_name(aside.name.rsplit(".before-restore-", 1)[0])
        if original.is_dir():
            shutil.rmtree(original)
        elif original.exists():
            original.unlink()
        os.replace(aside, original)
    seal_keys.forget_loaded_material()
    audit_keys.forget_cached()
