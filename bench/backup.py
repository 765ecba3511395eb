"""How long `accord backup` and `accord restore` take at 100 times the demo data.

    .venv/bin/python bench/backup.py [--copies 99]

Builds the Thurrock demo plus N numbered copies (as bench/pages.py does) on a SQLite
database of its own, then times, in the same run:

- the baseline: a raw copy of the database file with SQLite's online backup API
  (what a backup that is not engine-neutral would cost);
- `accord backup` (an engine-neutral dump, files and encrypted keys, with a manifest);
- `accord restore --check` (reading and checking the archive, loading nothing);
- `accord restore` onto a fresh, empty SQLite instance (migrate, load, check).

Each row prints its seconds and its ratio to the baseline, and the archive's size.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from pages import ACCORD, BUILD  # noqa: E402  (the same data set as the page benchmark)


def timed(command: list[str], env: dict) -> float:
    started = time.perf_counter()
    subprocess.run(command, env=env, check=True, capture_output=True)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--copies", type=int, default=99, help="synthetic copies beside the demo")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        base = {
            k: v for k, v in os.environ.items() if not k.startswith(("ACCORD_", "DATABASE_URL"))
        }
        base.update(DJANGO_SETTINGS_MODULE="accord.settings", ACCORD_BACKUP_PASSPHRASE="x" * 20)
        source = {**base, "ACCORD_DATA_DIR": f"{folder}/source"}
        target = {**base, "ACCORD_DATA_DIR": f"{folder}/target"}
        subprocess.run(
            [ACCORD, "migrate", "--noinput"], env=source, check=True, capture_output=True
        )
        built = subprocess.run(
            [sys.executable, "-c", BUILD.format(copies=args.copies)],
            env=source,
            check=True,
            capture_output=True,
            text=True,
        )
        organisations, bodies, agreements = built.stdout.split()
        print(
            f"Data: the demo and {args.copies} copies: {organisations} organisations, "
            f"{bodies} bodies, {agreements} agreements, SQLite."
        )
        database = Path(folder) / "source" / "accord.sqlite3"
        started = time.perf_counter()
        with sqlite3.connect(database) as live, sqlite3.connect(Path(folder) / "copy.db") as copy:
            live.backup(copy)
        baseline = time.perf_counter() - started
        archive = Path(folder) / "backup.tar.gz"
        rows = [
            ("SQLite online backup (baseline)", baseline),
            ("accord backup", timed([ACCORD, "backup", str(archive)], source)),
            ("accord restore --check", timed([ACCORD, "restore", "--check", str(archive)], target)),
            ("accord restore (empty SQLite)", timed([ACCORD, "restore", str(archive)], target)),
        ]
        print(
            f"Database file {database.stat().st_size / 1e6:.1f} MB; "
            f"archive {archive.stat().st_size / 1e6:.1f} MB."
        )
        print(f"| {'step':<34} | {'seconds':>8} | {'/ baseline':>10} |")
        print(f"|{'-' * 36}|{'-' * 10}|{'-' * 12}|")
        for label, seconds in rows:
            print(f"| {label:<34} | {seconds:8.2f} | {seconds / baseline:9.0f}x |")


if __name__ == "__main__":
    main()
