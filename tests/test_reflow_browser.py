"""Every page, as a persona who may see it, at 320 px and at 1280 px zoomed to 200 %:
nothing scrolls sideways (WCAG 1.4.10, reflow), and axe-core with the WCAG 2.2 A and AA
rules finds nothing.

"Every page" is every row of the permission table that answers a persona with a page
(status 200, HTML): the table already names every URL, so a new page is checked here as
soon as it has its rows. Each page is visited once per viewport by the first persona, in
the order below (least privileged first), that may see it.
"""

from __future__ import annotations

import pytest
from playwright.sync_api import sync_playwright

from accord.demo.loader import demo_load
from tests.browser import ARTIFACTS, CHROMIUM, CHROMIUM_ARGS, WCAG_22_AA, axe_violations, sign_in
from tests.permissions.personas import PASSWORD, make_personas
from tests.permissions.test_permission_table import all_rows

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

# The least privileged first: a public page is checked as the public sees it, a member's
# page as a member sees it, and only what administrators alone may open as one of them.
ORDER = [
    "anonymous",
    "signatory_a",
    "member",
    "secretary",
    "officer_a",
    "officer_b",
    "administrator",
]

# Answers that are files, feeds or JSON, not pages.
NOT_PAGES = {
    "healthz",
    "metrics",
    "readyz",
    "approvals:calendar",
    "approvals:body_calendar",
    "signing:progress_csv",
    "documents:pdf",
    "documents:docx",
    "documents:certificate",
    "reports:docx",
    "reports:pdf",
    "reports:agenda_pack",
    "reports:agenda_pack_status",
    "imports:original",
    "imports:status",
    "opendata:popolo",
    "opendata:csv",
    "opendata:xlsx",
    "audit:latest",
    "audit:heads",
    "audit:head",
    "audit:certificate",
}
API_PAGES = {"api:tokens", "api:revoke_token", "api:webhooks", "api:webhook_deactivate"}
API_PAGES |= {"api:webhook_deliveries"}
# The interactive API documentation is being replaced by its own piece of work (a page
# Accord draws instead of Swagger UI); the accessibility statement lists it as not tested.
LEFT_OUT = {"api:openapi-view"}

# 1280 px at 200 % zoom is a 640 px wide layout drawn with two device pixels to each.
VIEWPORTS = [
    ("320px", {"viewport": {"width": 320, "height": 800}}),
    ("1280px-at-200", {"viewport": {"width": 640, "height": 800}, "device_scale_factor": 2}),
]


INLINE_CODE = """() => {
  const found = [];
  for (const s of document.querySelectorAll('script:not([src])')) found.push('<script>');
  for (const el of document.querySelectorAll('body *')) {
    if (el.closest('svg')) continue;
    for (const a of el.getAttributeNames())
      if (a.startsWith('on') || a === 'style') found.push(el.tagName + '[' + a + ']');
  }
  return found.slice(0, 5);
}"""


def _is_page(url_name: str) -> bool:
    if url_name in NOT_PAGES or url_name in LEFT_OUT:
        return False
    return not url_name.startswith("api:") or url_name in API_PAGES


def pages_for(persona: str) -> list:
    """The rows this persona visits: those it is the first in ORDER to see."""
    chosen = []
    for row in all_rows():
        if not _is_page(row.url_name):
            continue
        seers = [p for p in ORDER if row.statuses.get(p) == 200]
        if seers and seers[0] == persona:
            chosen.append(row)
    return chosen


def _sign_in(page, email: str) -> None:
    # Through the second factor too, which administrators must give.
    sign_in(page, email, PASSWORD, check=False)


def test_every_persona_is_given_pages_to_check():
    """The split below covers every page row: none is left unvisited."""
    visited = {id(row) for persona in ORDER for row in pages_for(persona)}
    pages = [r for r in all_rows() if _is_page(r.url_name) and 200 in r.statuses.values()]
    assert pages and all(id(row) in visited for row in pages)
    assert len(pages) > 60


@pytest.mark.parametrize("persona", [p for p in ORDER if pages_for(p)])
def test_every_page_reflows_and_passes_axe(persona, live_server, monkeypatch):
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    demo_load()
    people = make_personas()
    rows = pages_for(persona)
    failures: list[str] = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        for name, options in VIEWPORTS:
            context = browser.new_context(base_url=live_server.url, **options)
            page = context.new_page()
            errors: list[str] = []
            page.on("pageerror", lambda error, errors=errors: errors.append(str(error)))
            if people[persona] is not None:
                _sign_in(page, people[persona].email)
            for row in rows:
                path = row.build_path()
                response = page.goto(path)
                if response is None or response.status != 200:
                    failures.append(f"{name} {path}: status {response and response.status}")
                    continue
                widths = page.evaluate(
                    "[document.documentElement.scrollWidth, document.documentElement.clientWidth]"
                )
                if widths[0] > widths[1]:
                    shot = (
                        ARTIFACTS / f"reflow-{name}-{persona}-{row.url_name.replace(':', '-')}.png"
                    )
                    ARTIFACTS.mkdir(parents=True, exist_ok=True)
                    page.screenshot(path=str(shot), full_page=True)
                    failures.append(f"{name} {path}: {widths[0]} px wide in {widths[1]} px")
                # axe once per page, on the narrow layout, where most goes wrong; and
                # nothing a strict Content-Security-Policy would block: no inline script,
                # no event-handler attribute, no style attribute.
                if name == "320px":
                    inline = page.evaluate(INLINE_CODE)
                    if inline:
                        failures.append(f"{path}: inline code a CSP would block: {inline}")
                    for violation in axe_violations(page, WCAG_22_AA):
                        failures.append(f"{name} {path}: axe {violation}")
            failures += [f"{name}: JavaScript error {e}" for e in errors]
            context.close()
        browser.close()
    assert not failures, "\n".join(failures)
