"""F8 while the room is open beside the meeting offers the join sheet and writes it."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import OptionList

from store.room.room_file import read_room
from store.sessions import SessionStore
from tests.print.pdf import all_text, page_texts
from tui.screens import run_room
from tui.widgets.room_panel import RoomPanel

from .conftest import FakeClock, new_run_app
from .test_note_entry import _open
from .test_vote_keys import _until


async def test_f8_offers_the_join_sheet_once_the_room_is_open(
    tmp_path: Path, store: SessionStore, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(run_room, "DEFAULT_PORT", 0)  # any free port on 127.0.0.1
    app = new_run_app(store, clock, groups=2)
    async with app.run_test(size=(100, 40)) as pilot:
        screen = await _open(pilot)
        await pilot.press("f8")
        await pilot.pause()
        options = app.screen.query_one(OptionList)
        ids = [options.get_option_at_index(i).id for i in range(options.option_count)]
        assert "joinsheet.pdf" not in ids  # no room yet
        await pilot.press("escape", "ctrl+r")
        await _until(pilot, lambda: bool(screen.query(RoomPanel)))
        await pilot.press("f8")
        await pilot.pause()
        options = app.screen.query_one(OptionList)
        ids = [options.get_option_at_index(i).id for i in range(options.option_count)]
        options.highlighted = ids.index("joinsheet.pdf")
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        record = read_room(store.sessions_dir / screen.meeting.session.id)
    assert record is not None
    (written,) = tmp_path.glob("gruppekoder-*.pdf")
    data = written.read_bytes()
    assert len(page_texts(data)) == 2
    assert record.keys.shown_code in all_text(data)
