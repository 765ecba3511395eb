"""The task queue: the worker, its heartbeat, the periodic schedule and recovery.

Tasks themselves live in the app that owns the work (``accord/api/tasks.py`` delivers
webhooks, ``accord/documents/tasks.py`` seals); this app only knows how tasks are queued
and run, so it sits low, beside core (docs/architecture.md, docs/decisions/0017).
"""
