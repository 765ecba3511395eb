"""Helpers for browser tests: Debian's Chromium driven by Playwright, and axe-core."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
ARTIFACTS = Path(os.environ.get("ACCORD_TEST_ARTIFACTS", "test-artifacts"))
_axe = Axe()
# The WCAG 2.2 level A and AA rules (axe-core tags each rule with the version that added
# its success criterion), and axe's best practices.
WCAG_22_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]


def axe_violations(page, tags=WCAG_22_AA) -> list[str]:
    """Each axe-core violation on the page as shown, as "rule: where"."""
    options = {"resultTypes": ["violations"], "runOnly": {"type": "tag", "values": tags}}
    results = _axe.run(page, options=options)
    return [
        f"{v['id']} ({v['impact']}): {', '.join(str(n['target']) for n in v['nodes'][:3])}"
        for v in results.response["violations"]
    ]


def screenshot(page, name: str, *, full_page: bool = True) -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    safe = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
    path = ARTIFACTS / f"{safe}.png"
    page.screenshot(path=str(path), full_page=full_page)
    return path


def assert_accessible(page, name: str) -> None:
    """No axe-core violations (WCAG 2.2 AA and best practice) on the page as shown; a
    screenshot is kept either way."""
    screenshot(page, name)
    violations = axe_violations(page)
    assert not violations, f"axe-core found violations on {name}:\n" + "\n".join(violations)


def sign_in(page, email: str, password: str = "accord-demo", *, check: bool = True) -> None:
    """Sign in through the sign-in page, as a person would, and give the second factor
    when asked: set one up with the key the page shows (administrators who have none), or
    enter a recovery code (anyone who has one)."""
    from accord.accounts.models import User
    from accord.accounts.second_factor import second_factor_new_recovery_codes
    from tests.second_factor import code_for, key_from_page

    page.goto("/accounts/sign-in/")
    page.get_by_label("E-mail address").fill(email)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Sign in", exact=True).click()
    page.wait_for_load_state()
    if "/accounts/second-factor/set-up/" in page.url:
        page.get_by_label("Code").fill(code_for(key_from_page(page.content())))
        page.get_by_role("button", name="Confirm").click()
        page.get_by_role("link", name="Continue").click()
    elif "/accounts/second-factor/code/" in page.url:
        code = second_factor_new_recovery_codes(user=User.objects.get(email=email))[0]
        page.get_by_label("Code").fill(code)
        page.get_by_role("button", name="Continue").click()
    page.wait_for_url(lambda url: "/sign-in/" not in url and "/second-factor/" not in url)
    if check:  # (on a narrow screen the menu, and so "Sign out", starts folded away)
        expect(page.get_by_role("button", name="Sign out")).to_be_visible()


def press_on(page, locator) -> None:
    """Focus a control and activate it with Enter, as a keyboard user does."""
    locator.focus()
    page.keyboard.press("Enter")


def type_into(page, label: str, text: str) -> None:
    page.get_by_label(label, exact=True).focus()
    page.keyboard.press("Control+A")
    page.keyboard.type(text)


def tab_to(page, name: str, limit: int = 80) -> None:
    """Tab forward until the focused element's text is ``name``."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.textContent.trim()") == name:
            return
    pytest.fail(f"“{name}” cannot be reached with Tab")


def type_date(page, name: str, day, month, year) -> None:
    """Type a date into the GOV.UK date input of field ``name``, box by box, with Tab."""
    page.locator(f"#id_{name}_0").focus()
    for part in (day, month, year):
        page.keyboard.press("Control+A")
        page.keyboard.type(str(part))
        page.keyboard.press("Tab")
