"""Ctrl+R on the Run screen opens the group seats beside the meeting: the QR panel shows the
join address, a phone's note reaches the facilitator's screen, and the room stops with it."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import aiohttp
import pytest
from textual.pilot import Pilot
from textual.widgets import Static

from agendas.library import resolve_agenda
from store.room.keys import new_keys
from store.room.room_file import RoomRecord, read_room, write_room
from store.sessions import SessionStore
from tui.app import PlansjeApp
from tui.room.web_app import CSRF_HEADER
from tui.screens import run_room, show_room
from tui.screens.help import HelpScreen
from tui.screens.run import RunScreen
from tui.screens.show import ShowScreen
from tui.widgets.room_panel import RoomPanel

from .conftest import FakeClock, new_run_app
from .test_layout import drawn


async def _until(pilot: Pilot[None], condition: Callable[[], bool], pauses: int = 800) -> None:
    for _ in range(pauses):
        if condition():
            return
        await pilot.pause(0.01)
    raise AssertionError("condition never became true")


async def test_the_room_opens_beside_the_meeting_and_a_phones_note_reaches_the_screen(
    store: SessionStore, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(run_room, "DEFAULT_PORT", 0)  # any free port on 127.0.0.1
    app = new_run_app(store, clock)
    async with app.run_test(size=(120, 50)) as pilot:
        await _until(pilot, lambda: isinstance(app.screen, RunScreen))
        screen = app.screen
        assert isinstance(screen, RunScreen)
        await pilot.pause()
        folder = store.sessions_dir / screen.meeting.session.id
        await pilot.press("ctrl+r")
        await _until(pilot, lambda: bool(screen.query(RoomPanel)))
        record = read_room(folder)
        assert record is not None and record.join_url.startswith("http://127.0.0.1:")
        panel = screen.query_one(RoomPanel)
        await pilot.pause()
        lines = drawn(panel)
        assert record.keys.shown_code in "\n".join(lines)
        assert sum("█" in line for line in lines) >= 15  # the QR code, drawn in blocks

        jar = aiohttp.CookieJar(unsafe=True)
        async with aiohttp.ClientSession(cookie_jar=jar) as phone:
            async with phone.get(record.join_url) as page:
                found = re.search(r'data-csrf="([0-9a-f]+)"', await page.text())
            assert found is not None
            note = {"text": "Fra gruppe 2 sin mobil", "group": 2}
            headers = {CSRF_HEADER: found.group(1)}
            async with phone.post(f"{record.address}/api/notes", json=note, headers=headers) as r:
                assert r.status == 201
        await _until(
            pilot,
            lambda: any(n.text == note["text"] for n in screen.meeting.session.live_notes),
        )
        (seen,) = screen.meeting.session.live_notes
        assert seen.group == 2

        await pilot.press("ctrl+r")
        assert not panel.display
        await pilot.press("ctrl+r")
        assert panel.display
        thread = screen.room_thread
        assert thread is not None
    assert thread.wait_stopped(5)
    closed = read_room(folder)
    assert closed is not None and closed.join_url == ""


async def test_the_qr_panel_goes_when_the_meeting_ends_and_the_room_with_it(
    store: SessionStore, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(run_room, "DEFAULT_PORT", 0)
    app = new_run_app(store, clock)
    async with app.run_test(size=(120, 50)) as pilot:
        await _until(pilot, lambda: isinstance(app.screen, RunScreen))
        screen = app.screen
        assert isinstance(screen, RunScreen)
        await pilot.press("ctrl+r")
        await _until(pilot, lambda: bool(screen.query(RoomPanel)))
        assert screen.meeting.end()  # here, or by the seat that holds control
        screen.tick()
        await _until(pilot, lambda: not screen.query(RoomPanel))
        thread = screen.room_thread
    assert thread is not None and thread.wait_stopped(5)


async def test_the_projector_view_shows_the_rooms_qr_while_it_is_open(
    tmp_path: Path, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(show_room, "CHECK_SECONDS", 0.05)
    store = SessionStore.open(tmp_path)
    session = store.create_session(
        resolve_agenda("statusmote"), title="Vegg", date=clock().date(), groups=2
    )
    folder = store.sessions_dir / session.id
    keys = new_keys(session.id)
    wall = PlansjeApp(SessionStore.open(tmp_path), clock=clock, session_id=session.id, seat="show")
    async with wall.run_test(size=(140, 50)) as pilot:
        await _until(pilot, lambda: isinstance(wall.screen, ShowScreen))
        show = wall.screen
        assert not show.query(RoomPanel)
        write_room(folder, RoomRecord(keys, "http://192.168.1.20:8400"))
        await _until(pilot, lambda: bool(show.query(RoomPanel)))
        await pilot.pause()
        text = "\n".join(drawn(show.query_one(RoomPanel)))
        assert keys.shown_code in text and "192.168.1.20:8400" in text
        write_room(folder, RoomRecord(keys))  # the room closed
        await _until(pilot, lambda: not show.query(RoomPanel))


async def test_f1_lists_the_room_key(store: SessionStore, clock: FakeClock) -> None:
    app = new_run_app(store, clock)
    async with app.run_test(size=(120, 50)) as pilot:
        await _until(pilot, lambda: isinstance(app.screen, RunScreen))
        await pilot.pause()
        await pilot.press("f1")
        await _until(pilot, lambda: isinstance(app.screen, HelpScreen))
        await pilot.pause()
        shown = "\n".join("\n".join(drawn(w)) for w in app.screen.query(Static))
        rows = [line.split()[:3] for line in shown.splitlines()]
        assert ["Ctrl+R", "Gruppeplasser", "og"] in rows
