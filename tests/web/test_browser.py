"""The dashboard in a real browser: Debian's headless Chromium driven by Playwright (nothing downloaded).

Skips when /usr/bin/chromium is absent (`.ci/run` installs it). Screenshots go to artifacts/.
"""
from __future__ import annotations

import json
import socket
import threading
import time
import urllib.request
from pathlib import Path

import pytest
from web_fixtures import LATER, MALICIOUS, REPO

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = REPO / "artifacts"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="Chromium is not installed at /usr/bin/chromium (apt-get install chromium)")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def server(store, token):
    """`sitroom serve --open-reads` on a free local port, in a thread; yields its base URL."""
    import uvicorn

    from sitroom.web import Settings, create_app

    app = create_app(Settings(db=store.url, open_reads=True, poll_seconds=0.2), store)
    if not app.state.leaflet:
        pytest.skip("Leaflet is not installed in src/sitroom/web/static/vendor (run `make web-assets`)")
    port = _free_port()
    srv = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    for _ in range(100):
        if srv.started:
            break
        time.sleep(0.05)
    base = f"http://127.0.0.1:{port}"
    base_token = (base, token)
    yield base_token
    srv.should_exit = True
    thread.join(timeout=10)


@pytest.fixture
def browser():
    sync_api = pytest.importorskip("playwright.sync_api", reason="the playwright package is not installed")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser):
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    page.errors = []
    page.on("pageerror", lambda e: page.errors.append(str(e)))
    page.dialogs = []
    page.on("dialog", lambda d: (page.dialogs.append(d.message), d.dismiss()))
    yield page
    page.close()


def _api(base: str, path: str, token: str | None = None, body: dict | None = None) -> dict:
    req = urllib.request.Request(base + path, data=json.dumps(body).encode() if body is not None else None,
                                 headers={"Content-Type": "application/json", **({"Authorization": f"Bearer {token}"} if token else {})})
    with urllib.request.urlopen(req, timeout=30) as r:
        return json.load(r)


def _open_dashboard(page, base):
    page.goto(base + "/")
    page.wait_for_selector("body[data-map-ready=yes]", state="attached")
    page.wait_for_selector("#live-state.live", state="attached")


def test_dashboard_marks_every_located_event_and_a_click_opens_its_evidence(server, page):
    base, _ = server
    _open_dashboard(page, base)
    located = [i for i in _api(base, "/api/events?limit=1000")["items"] if i["latitude"] is not None]
    assert located, "the seed has located events"
    markers = page.locator("path.ev-marker")
    assert markers.count() == len(located)
    shown = set(page.eval_on_selector_all("path.ev-marker", "els => els.map(e => e.getAttribute('data-event-id'))"))
    assert shown == {i["id"] for i in located}
    page.wait_for_selector("#timeline rect.bar", state="attached")  # drawn once /api/stats answers
    assert page.locator("#timeline rect.bar").count() > 0
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "dashboard.png"))

    target = max(located, key=lambda i: i["fatalities"] or 0)
    page.locator(f'path.ev-marker[data-event-id="{target["id"]}"]').dispatch_event("click")
    page.wait_for_url(f"**/events/{target['id']}")
    evidence = page.locator("pre.text mark.ev-sentence")
    assert evidence.count() > 0 and evidence.first.is_visible()
    assert page.locator("pre.text mark.ev-trigger").count() > 0
    page.screenshot(path=str(ARTIFACTS / "event.png"))
    assert page.errors == []


def test_report_posted_through_the_api_appears_without_reload(server, page):
    base, token = server
    _open_dashboard(page, base)
    page.evaluate("window.__sameDocument = 'yes'")
    before = page.locator("path.ev-marker").count()
    posted = _api(base, "/api/reports", token, {"text": LATER, "published": "2016-12-10"})
    new_id = posted["events"][0]
    page.wait_for_selector(f'#latest li[data-id="{new_id}"]', timeout=10_000)
    page.wait_for_selector(f'path.ev-marker[data-event-id="{new_id}"]', state="attached", timeout=10_000)
    assert page.evaluate("window.__sameDocument") == "yes"  # the page was never reloaded
    assert page.locator("path.ev-marker").count() == before + 1
    assert "al-Bab" in page.locator(f'#latest li[data-id="{new_id}"]').inner_text()


def test_malicious_report_renders_inert(server, page):
    base, token = server
    _open_dashboard(page, base)
    posted = _api(base, "/api/reports", token, {"text": MALICIOUS, "published": "2016-12-15", "title": "<img src=x onerror=alert(1)>"})
    page.wait_for_selector(f'#latest li[data-id="{posted["events"][0]}"]', timeout=10_000)
    for url in [f"/reports/{posted['id']}", f"/events/{posted['events'][0]}", "/reports", "/events"]:
        page.goto(base + url)
        assert page.title() != "pwned"
        assert page.locator("script:not([src])").count() == 0
        assert page.locator("img").count() == 0
    page.goto(base + f"/reports/{posted['id']}")
    assert '<script>document.title="pwned"</script>' in page.locator("pre.text").first.inner_text()
    assert page.dialogs == [] and page.errors == []
