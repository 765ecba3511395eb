"""Logs a machine can read: one JSON object per line when ``ACCORD_LOG_FORMAT=json``.

Every line carries the time (UTC, ISO 8601), level, logger and message; lines written while a
request is being answered also carry that request's id, so every line one request caused can
be found together. The request's own line (``accord.requests``, written by
``accord.core.observe``) adds the method, path, status and duration.
"""

from __future__ import annotations

import contextvars
import datetime as dt
import json
import logging
from typing import Any

# The id of the request this thread is answering, if any (set by accord.core.observe).
request_id: contextvars.ContextVar[str | None] = contextvars.ContextVar(
    "accord_request_id", default=None
)

# Attributes every LogRecord has; anything else on a record was passed as ``extra``.
_STANDARD = set(vars(logging.LogRecord("", 0, "", 0, "", None, None))) | {"message", "asctime"}
# The fields a request line carries, in this order, when the record has them.
REQUEST_FIELDS = ("request_id", "method", "path", "status", "duration_ms", "view")


class JsonFormatter(logging.Formatter):
    """One JSON object per record, on one line (newlines in a message are escaped)."""

    def format(self, record: logging.LogRecord) -> str:
        line: dict[str, Any] = {
            "time": dt.datetime.fromtimestamp(record.created, dt.UTC).isoformat(
                timespec="milliseconds"
            ),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        current = request_id.get()
        if current and not hasattr(record, "request_id"):
            line["request_id"] = current
        for name in REQUEST_FIELDS:
            if hasattr(record, name):
                line[name] = getattr(record, name)
        for name, value in vars(record).items():
            if name not in _STANDARD and name not in line and not name.startswith("_"):
                line[name] = value if isinstance(value, str | int | float | bool) else str(value)
        if record.exc_info:
            line["exception"] = self.formatException(record.exc_info)
        if record.stack_info:
            line["stack"] = self.formatStack(record.stack_info)
        return json.dumps(line, ensure_ascii=False, default=str)


def logging_config(*, log_format: str, level: str, request_lines: bool) -> dict[str, Any]:
    """The LOGGING setting: plain text by default (as Django writes it), or JSON lines."""
    handler: dict[str, Any] = {"class": "logging.StreamHandler"}
    formatters: dict[str, Any] = {}
    if log_format == "json":
        formatters["json"] = {"()": "accord.core.logs.JsonFormatter"}
        handler["formatter"] = "json"
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "formatters": formatters,
        "handlers": {"console": handler},
        "root": {"handlers": ["console"], "level": level},
        # One line per request, at INFO: written when asked for (JSON logs ask by default).
        "loggers": {"accord.requests": {"level": "INFO" if request_lines else "WARNING"}},
    }


def gunicorn_config(django_logging: dict[str, Any]) -> dict[str, Any]:
    """Gunicorn's own lines (worker start, timeouts) through the same handler as Accord's,
    so a JSON log holds nothing but JSON."""
    config = json.loads(json.dumps(django_logging))
    for name in ("gunicorn.error", "gunicorn.access"):
        config["loggers"][name] = {"level": "WARNING", "handlers": ["console"], "propagate": False}
    return config
