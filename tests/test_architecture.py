"""The apps depend one way only (docs/architecture.md): `lint-imports` checks the contract in
`.importlinter` over the real import graph, and fails on an import against it."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")


def _lint(package_parent: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(package_parent)}
    return subprocess.run(
        [str(LINT_IMPORTS), "--config", str(ROOT / ".importlinter"), "--no-cache"],
        cwd=package_parent,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_the_code_keeps_the_declared_direction():
    result = _lint(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "KEPT" in result.stdout


def test_an_import_against_the_direction_is_caught(tmp_path):
    # A copy of the code in which the organisations app reaches up into agreements.
    shutil.copytree(
        ROOT / "accord",
        tmp_path / "accord",
        ignore=lambda folder, names: [
            n for n in names if not n.endswith(".py") and not (Path(folder) / n).is_dir()
        ],
    )
    (tmp_path / "accord" / "organisations" / "upward.py").write_text(
        "from accord.agreements.models import Agreement\n"
    )
    result = _lint(tmp_path)
    assert result.returncode != 0
    assert "accord.organisations is not allowed to import accord.agreements" in result.stdout
    assert "accord.organisations.upward -> accord.agreements.models" in result.stdout
