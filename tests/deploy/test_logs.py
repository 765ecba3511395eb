"""Logs: plain text by default; one JSON object per line when ACCORD_LOG_FORMAT=json."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from accord.env import ConfigurationError, env_choice


def _settings_in_a_child(env_extra: dict[str, str], code: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("ACCORD_")}
    env.update(env_extra)
    return subprocess.run(
        [sys.executable, "-c", "import django; django.setup(); " + code],
        env={**env, "DJANGO_SETTINGS_MODULE": "accord.settings"},
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_json_lines_carry_time_level_logger_message_and_the_request(tmp_path):
    code = (
        "import logging; from accord.core import logs; "
        "logs.request_id.set('req-1234abcd'); "
        "logging.getLogger('accord.something').warning('two\\nlines \\u00e9'); "
        "logging.getLogger('accord.requests').info('GET / 200', extra={'method': 'GET', "
        "'path': '/', 'status': 200, 'duration_ms': 3.2, 'view': 'home'}); "
        "logging.getLogger('accord.requests').debug('not written')"
    )
    done = _settings_in_a_child(
        {"ACCORD_LOG_FORMAT": "json", "ACCORD_DATA_DIR": str(tmp_path)}, code
    )
    assert done.returncode == 0, done.stderr
    lines = done.stderr.splitlines()
    assert len(lines) == 2, lines
    first, second = (json.loads(line) for line in lines)
    assert first["level"] == "WARNING" and first["logger"] == "accord.something"
    assert first["message"] == "two\nlines é" and first["request_id"] == "req-1234abcd"
    assert first["time"].endswith("+00:00")
    assert second["logger"] == "accord.requests" and second["status"] == 200
    assert second["path"] == "/" and second["duration_ms"] == 3.2 and second["view"] == "home"


def test_plain_text_stays_the_default_and_requests_are_not_logged(tmp_path):
    code = (
        "import logging; "
        "logging.getLogger('accord.something').warning('plain words'); "
        "logging.getLogger('accord.requests').info('GET / 200')"
    )
    done = _settings_in_a_child({"ACCORD_DATA_DIR": str(tmp_path)}, code)
    assert done.returncode == 0, done.stderr
    assert done.stderr.splitlines() == ["plain words"]


def test_an_unknown_log_format_stops_start_up(monkeypatch):
    monkeypatch.setenv("ACCORD_LOG_FORMAT", "xml")
    with pytest.raises(ConfigurationError, match="not one of: text, json"):
        env_choice("ACCORD_LOG_FORMAT", "text", ("text", "json"))
