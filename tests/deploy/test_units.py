"""The shipped systemd units and the proxy settings they rely on."""

from __future__ import annotations

import configparser
import os
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
UNITS = ROOT / "deploy" / "systemd"


def _unit(name: str) -> configparser.ConfigParser:
    parser = configparser.ConfigParser(strict=False, interpolation=None)
    parser.optionxform = str  # systemd's keys are case-sensitive
    parser.read(UNITS / name)
    return parser


def test_each_app_server_listens_on_loopback_at_its_instance_port():
    unit = _unit("accord-web@.service")
    command = shlex.split(unit["Service"]["ExecStart"])
    assert command[1:2] == ["serve"]
    assert command[command.index("--host") + 1] == "127.0.0.1"
    assert command[command.index("--port") + 1] == "%i"
    assert unit["Service"]["Environment"].startswith("PROMETHEUS_MULTIPROC_DIR=/run/accord-web-%i")
    assert unit["Service"]["RuntimeDirectory"] == "accord-web-%i"
    # The options the unit gives are ones `accord serve` takes.
    options = [arg for arg in command[2:] if arg.startswith("--")]
    help_text = subprocess.run(
        [str(Path(sys.executable).with_name("accord")), "serve", "--help"],
        capture_output=True,
        text=True,
        timeout=60,
    ).stdout
    assert all(option in help_text for option in options), options


def test_the_worker_unit_runs_accord_worker_with_the_same_settings():
    web, worker = _unit("accord-web@.service"), _unit("accord-worker.service")
    assert shlex.split(worker["Service"]["ExecStart"])[1:] == ["worker"]
    for key in ("User", "EnvironmentFile", "WorkingDirectory", "ReadWritePaths"):
        assert worker["Service"][key] == web["Service"][key], key


def _proxy_header(env_extra: dict[str, str], tmp_path) -> str:
    env = {k: v for k, v in os.environ.items() if not k.startswith("ACCORD_")}
    env.update({"ACCORD_DATA_DIR": str(tmp_path), **env_extra})
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            "from accord import settings; print(settings.SECURE_PROXY_SSL_HEADER)",
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def test_x_forwarded_proto_is_trusted_only_when_set(tmp_path):
    assert _proxy_header({}, tmp_path) == "None"
    assert (
        _proxy_header({"ACCORD_HTTPS": "true"}, tmp_path) == "('HTTP_X_FORWARDED_PROTO', 'https')"
    )
    assert (
        _proxy_header({"ACCORD_HTTPS": "true", "ACCORD_TRUST_X_FORWARDED_PROTO": "false"}, tmp_path)
        == "None"
    )


def test_the_file_storage_options_must_be_a_json_object(monkeypatch):
    from accord.env import ConfigurationError, env_json_object

    monkeypatch.setenv("ACCORD_FILE_STORAGE_OPTIONS", '{"bucket_name": "accord-files"}')
    assert env_json_object("ACCORD_FILE_STORAGE_OPTIONS") == {"bucket_name": "accord-files"}
    monkeypatch.setenv("ACCORD_FILE_STORAGE_OPTIONS", "bucket=accord")
    with pytest.raises(ConfigurationError, match="not valid JSON"):
        env_json_object("ACCORD_FILE_STORAGE_OPTIONS")
    monkeypatch.setenv("ACCORD_FILE_STORAGE_OPTIONS", '["accord"]')
    with pytest.raises(ConfigurationError, match="must be a JSON object"):
        env_json_object("ACCORD_FILE_STORAGE_OPTIONS")
    monkeypatch.delenv("ACCORD_FILE_STORAGE_OPTIONS")
    assert env_json_object("ACCORD_FILE_STORAGE_OPTIONS") == {}
