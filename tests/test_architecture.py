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


def test_a_hook_answers_with_its_default_until_provided_and_takes_one_provider():
    from accord.core.hooks import Hook

    hook = Hook("double", lambda n: 0)
    assert hook(4) == 0

    def double(n: int) -> int:
        return 2 * n

    hook.provide(double)
    hook.provide(double)  # the same provider again, as a second ready() would
    assert hook(4) == 8
    try:
        hook.provide(lambda n: 3 * n)
    except RuntimeError as error:
        assert "already has a provider" in str(error)
    else:
        raise AssertionError("a second provider was accepted")


def test_the_apps_above_provide_the_agreement_pages_hooks():
    from accord.agreements import hooks
    from accord.consultations.selectors import consultations_of_agreement
    from accord.signing.selectors import active_signatories, invitation_summary, signed_parties

    assert hooks.signed_parties._provider is signed_parties
    assert hooks.active_signatories._provider is active_signatories
    assert hooks.invitation_summary._provider is invitation_summary
    assert hooks.consultations_of_agreement._provider is consultations_of_agreement


def test_pages_draw_registered_sections_in_order():
    from accord.core.sections import sections_of

    assert [s.name for s in sections_of("body")] == ["agreements", "meetings"]
    assert [s.name for s in sections_of("organisation")] == ["agreements"]
