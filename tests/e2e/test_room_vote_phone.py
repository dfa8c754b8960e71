"""End to end: a phone votes in APU's wish step (Chromium at 390×844 with touch).

The participant joins by code, picks group 1, says two people share the phone, puts dots on
a wish and saves; the dots land in the session as group 1's ballot. The result shows on the
phone only once the facilitator has revealed it.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from agendas.library import resolve_agenda
from agendas.model import NoteKind
from store.model import Event, EventType
from store.sessions import SessionStore
from store.votes import group_seat, load_votes, reveal
from tests.e2e.test_room_phone import OpenRoom, _read_banner
from tests.e2e.test_serve_browser import CHROMIUM, CHROMIUM_ARGS, REPO, _free_port, _stop
from tests.store.helpers import note

sync_api = pytest.importorskip("playwright.sync_api")
WISH_STEP = 1
"""APU's «den gode arbeidsdagen» step: it collects wishes and votes 3 per participant."""


@pytest.fixture
def apu_room(tmp_path: Path) -> Iterator[OpenRoom]:
    """A running APU meeting of two groups at its voting step, with two wishes and a room."""
    store_dir = tmp_path / "store"
    store = SessionStore.open(store_dir)
    session = store.create_session(
        resolve_agenda("apu-1"), title="APU", date=dt.date.today(), groups=2
    )
    started = dt.datetime.now(dt.UTC)
    store.record_event(session.id, Event(EventType.STARTED, started, step=0))
    store.record_event(session.id, Event(EventType.STEP_ENTERED, started, step=WISH_STEP))
    wishes = [note(WISH_STEP, 2, t, kind=NoteKind.ONSKE) for t in ("Mer lys", "Felles lunsj")]
    store.add_notes(session.id, wishes)
    port = _free_port()
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    env.pop("PLANSJE_STORE", None)
    argv = [sys.executable, "-m", "tui.cli", "room", session.id, "--port", str(port)]
    server = subprocess.Popen(
        [*argv, "--store", str(store_dir), "--lang", "nb"],
        cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
        start_new_session=True,
    )  # fmt: skip
    try:
        code, _ = _read_banner(server, timeout=15)
        yield OpenRoom(store_dir, session.id, f"http://127.0.0.1:{port}", code)
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(server.pid, signal.SIGINT)
        _stop(server)  # type: ignore[arg-type]


def test_a_phone_votes_for_two_people_and_sees_the_result_once_revealed(
    apu_room: OpenRoom,
) -> None:
    store = SessionStore.open(apu_room.store)
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
            page.goto(apu_room.base + "/")
            page.fill("#code", apu_room.code)
            page.tap("#join-form button")
            page.get_by_role("button", name="Gruppe 1").tap()
            page.wait_for_selector("#vote-notes li:has-text('Mer lys')")
            assert "3 prikker per deltaker" in (page.text_content("#vote-rule") or "")
            page.select_option("#people", "2")
            more = page.locator("#vote-notes li", has_text="Mer lys").get_by_label("Én prikk til")
            for _ in range(7):  # the seventh dot is more than two people have
                more.tap()
            assert page.text_content("#vote-left") == "0 av 6 prikker igjen"
            page.tap("#vote-save")
            page.wait_for_selector("#vote-status:text('Stemmene er lagret.')")
            assert page.locator("#vote-results li").count() == 0  # hidden until revealed

            reveal(store, store.load(apu_room.session_id), WISH_STEP)
            page.wait_for_selector("#vote-results li:has-text('Mer lys')")
            assert "6 prikker" in (page.text_content("#vote-results") or "")
            if shot := os.environ.get("PLANSJE_E2E_VOTE_SCREENSHOT"):
                page.screenshot(path=shot, full_page=True)
        finally:
            browser.close()

    book = load_votes(store, apu_room.session_id)
    (ballot,) = book.ballots
    assert (ballot.seat, ballot.people, ballot.used) == (group_seat(1), 2, 6)
    ranked = {n.text: n.rank for n in store.load(apu_room.session_id).live_notes}
    assert ranked == {"Mer lys": 1, "Felles lunsj": None}
