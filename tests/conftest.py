from __future__ import annotations

import pytest
from playwright.sync_api import sync_playwright

from accord.demo.loader import demo_load
from tests.browser import CHROMIUM, CHROMIUM_ARGS


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

    Use with ``@pytest.mark.django_db(transaction=True)``; JavaScript errors fail the test.
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
        yield page
        browser.close()
        assert not errors, f"JavaScript errors: {errors}"
