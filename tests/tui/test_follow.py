"""The other seat learns of a save by file events on the session's directory; polling is only
the fallback (no watcher, or a watcher that sees nothing), and the watcher stops with the app."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import AsyncIterator, Callable, Generator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest
import watchfiles
from textual.pilot import Pilot
from textual.widgets import Input

from agendas.library import resolve_agenda
from store.sessions import SessionStore
from tui import follow
from tui.app import PlansjeApp
from tui.follow import SessionFollower, is_final_file
from tui.screens.run import RunScreen
from tui.widgets.note_list import NoteList

from .conftest import START, FakeClock

NEVER = 3600.0  # seconds: an interval no test lives to see


async def _until(pilot: Pilot[None], condition: Callable[[], bool], pauses: int = 500) -> None:
    """Let the app run until `condition` holds; fail after `pauses` short pauses (~5 s)."""
    for _ in range(pauses):
        if condition():
            return
        await pilot.pause(0.01)
    raise AssertionError("condition never became true")


def _shown(screen: RunScreen) -> list[str]:
    """The note texts painted in the seat's note list."""
    notes = screen.query_one(NoteList)
    return [str(notes.get_option_at_index(i).prompt) for i in range(notes.option_count)]


@dataclass
class Seats:
    """The facilitator's seat (types notes) and the minute-taker's seat (follows them)."""

    lead: Pilot[None]
    minutes: Pilot[None]
    lead_screen: RunScreen
    minutes_screen: RunScreen

    @property
    def follower(self) -> SessionFollower:
        """The minute-taker's follower."""
        return self.minutes_screen.follower

    async def note(self, text: str) -> None:
        """The facilitator saves a note; wait until the minute-taker's seat paints it."""
        self.lead_screen.query_one("#note-input", Input).value = text
        await self.lead.press("enter")
        await self.lead.app.workers.wait_for_complete()
        await _until(
            self.minutes, lambda: any(text in line for line in _shown(self.minutes_screen))
        )


@asynccontextmanager
async def _seats(tmp_path: Path, clock: FakeClock) -> AsyncIterator[Seats]:
    """Two apps on one store on disk, both on the session's Run screen, the meeting started."""
    session_id = (
        SessionStore.open(tmp_path)
        .create_session(resolve_agenda("statusmote"), title="Følg", date=START.date(), groups=2)
        .id
    )
    lead_app = PlansjeApp(SessionStore.open(tmp_path), clock=clock, session_id=session_id)
    minutes_app = PlansjeApp(
        SessionStore.open(tmp_path), clock=clock, session_id=session_id, seat="referent"
    )
    async with (
        lead_app.run_test(size=(100, 30)) as lead,
        minutes_app.run_test(size=(100, 30)) as minutes,
    ):
        await lead.pause()
        await minutes.pause()
        lead_screen, minutes_screen = lead_app.screen, minutes_app.screen
        assert isinstance(lead_screen, RunScreen) and isinstance(minutes_screen, RunScreen)
        seats = Seats(lead, minutes, lead_screen, minutes_screen)
        await lead_app.workers.wait_for_complete()
        await _until(minutes, lambda: minutes_screen.meeting.timing().current == 0)
        yield seats


async def test_a_note_saved_in_one_seat_is_painted_in_the_other_by_file_events(
    tmp_path: Path, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Neither the safety check nor polling would fire during the test: only events can help.
    monkeypatch.setattr(follow, "CHECK_SECONDS", NEVER)
    monkeypatch.setattr(follow, "POLL_SECONDS", NEVER)
    async with _seats(tmp_path, clock) as seats:
        await seats.note("Første sak")
        await seats.note("Andre sak")
        assert seats.follower.mode == "watch"
        assert seats.follower.loads["event"] >= 1 and seats.follower.loads["poll"] == 0
        # The facilitator sees the minute-taker's notes the same way.
        minutes_input = seats.minutes_screen.query_one("#note-input", Input)
        minutes_input.value = "g2 u: Fra referenten"
        await seats.minutes.press("enter")
        await _until(
            seats.lead, lambda: any("Fra referenten" in x for x in _shown(seats.lead_screen))
        )
        assert seats.lead_screen.follower.mode == "watch"


def _no_watcher(*paths: object, **options: object) -> Generator[set[object], None, None]:
    """A watcher that cannot start, like inotify at its watch limit."""
    raise OSError(28, "inotify watch limit reached")


async def test_without_a_watcher_the_seat_falls_back_to_polling(
    tmp_path: Path, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(follow, "WATCH", _no_watcher)
    monkeypatch.setattr(follow, "POLL_SECONDS", 0.02)
    async with _seats(tmp_path, clock) as seats:
        await seats.note("Fra prosesslederen")
        assert seats.follower.mode == "poll"
        assert "inotify watch limit" in seats.follower.fallback_reason
        assert seats.follower.loads["poll"] >= 1 and seats.follower.loads["event"] == 0


def _blind_watcher(
    *paths: object, stop_event: follow._StopSignal, **options: object
) -> Generator[set[tuple[watchfiles.Change, str]], None, None]:
    """A watcher on a network share: it starts, but only ever times out (no events arrive)."""
    while not stop_event.is_set():
        threading.Event().wait(0.01)  # the watcher's own timeout, in its thread
        yield set()


async def test_a_watcher_that_sees_nothing_hands_over_to_polling(
    tmp_path: Path, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(follow, "WATCH", _blind_watcher)
    monkeypatch.setattr(follow, "POLL_SECONDS", 0.02)
    async with _seats(tmp_path, clock) as seats:
        # Only once the watcher runs does the safety check count what it missed (a note saved
        # before it started is picked up by its first look at the store).
        await _until(seats.minutes, lambda: seats.follower.mode == "watch")
        await seats.note("Først")  # found by the safety check; the watcher missed it
        await seats.note("Så")  # missed again: the watcher is judged blind
        await _until(seats.minutes, lambda: seats.follower.mode == "poll")
        await seats.note("Til slutt")  # now found by polling
        assert seats.follower.loads["poll"] >= 1 and seats.follower.loads["event"] == 0


async def test_the_watcher_stops_when_the_app_closes(tmp_path: Path, clock: FakeClock) -> None:
    async with _seats(tmp_path, clock) as seats:
        follower = seats.follower
        await _until(seats.minutes, lambda: follower.mode == "watch")  # once the screen is up
        worker = follower.worker
        assert worker is not None
    await asyncio.wait_for(worker.wait(), timeout=5)
    assert follower.describe()["mode"] == "stopped"


@pytest.mark.parametrize(
    ("name", "reloads"),
    [
        ("session.json", True),
        ("agenda.json", True),
        ("notes-0003.json", True),
        (".session.json.3f9a0c1b2d4e.tmp", False),
        (".notes-0001.json.3f9a0c1b2d4e.tmp", False),
        ("session.lock", False),
        ("session.v1.bak.json", False),
    ],
)
def test_only_the_sessions_own_files_trigger_a_reload(name: str, reloads: bool) -> None:
    assert is_final_file(watchfiles.Change.added, f"/store/sessions/s1/{name}") is reloads
