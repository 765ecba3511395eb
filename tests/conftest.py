from __future__ import annotations

import ipaddress
import socket
import sys

import pytest
from django.db import connections
from playwright.sync_api import sync_playwright

from accord.demo.loader import demo_load
from tests.browser import CHROMIUM, CHROMIUM_ARGS

# --- the network: loopback only ----------------------------------------------------------
# Tests send traffic to loopback and nowhere else, and look no name up in the DNS (the
# resolver itself is off this machine). An audit hook sees every connect and every name
# lookup Python makes, and stops any other before it happens; tests that need to show that
# something made no connection at all read the same events through ``network_events``.

_LOCAL_NAMES = {"localhost", "testserver"}
_recorders: list[list[tuple[str, tuple]]] = []


def _numeric(host: str) -> bool:
    try:
        ipaddress.ip_address(host.split("%", 1)[0])
        return True
    except ValueError:
        pass
    try:
        socket.inet_aton(host)  # the old forms a resolver reads without asking: 127.1, 0x7f.1
        return True
    except OSError:
        return False


def _network_guard(event: str, args: tuple) -> None:
    if event == "socket.connect":
        sock, address = args
        if sock.family in (socket.AF_INET, socket.AF_INET6):
            for recorder in _recorders:
                recorder.append((event, (str(address[0]), address[1])))
            if not ipaddress.ip_address(str(address[0]).split("%", 1)[0]).is_loopback:
                raise RuntimeError(f"A test tried to connect to {address[0]}: loopback only.")
    elif event == "socket.getaddrinfo":
        host = args[0]
        if isinstance(host, bytes):
            host = host.decode("ascii", "replace")
        for recorder in _recorders:
            recorder.append((event, (host, args[1])))
        if host is not None and host not in _LOCAL_NAMES and not _numeric(str(host)):
            raise RuntimeError(f"A test tried to look up {host!r} in the DNS: loopback only.")


if not getattr(sys, "_accord_network_guard", False):
    sys.addaudithook(_network_guard)
    sys._accord_network_guard = True


@pytest.fixture(autouse=True)
def _fresh_bounded_helpers():
    """The helper that reads hostile files is a fork of this process: a test's changes
    (settings, monkeypatches) must not reach the next test through it."""
    from accord.core.bounded import stop_helpers

    stop_helpers()
    yield
    stop_helpers()


@pytest.fixture
def network_events():
    """Every connect and name lookup made during the test, as (event, (host, port))."""
    events: list[tuple[str, tuple]] = []
    _recorders.append(events)
    yield events
    _recorders.remove(events)


@pytest.fixture
def demo(db):
    """The Thurrock demo data, loaded as `accord demo` loads it."""
    return demo_load()


@pytest.fixture(autouse=True)
def _fast_passwords(settings):
    """Tests create many accounts; a deliberately slow password hash only slows them down."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(autouse=True)
def _isolated_documents(settings, tmp_path):
    """Issued documents and the local seal go to the test's own folder."""
    settings.MEDIA_ROOT = str(tmp_path / "files")
    settings.DATA_DIR = tmp_path / "data"
    settings.ACCORD_AUDIT_KEY_FILE = str(tmp_path / "data" / "audit" / "key")


@pytest.fixture(autouse=True)
def _tasks_run_at_once(settings):
    """Tests that are not about the queue run each task the moment it is queued (django-
    tasks' immediate backend). Tests of the queue ask for ``task_queue``: the database
    backend, as in production, and a real worker (tests/queue/workers.py)."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}


@pytest.fixture
def task_queue(settings, _tasks_run_at_once):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


@pytest.fixture(autouse=True)
def _isolated_map_cache(settings, tmp_path):
    """Each test draws maps into its own cache folder."""
    settings.CACHES = {
        **settings.CACHES,
        "maps": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": str(tmp_path / "maps"),
        },
    }


@pytest.fixture(autouse=True)
def _no_pages_from_earlier_tests():
    """Pages cached by an earlier test (its database since rolled back or flushed) are
    never served to this one."""
    from accord.caching import pages

    pages.forget_in_this_process()


@pytest.fixture
def page_cache_off(settings):
    """Pages made every time: for tests that count the queries a page itself needs."""
    settings.ACCORD_PAGE_CACHE = False


@pytest.fixture
def bf_officer(demo):
    """A partnership officer for Brighter Futures (the Children's MOU's owning body) only."""
    from accord.accounts.models import Role, User
    from accord.governance.models import Body

    user = User.objects.create_user(email="officer@example.org", password="pw-officer-1")
    Role.objects.create(user=user, name="officer", body=Body.objects.get(slug="bf-partnership"))
    return user


@pytest.fixture
def demo_accounts(demo):
    """The demo data and its sign-in accounts (password "accord-demo")."""
    from accord.demo.accounts import create_demo_accounts

    create_demo_accounts()
    return demo


@pytest.fixture
def browser_page(live_server, monkeypatch):
    """A page in headless Debian Chromium, its base URL the live server.

    Use with ``@pytest.mark.django_db(transaction=True)``; JavaScript errors, and anything
    the Content-Security-Policy blocks, fail the test.
    """
    # Playwright's sync API runs an event loop in this thread; the ORM calls the live
    # server makes here are still synchronous, so Django's async guard is lifted for them.
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        context = browser.new_context(
            base_url=live_server.url, viewport={"width": 1280, "height": 900}
        )
        page = context.new_page()
        errors: list[str] = []
        page.on("pageerror", lambda error: errors.append(str(error)))
        # A script, style or form the Content-Security-Policy blocks is a broken page.
        page.on(
            "console",
            lambda message: (
                errors.append(message.text) if "Content Security Policy" in message.text else None
            ),
        )
        yield page
        # While Playwright's loop runs, Django keeps this thread's connections apart from
        # the plain thread's (asgiref's Local): close the ones the test opened here, or they
        # outlive it and PostgreSQL cannot drop the test database at the end of the run.
        connections.close_all()
        browser.close()
        assert not errors, f"JavaScript errors or blocked content: {errors}"
