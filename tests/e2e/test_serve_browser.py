"""End to end: `plansje serve` in headless Chromium; a note typed in the browser is stored.

Needs Debian's `chromium` (/usr/bin/chromium) and the `playwright` Python package (the dev
extra); `.ci/run` installs both. Playwright's own browser download is not used.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from agendas.library import resolve_agenda
from store.sessions import SessionStore

CHROMIUM = Path(os.environ.get("PLANSJE_E2E_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
REPO = Path(__file__).resolve().parents[2]
NOTE = "Nettleser-notat æøå 42"
TITLE = "Nettlesermøte"
PLACEHOLDER = "Skriv et notat"  # the note input's placeholder (nb), shown once it is mounted

# The terminal is drawn on a canvas, so its text is not in the DOM: record what the app
# sends over the websocket (UTF-8 text with escape codes) to know when it has rendered.
RECORD_OUTPUT = """
(() => {
  const Native = window.WebSocket;
  const decoder = new TextDecoder();
  window.__plansjeOutput = "";
  window.WebSocket = class extends Native {
    constructor(...args) {
      super(...args);
      this.addEventListener("message", (event) => {
        if (typeof event.data !== "string") {
          window.__plansjeOutput += decoder.decode(new Uint8Array(event.data), {stream: true});
        }
      });
    }
  };
})();
"""

if not CHROMIUM.exists():
    pytest.skip(f"{CHROMIUM} is missing (apt-get install chromium)", allow_module_level=True)
sync_api = pytest.importorskip(
    "playwright.sync_api", reason="the playwright package is missing (pip install -e '.[dev]')"
)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def _wait_for_port(port: int, server: subprocess.Popen[bytes], timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.poll() is not None:
            output = server.stdout.read().decode(errors="replace") if server.stdout else ""
            pytest.fail(f"plansje serve exited with {server.returncode}:\n{output}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.1)
    pytest.fail(f"plansje serve did not listen on port {port} within {timeout} s")


@pytest.fixture
def served_session(tmp_path: Path) -> Iterator[tuple[Path, str, int]]:
    """A fresh session in a tmp store, served by `plansje serve` on a free port."""
    store_dir = tmp_path / "store"
    session = SessionStore.open(store_dir).create_session(
        resolve_agenda("statusmote"), title=TITLE, date=dt.date.today(), groups=2
    )
    port = _free_port()
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    env.pop("PLANSJE_STORE", None)
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "tui.cli",
            "serve",
            session.id,
            "--port",
            str(port),
            "--store",
            str(store_dir),
            "--lang",
            "nb",
        ],
        cwd=REPO,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        start_new_session=True,  # its own process group: the server and every app it spawns
    )
    try:
        _wait_for_port(port, server, timeout=15)
        yield store_dir, session.id, port
    finally:
        _stop(server)


def _stop(server: subprocess.Popen[bytes]) -> None:
    """Stop the server and the app processes it started (its whole process group)."""
    with contextlib.suppress(ProcessLookupError):
        os.killpg(server.pid, signal.SIGTERM)
    with contextlib.suppress(subprocess.TimeoutExpired):
        server.wait(timeout=5)
    with contextlib.suppress(ProcessLookupError):  # whatever outlived the server
        os.killpg(server.pid, signal.SIGKILL)
    server.wait(timeout=5)
    if server.stdout is not None:
        server.stdout.close()


def _notes(store_dir: Path, session_id: str) -> list[str]:
    return [note.text for note in SessionStore.open(store_dir).load(session_id).live_notes]


def test_note_typed_in_the_browser_lands_in_the_store(
    served_session: tuple[Path, str, int],
) -> None:
    store_dir, session_id, port = served_session
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, timeout=20_000
        )
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 800})
            page.set_default_timeout(20_000)
            page.add_init_script(RECORD_OUTPUT)
            base = f"http://127.0.0.1:{port}/"
            # hermetic: the page links a web font; never wait on the outside network
            page.route(lambda url: not url.startswith(base), lambda route: route.abort())
            page.goto(base, wait_until="domcontentloaded")
            # textual.js adds -first-byte to <body> once the app's first output arrives
            page.wait_for_selector("body.-first-byte", state="attached")
            for text in (TITLE, PLACEHOLDER):
                page.wait_for_function("text => window.__plansjeOutput.includes(text)", arg=text)
            page.wait_for_timeout(300)  # let the first screen settle
            # keys reach the app through xterm's hidden textarea; focus it without a click
            page.focus(".xterm-helper-textarea")
            page.keyboard.type(NOTE, delay=10)
            page.keyboard.press("Enter")

            deadline = time.monotonic() + 20
            while NOTE not in (notes := _notes(store_dir, session_id)):
                if time.monotonic() > deadline:
                    pytest.fail(f"the note never reached the store; notes: {notes!r}")
                time.sleep(0.2)
            if shot := os.environ.get("PLANSJE_E2E_SCREENSHOT"):  # for a human look
                page.wait_for_timeout(500)
                page.screenshot(path=shot)
        finally:
            browser.close()
    assert NOTE in _notes(store_dir, session_id)
