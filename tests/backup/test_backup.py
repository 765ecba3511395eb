"""Backups that restore: `accord backup` and `accord restore` on real databases.

An instance is built on its own SQLite database in a separate process (the demo, an
agreement signed by both parties, its sealed PDFs and certificate), backed up, and
restored into the suite's database: SQLite on the SQLite run, PostgreSQL on the
PostgreSQL run (so SQLite -> PostgreSQL). Every PDF must verify with the restored seal,
the audit trail must verify, and the open-data exports must be byte-identical.
"""

from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import CommandError, call_command
from django.db import transaction

from accord.audit.models import AuditEntry
from accord.backup import database
from accord.core import seal_keys
from accord.documents.models import IssuedDocument
from accord.documents.services import read_document
from accord.documents.verify import verify_pdf
from accord.organisations.models import Organisation
from tests.backup_source import (
    PASSPHRASE,
    build_instance,
    issued_files,
    open_data_exports,
)
from tests.organisations.factories import OrganisationFactory

REPOSITORY = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture(scope="module")
def sqlite_source(tmp_path_factory) -> Path:
    """An archive made by a separate Accord on its own SQLite database."""
    out = tmp_path_factory.mktemp("source")
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"DATABASE_URL", "ACCORD_MEDIA_ROOT", "ACCORD_AUDIT_KEY_FILE"}
    }
    env["ACCORD_DATA_DIR"] = str(out / "data")
    subprocess.run(
        [sys.executable, "-m", "tests.backup_source", str(out)],
        cwd=REPOSITORY,
        env=env,
        check=True,
        timeout=600,
    )
    return out


@pytest.fixture
def passphrase(monkeypatch):
    monkeypatch.setenv("ACCORD_BACKUP_PASSPHRASE", PASSPHRASE)
    return PASSPHRASE


def _restored_instance_is_whole(expected_files: dict[str, str], exports: dict[str, bytes]):
    # The seal is read afresh from disk: a restore that left the old one (or made a new
    # authority) would make every earlier PDF fail here.
    seal_keys.forget_loaded_material()
    documents = list(IssuedDocument.objects.order_by("pk"))
    assert len(documents) >= 3  # issued, sealed once per signature, and the certificate
    assert issued_files() == expected_files
    for document in documents:
        report = verify_pdf(read_document(document))
        assert report.exactly_as_issued, (document.file.name, report.headline)
    output = io.StringIO()
    call_command("audit", "verify", stdout=output)
    assert "The audit trail is intact" in output.getvalue()
    assert AuditEntry.objects.filter(action="instance.restore").count() == 1
    assert open_data_exports() == exports


def test_an_archive_from_sqlite_restores_onto_this_database(sqlite_source, passphrase):
    exports = {
        page: bytes.fromhex(body)
        for page, body in json.loads((sqlite_source / "exports.json").read_text()).items()
    }
    expected_files = json.loads((sqlite_source / "files.json").read_text())
    call_command("restore", str(sqlite_source / "archive.tar.gz"), stdout=io.StringIO())
    _restored_instance_is_whole(expected_files, exports)
    source_seal = sqlite_source / "data" / "seal"
    for name in ("authority.pem", "seal.pem", "seal-key.pem"):
        restored = Path(settings.DATA_DIR) / "seal" / name
        assert restored.read_bytes() == (source_seal / name).read_bytes()
        assert restored.stat().st_mode & 0o077 == 0


def _wipe_everything() -> None:
    with transaction.atomic():
        database.database_wipe()
    for path in (Path(settings.MEDIA_ROOT), Path(settings.DATA_DIR)):
        shutil.rmtree(path, ignore_errors=True)
    seal_keys.forget_loaded_material()


def test_back_up_wipe_and_restore_on_this_database(tmp_path, passphrase):
    build_instance()
    exports, files = open_data_exports(), issued_files()
    entries = AuditEntry.objects.count()
    archive = tmp_path / "backup.tar.gz"
    call_command("backup", str(archive), stdout=io.StringIO())
    assert archive.stat().st_mode & 0o077 == 0

    _wipe_everything()
    assert not IssuedDocument.objects.exists() and not AuditEntry.objects.exists()

    call_command("restore", str(archive), stdout=io.StringIO())
    assert AuditEntry.objects.count() == entries + 1
    _restored_instance_is_whole(files, exports)
    # New ids carry on after the restored ones (PostgreSQL's sequences were moved on).
    highest = Organisation.objects.order_by("-pk").first().pk
    assert OrganisationFactory().pk > highest


@pytest.fixture
def small_archive(tmp_path, passphrase) -> Path:
    from accord.demo.loader import demo_load

    demo_load()
    archive = tmp_path / "small.tar.gz"
    call_command("backup", str(archive), stdout=io.StringIO())
    return archive


def _rewrite(archive: Path, change) -> Path:
    """A copy of the archive with one member's bytes changed by ``change``."""
    changed = archive.with_name("changed.tar.gz")
    with tarfile.open(archive) as source, tarfile.open(changed, "w:gz") as target:
        for member in source.getmembers():
            data = change(member.name, source.extractfile(member).read())
            member.size = len(data)
            target.addfile(member, io.BytesIO(data))
    return changed


def _restore_refused(archive: Path, *flags: str) -> str:
    with pytest.raises(CommandError) as refusal:
        call_command("restore", str(archive), *flags, stdout=io.StringIO())
    return str(refusal.value)


def test_a_non_empty_instance_is_not_overwritten_unless_told(small_archive):
    before = database.database_holds_data()
    assert before
    message = _restore_refused(small_archive)
    assert "This instance is not empty" in message and "--replace" in message
    Organisation.objects.filter(slug="thurrock-council").update(name="Changed here")
    call_command("restore", str(small_archive), "--replace", stdout=io.StringIO())
    assert Organisation.objects.get(slug="thurrock-council").name != "Changed here"


def test_a_file_changed_inside_the_archive_is_refused(small_archive):
    _wipe_everything()

    def change(name, data):
        return data.replace(b"Thurrock", b"Thurrocx", 1) if name == "database.jsonl" else data

    message = _restore_refused(_rewrite(small_archive, change))
    assert "database.jsonl in the archive does not match its manifest" in message
    assert not database.database_holds_data()


def test_a_manifest_changed_to_match_is_refused(small_archive):
    _wipe_everything()

    def change(name, data):
        if name != "manifest.json":
            return data
        manifest = json.loads(data)
        manifest["rows"]["organisations.Organisation"] += 1
        return json.dumps(manifest).encode()

    message = _restore_refused(_rewrite(small_archive, change))
    assert "manifest has been changed" in message
    assert not database.database_holds_data()


def test_a_wrong_passphrase_is_refused_clearly(small_archive, monkeypatch):
    _wipe_everything()
    monkeypatch.setenv("ACCORD_BACKUP_PASSPHRASE", "not the passphrase at all")
    message = _restore_refused(small_archive)
    assert "The passphrase is wrong" in message
    assert not database.database_holds_data()


def test_a_configured_seal_must_be_configured_before_restoring(tmp_path, settings, passphrase):
    from accord.demo.loader import demo_load

    demo_load()
    # A seal named in settings, as a deployment with its own certificate has.
    own = tmp_path / "own-seal"
    shutil.copytree(seal_keys.local_seal_folder(), own)
    shutil.rmtree(Path(settings.DATA_DIR) / "seal")
    configured = {
        "ACCORD_SEAL_CERT": str(own / "seal.pem"),
        "ACCORD_SEAL_KEY": str(own / "seal-key.pem"),
        "ACCORD_SEAL_CA": str(own / "authority.pem"),
    }
    for name, value in configured.items():
        setattr(settings, name, value)
    archive = tmp_path / "configured.tar.gz"
    output = io.StringIO()
    call_command("backup", str(archive), stdout=output, stderr=output)
    assert "(ACCORD_SEAL_*): they are not in the archive" in output.getvalue()
    _wipe_everything()
    for name in configured:
        setattr(settings, name, "")
    message = _restore_refused(archive)
    assert "sealed with a seal named in settings" in message
    assert not (Path(settings.DATA_DIR) / "seal").exists()
    assert not database.database_holds_data()
    for name, value in configured.items():
        setattr(settings, name, value)
    call_command("restore", str(archive), stdout=io.StringIO())
    assert database.database_holds_data()
    assert not (Path(settings.DATA_DIR) / "seal").exists()


def test_no_passphrase_is_refused_without_a_prompt(small_archive, monkeypatch):
    monkeypatch.delenv("ACCORD_BACKUP_PASSPHRASE")
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    message = _restore_refused(small_archive, "--check")
    assert "ACCORD_BACKUP_PASSPHRASE" in message


def test_check_reads_the_archive_and_changes_nothing(small_archive):
    _wipe_everything()
    output = io.StringIO()
    call_command("restore", str(small_archive), "--check", stdout=output)
    assert "The archive is intact" in output.getvalue()
    assert not database.database_holds_data()


def test_a_file_added_to_the_archive_is_refused(small_archive):
    _wipe_everything()
    changed = small_archive.with_name("added.tar.gz")
    with tarfile.open(small_archive) as source, tarfile.open(changed, "w:gz") as target:
        for member in source.getmembers():
            target.addfile(member, source.extractfile(member))
        extra = tarfile.TarInfo("files/documents/planted.pdf")
        extra.size = 4
        target.addfile(extra, io.BytesIO(b"%PDF"))
    message = _restore_refused(changed)
    assert "does not hold exactly the files its manifest lists" in message
    assert "planted.pdf" in message
    assert not Path(settings.MEDIA_ROOT, "documents", "planted.pdf").exists()


def test_a_link_in_the_archive_is_refused(small_archive):
    _wipe_everything()
    changed = small_archive.with_name("linked.tar.gz")
    with tarfile.open(small_archive) as source, tarfile.open(changed, "w:gz") as target:
        for member in source.getmembers():
            target.addfile(member, source.extractfile(member))
        link = tarfile.TarInfo("files/documents/key.pem")
        link.type, link.linkname = tarfile.SYMTYPE, "database.jsonl"
        target.addfile(link)
    message = _restore_refused(changed)
    assert "holds links or special files" in message
    assert not database.database_holds_data()


def test_backup_refuses_a_short_passphrase_and_a_missing_audit_key(tmp_path, monkeypatch):
    build_instance()
    monkeypatch.setenv("ACCORD_BACKUP_PASSPHRASE", "too short")
    with pytest.raises(CommandError, match="at least 12 characters"):
        call_command("backup", str(tmp_path / "a.tar.gz"), stdout=io.StringIO())
    monkeypatch.setenv("ACCORD_BACKUP_PASSPHRASE", PASSPHRASE)
    Path(settings.ACCORD_AUDIT_KEY_FILE).unlink()
    with pytest.raises(CommandError, match="audit key file .* is missing"):
        call_command("backup", str(tmp_path / "b.tar.gz"), stdout=io.StringIO())
    assert list(tmp_path.glob("*.tar.gz")) == [] and list(tmp_path.glob(".*partial")) == []


def _forget_statistics() -> None:
    """No planner statistics for the tables a restore fills, as on a new server."""
    from django.db import connection

    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'")
            if cursor.fetchone():
                cursor.execute("DELETE FROM sqlite_stat1")


def _statistics(table: str) -> dict:
    """What the planner knows of ``table``: SQLite's sqlite_stat1 rows; PostgreSQL's
    pg_stats columns, its row estimate and when it was last analysed by hand."""
    from django.db import connection

    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'")
            if cursor.fetchone() is None:  # ANALYZE never ran on this database
                return {"sqlite_stat1": 0}
            cursor.execute("SELECT COUNT(*) FROM sqlite_stat1 WHERE tbl = %s", [table])
            return {"sqlite_stat1": cursor.fetchone()[0]}
        cursor.execute("SELECT COUNT(*) FROM pg_stats WHERE tablename = %s", [table])
        columns = cursor.fetchone()[0]
        cursor.execute(
            "SELECT c.reltuples, s.last_analyze FROM pg_class c "
            "JOIN pg_stat_user_tables s ON s.relid = c.oid WHERE c.relname = %s",
            [table],
        )
        reltuples, last_analyze = cursor.fetchone()
        return {"pg_stats": columns, "reltuples": reltuples, "last_analyze": last_analyze}


def test_a_restore_leaves_the_planner_statistics_of_what_it_restored(small_archive):
    from django.db import connection
    from django.utils import timezone

    table = Organisation._meta.db_table
    _forget_statistics()
    started = timezone.now()
    output = io.StringIO()
    call_command("restore", str(small_archive), "--replace", stdout=output)
    assert "statistics updated for the query planner" in output.getvalue()
    found = _statistics(table)
    if connection.vendor == "sqlite":
        assert found["sqlite_stat1"] >= 1  # a row per index of the table, from ANALYZE
    else:
        assert found["pg_stats"] >= 1
        assert found["reltuples"] == Organisation.objects.count()
        assert found["last_analyze"] is not None and found["last_analyze"] >= started
