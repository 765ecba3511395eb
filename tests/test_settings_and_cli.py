"""Settings read from the environment, and the `accord` console command."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from accord.env import ConfigurationError, env_bool, env_int, env_str

ACCORD = str(Path(sys.executable).with_name("accord"))


def test_a_yes_no_setting_that_is_neither_fails_loudly(monkeypatch):
    monkeypatch.setenv("ACCORD_X", "ture")
    with pytest.raises(ConfigurationError, match="ACCORD_X='ture' is not a yes/no value"):
        env_bool("ACCORD_X")
    monkeypatch.setenv("ACCORD_X", "Yes")
    assert env_bool("ACCORD_X") is True


def test_a_number_setting_checks_its_value(monkeypatch):
    monkeypatch.setenv("ACCORD_N", "many")
    with pytest.raises(ConfigurationError, match="not a whole number"):
        env_int("ACCORD_N", 1)
    monkeypatch.setenv("ACCORD_N", "0")
    with pytest.raises(ConfigurationError, match="below the minimum"):
        env_int("ACCORD_N", 1, minimum=1)


def test_a_list_of_numbers_setting_checks_each(monkeypatch):
    from accord.env import env_int_list

    monkeypatch.setenv("ACCORD_L", "14, 7,-1")
    assert env_int_list("ACCORD_L", []) == [14, 7, -1]
    monkeypatch.setenv("ACCORD_L", "14,soon")
    with pytest.raises(ConfigurationError, match="comma-separated list of whole numbers"):
        env_int_list("ACCORD_L", [])


def test_a_secret_can_come_from_a_file(monkeypatch, tmp_path):
    secret = tmp_path / "secret"
    secret.write_text("s3cret-value\n")
    monkeypatch.setenv("ACCORD_S_FILE", str(secret))
    assert env_str("ACCORD_S") == "s3cret-value"
    monkeypatch.setenv("ACCORD_S_FILE", str(tmp_path / "missing"))
    with pytest.raises(ConfigurationError, match="cannot be read"):
        env_str("ACCORD_S")


def _run(args, env_extra, tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("ACCORD_", "DATABASE_URL"))}
    env.update({"ACCORD_DATA_DIR": str(tmp_path), **env_extra})
    return subprocess.run([ACCORD, *args], env=env, capture_output=True, text=True, timeout=60)


def test_check_deploy_is_clean_when_configured_for_production(tmp_path):
    result = _run(
        ["check", "--deploy", "--fail-level", "WARNING"],
        {
            "ACCORD_PRODUCTION": "true",
            "ACCORD_HTTPS": "true",
            "ACCORD_SECRET_KEY": "k" * 20 + "-a-long-random-production-secret-9f8e7d6c5b4a",
            "ACCORD_ALLOWED_HOSTS": "accord.example.org",
        },
        tmp_path,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_production_without_a_secret_key_refuses_to_start(tmp_path):
    result = _run(["check"], {"ACCORD_PRODUCTION": "true"}, tmp_path)
    assert result.returncode == 2
    assert "ACCORD_SECRET_KEY must be set" in result.stderr


def test_debug_is_off_unless_asked(tmp_path):
    result = _run(
        ["shell", "-c", "from django.conf import settings; print(settings.DEBUG)"], {}, tmp_path
    )
    assert result.stdout.strip().splitlines()[-1] == "False", result.stderr


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_accord_serve_serves_pages_and_static_files(tmp_path):
    assert _run(["migrate", "--noinput"], {}, tmp_path).returncode == 0
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("ACCORD_", "DATABASE_URL"))}
    env["ACCORD_DATA_DIR"] = str(tmp_path)
    server = subprocess.Popen(
        [ACCORD, "serve", "--port", str(port), "--workers", "1"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2) as r:
                    assert r.read() == b"ok"
                    break
            except OSError:
                if time.monotonic() > deadline or server.poll() is not None:
                    raise
                time.sleep(0.2)
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=5) as r:
            assert "Partnership agreements" in r.read().decode()
        with urllib.request.urlopen(
            f"http://127.0.0.1:{port}/static/govuk/govuk-frontend.min.css", timeout=5
        ) as r:
            assert r.status == 200 and b".govuk-template" in r.read()
    finally:
        server.terminate()
        output, _ = server.communicate(timeout=10)
    assert f"http://127.0.0.1:{port}/" in output


def test_a_fresh_data_directory_is_created_on_first_use(tmp_path):
    folder = tmp_path / "not" / "there" / "yet"
    result = _run(["migrate", "--noinput"], {"ACCORD_DATA_DIR": str(folder)}, tmp_path)
    assert result.returncode == 0, result.stderr
    assert (folder / "accord.sqlite3").exists()


def test_accord_serve_refuses_a_bad_worker_count(tmp_path):
    result = _run(["serve", "--workers", "0"], {}, tmp_path)
    assert result.returncode != 0
    assert "--workers" in result.stderr
