"""End to end: `plansje room` and a phone (Chromium at 390×844 with touch) in one group.

The participant types the short code, picks group 2, adds notes, follows the facilitator's
step change and sees a script-like note as plain text; the notes land in the session,
attributed to group 2. The page loads nothing but the room's own address.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from agendas.library import resolve_agenda
from store.model import Event, EventType
from store.sessions import SessionStore
from tests.e2e.test_serve_browser import CHROMIUM, CHROMIUM_ARGS, REPO, _free_port, _stop

if TYPE_CHECKING:
    from playwright.sync_api import Route

sync_api = pytest.importorskip("playwright.sync_api")
XSS = "<img src=x onerror=document.title='hacked'>"


@dataclass
class OpenRoom:
    """A served room: its store, session, address and short code."""

    store: Path
    session_id: str
    base: str
    code: str


def _read_banner(server: subprocess.Popen[str], timeout: float) -> tuple[str, str]:
    """The short code and the join address from `plansje room`'s first lines."""
    assert server.stdout is not None
    deadline = time.monotonic() + timeout
    code = ""
    while time.monotonic() < deadline:
        line = server.stdout.readline()
        if not line:
            pytest.fail(f"plansje room exited with {server.wait()}")
        if found := re.search(r"Kode: ([A-Z0-9-]+)", line):
            code = found.group(1)
        if line.startswith("http://"):
            return code, line.strip()
    pytest.fail("plansje room printed no join address")


@pytest.fixture
def open_room(tmp_path: Path) -> Iterator[OpenRoom]:
    """A running Statusmøte of three groups with `plansje room` on a free port."""
    store_dir = tmp_path / "store"
    store = SessionStore.open(store_dir)
    session = store.create_session(
        resolve_agenda("statusmote"), title="Mobilmøte", date=dt.date.today(), groups=3,
        factors=("Arbeidsmengde", "Samarbeid"),
    )  # fmt: skip
    store.record_event(session.id, Event(EventType.STARTED, dt.datetime.now(dt.UTC), step=0))
    port = _free_port()
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    env.pop("PLANSJE_STORE", None)
    argv = [sys.executable, "-m", "tui.cli", "room", session.id, "--port", str(port)]
    server = subprocess.Popen(
        [*argv, "--store", str(store_dir), "--lang", "nb"],
        cwd=REPO,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,
    )
    try:
        code, url = _read_banner(server, timeout=15)
        assert url.startswith(f"http://127.0.0.1:{port}/j/")
        yield OpenRoom(store_dir, session.id, f"http://127.0.0.1:{port}", code)
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(server.pid, signal.SIGINT)
        _stop(server)  # type: ignore[arg-type]


def _wait(condition: object, what: str, seconds: float = 15.0) -> None:
    deadline = time.monotonic() + seconds
    while not callable(condition) or not condition():
        if time.monotonic() > deadline:
            pytest.fail(f"timed out waiting for {what}")
        time.sleep(0.1)


def test_a_phone_joins_by_code_adds_notes_and_follows_the_step(open_room: OpenRoom) -> None:
    store = SessionStore.open(open_room.store)
    outside: list[str] = []
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, timeout=20_000
        )
        try:
            phone = browser.new_context(
                viewport={"width": 390, "height": 844}, has_touch=True, is_mobile=True
            )
            page = phone.new_page()
            page.set_default_timeout(15_000)

            def block(route: Route) -> None:
                outside.append(route.request.url)
                route.abort()

            page.route(lambda url: not url.startswith(open_room.base), block)
            page.goto(open_room.base + "/")
            page.fill("#code", open_room.code.lower())
            page.tap("#join-form button")
            page.get_by_role("button", name="Gruppe 2").tap()
            page.wait_for_selector("#step-title:text('Innledning og filmene')")
            assert page.text_content("#group-name") == "Gruppe 2"
            assert page.text_content("label[for=text]") == "Notat"
            assert page.locator("#factor").is_hidden()  # plain notes have no factor

            page.fill("#text", "Vi så filmene sammen")
            page.tap("#add")
            page.wait_for_selector("#status:text('Lagret.')")

            store.record_event(
                open_room.session_id,
                Event(EventType.STEP_ENTERED, dt.datetime.now(dt.UTC), step=1),
            )
            page.wait_for_selector("#step-title:text('Gruppearbeid per faktor')")
            assert "Kjenner vi oss igjen" in (page.text_content("#questions") or "")
            assert page.text_content("label[for=text]") == "Utfordring"  # what it collects

            page.select_option("#factor", "Arbeidsmengde")  # the poster's segment
            for text in ("Støy i åpent landskap", XSS):
                page.fill("#text", text)
                page.tap("#add")
                page.wait_for_function(
                    "t => [...document.querySelectorAll('#notes .text')]"
                    ".some(n => n.textContent === t)",
                    arg=text,
                )
            assert page.locator("#notes img").count() == 0
            assert page.title() != "hacked"
            if shot := os.environ.get("PLANSJE_E2E_SCREENSHOT"):
                page.screenshot(path=shot, full_page=True)
        finally:
            browser.close()

    notes = store.load(open_room.session_id).live_notes
    assert [(n.text, n.group, n.step, n.kind.value) for n in notes] == [
        ("Vi så filmene sammen", 2, 0, "notat"),
        ("Støy i åpent landskap", 2, 1, "utfordring"),
        (XSS, 2, 1, "utfordring"),
    ]
    assert [n.factor for n in notes] == ["", "Arbeidsmengde", "Arbeidsmengde"]
    assert outside == []
