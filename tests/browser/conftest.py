"""The browser harness: Debian's Chromium driven by Playwright, with axe-core injected.

Every page type of the portal is checked here the same way: render it in a real
browser against the live test server, walk it by keyboard, and have axe-core
report WCAG 2.1 A/AA violations (there must be none).
"""

import os
from pathlib import Path

import pytest
from playwright.sync_api import sync_playwright

# The tests talk to the database synchronously between browser steps, which is safe here.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

ROOT = Path(__file__).resolve().parents[2]
AXE_SCRIPT = ROOT / "node_modules" / "axe-core" / "axe.min.js"
CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]
# Flags for a closed network and a root user: no sandbox, no calls home.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def pytest_collection_modifyitems(items):
    for item in items:
        if "/browser/" in str(item.fspath):
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def chromium(django_db_setup):
    """One Chromium for the whole run; Playwright's own browser download is never used.

    The test database is made before Playwright's event loop starts: once it runs, Django hands
    out other connection objects (they are per async context)."""
    if not Path(CHROMIUM).exists():
        pytest.fail(f"Chromium is needed for the browser tests: apt-get install chromium (looked at {CHROMIUM})")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def browser_page(chromium, live_server):
    """A fresh browser tab with a Danish browser locale, pointed at the live test server."""
    context = chromium.new_context(locale="da-DK", base_url=live_server.url, viewport={"width": 1280, "height": 900})
    context.set_default_timeout(15_000)
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.js_errors = errors
    yield page
    context.close()


@pytest.fixture
def phone_page(chromium, live_server):
    """A phone-sized tab, for what association representatives and citizens do on the go."""
    context = chromium.new_context(
        locale="da-DK",
        base_url=live_server.url,
        viewport={"width": 390, "height": 844},
        is_mobile=True,
        has_touch=True,
    )
    context.set_default_timeout(15_000)
    page = context.new_page()
    yield page
    context.close()


def axe_violations(page):
    """Run axe-core on the page as it is now and return its violations."""
    if not AXE_SCRIPT.exists():
        pytest.fail("axe-core is missing: run `npm ci` (make test does it)")
    # Evaluated through the DevTools protocol rather than added as a <script> (add_script_tag):
    # the site's Content-Security-Policy refuses inline script, and the tests run under it.
    page.evaluate(AXE_SCRIPT.read_text())
    # Let finite CSS animations end first: Wagtail's messages fade in (opacity 0 → 1), and axe-core
    # measuring contrast half-way through reports a colour-contrast violation that no reader sees
    # (CI saw it once on the lockout page's message). Endless animations (spinners) are not waited on.
    page.evaluate(
        """async () => {
            const finite = document.getAnimations().filter(
                (animation) => animation.effect && animation.effect.getComputedTiming().endTime !== Infinity
            );
            await Promise.all(finite.map((animation) => animation.finished.catch(() => null)));
        }"""
    )
    return page.evaluate(
        "async (tags) => (await axe.run(document, {runOnly: {type: 'tag', values: tags}})).violations",
        AXE_TAGS,
    )


def assert_accessible(page):
    """Fail with a readable list when axe-core finds any violation."""
    violations = axe_violations(page)
    report = [
        f"{v['id']} ({v['impact']}): {v['help']} — "
        + "; ".join(node["target"][0] if node["target"] else "?" for node in v["nodes"][:5])
        for v in violations
    ]
    assert not violations, f"axe-core found {len(violations)} violation(s) on {page.url}:\n" + "\n".join(report)
