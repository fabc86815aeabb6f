"""The web app in a real browser (Debian's chromium driven by Playwright).

Skipped with a clear message where chromium or Playwright is not installed (`make test`
installs both: Playwright from PyPI, chromium from Debian's packages).
"""

from __future__ import annotations

import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from .test_export import OTHER_STORY_ID, STORY_ID, XSS, populate_store

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMIUM_FLAGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync",
]

pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="chromium not installed (make test installs Debian's chromium)")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    import uvicorn

    from newsfuse.web import create_app

    db = tmp_path_factory.mktemp("browser") / "web.db"
    populate_store(db)
    port = _free_port()
    config = uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="warning")
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.time() + 15
    while not srv.started and time.time() < deadline:
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=5)


@pytest.fixture(scope="module")
def page(server: str, tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright not installed (make install)")
    with sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS, headless=True)
        context = browser.new_context()
        page = context.new_page()
        dialogs: list[str] = []
        page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
        page.dialogs = dialogs  # type: ignore[attr-defined]
        yield page
        browser.close()


def test_web_browser_story_list_to_story_to_document(page, server: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    page.goto(server + "/")
    links = page.locator(f"a[href*='/story/{STORY_ID}'], a[href*='/story/{OTHER_STORY_ID}']")
    assert links.count() >= 2
    page.locator(f"a[href*='/story/{STORY_ID}']").first.click()
    page.wait_for_load_state()
    assert f"/story/{STORY_ID}" in page.url
    assert page.get_by_text("Briefing").first.is_visible()
    # A citation leads to the cited document, with the cited words highlighted.
    citation = page.locator("a[href*='/doc/']").first
    citation.click()
    page.wait_for_load_state()
    assert "/doc/" in page.url
    dropped = page.locator("details.dropped")
    if dropped.count():
        summary = dropped.first.locator("summary")
        summary.click()
        assert dropped.first.evaluate("el => el.open")
    page.screenshot(path=str(tmp_path / "doc.png"))


def test_web_browser_runs_no_article_script(page, server: str) -> None:  # type: ignore[no-untyped-def]
    shown = []
    for path in ("/", f"/story/{STORY_ID}", "/search?q=crane"):
        page.goto(server + path)
        page.wait_for_load_state()
        shown.append(page.locator("body").inner_text())
    assert page.dialogs == []  # no alert() from titles, quotes or outlets with markup
    # The markup is shown to the reader as text, not run and not silently removed.
    assert any(XSS in text for text in shown)
