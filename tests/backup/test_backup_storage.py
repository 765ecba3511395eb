"""Files kept in a storage other than the local folder (as an object store would be) are
written, backed up and restored through Django's storage API alone."""

from __future__ import annotations

import io
import tarfile
from pathlib import Path

import pytest
from django.core.files.storage import default_storage
from django.core.management import CommandError, call_command

from tests.backup.test_backup import _restored_instance_is_whole, _wipe_everything
from tests.backup_source import PASSPHRASE, build_instance, issued_files, open_data_exports

pytestmark = pytest.mark.django_db(transaction=True)
IN_MEMORY = {"BACKEND": "django.core.files.storage.InMemoryStorage"}


def _new_store(settings) -> None:
    """A fresh, empty store (as on a new server): setting STORAGES makes a new one."""
    settings.STORAGES = {**settings.STORAGES, "default": dict(IN_MEMORY)}


def test_a_storage_that_is_not_a_folder_backs_up_and_restores(tmp_path, settings, monkeypatch):
    monkeypatch.setenv("ACCORD_BACKUP_PASSPHRASE", PASSPHRASE)
    _new_store(settings)
    build_instance()
    files, exports = issued_files(), open_data_exports()
    assert files and all(default_storage.exists(name) for name in files)
    media = Path(settings.MEDIA_ROOT)
    assert not media.exists() or not any(path.is_file() for path in media.rglob("*"))

    archive = tmp_path / "backup.tar.gz"
    call_command("backup", str(archive), stdout=io.StringIO())
    with tarfile.open(archive) as tar:
        stored = {m.name.removeprefix("files/") for m in tar if m.name.startswith("files/")}
    assert set(files) <= stored

    _wipe_everything()
    _new_store(settings)
    call_command("restore", str(archive), stdout=io.StringIO())
    _restored_instance_is_whole(files, exports)

    # A store that holds files cannot have them moved aside by Accord: it is refused.
    with pytest.raises(CommandError, match="already holds files"):
        call_command("restore", str(archive), "--replace", stdout=io.StringIO())
    _restored_instance_is_whole(files, exports)
