"""Settings that a security review checks: debug never in production."""

from __future__ import annotations

from tests.test_settings_and_cli import _run


def test_debug_in_production_stops_start_up_naming_both_variables(tmp_path):
    result = _run(
        ["check"],
        {
            "ACCORD_PRODUCTION": "true",
            "ACCORD_DEBUG": "true",
            "ACCORD_SECRET_KEY": "k" * 20 + "-a-long-random-production-secret-9f8e7d6c5b4a",
        },
        tmp_path,
    )
    assert result.returncode == 2
    assert "ACCORD_DEBUG=true cannot be used with ACCORD_PRODUCTION=true" in result.stderr


def test_debug_no_longer_skips_the_secret_key_check_in_production(tmp_path):
    # Before, ACCORD_DEBUG=true let production start with the development key.
    result = _run(["check"], {"ACCORD_PRODUCTION": "true", "ACCORD_DEBUG": "true"}, tmp_path)
    assert result.returncode == 2
    assert "development" not in result.stdout


def test_debug_alone_still_works_for_development(tmp_path):
    result = _run(
        ["shell", "-c", "from django.conf import settings; print(settings.DEBUG)"],
        {"ACCORD_DEBUG": "true"},
        tmp_path,
    )
    assert result.stdout.strip().splitlines()[-1] == "True", result.stderr
