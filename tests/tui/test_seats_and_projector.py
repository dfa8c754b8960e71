"""Two seats on one session (following, handing over control, the command palette of each
seat) and the projector view."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path

from textual.pilot import Pilot
from textual.widgets import Input

from agendas.library import resolve_agenda
from store.sessions import SessionStore
from store.timing import MeetingState
from tui.app import PlansjeApp
from tui.screens.run import RunScreen
from tui.screens.show import ShowScreen

from .conftest import FakeClock
from .seat_sessions import new_session


async def _wait_until(
    pilot: Pilot[None], condition: Callable[[], bool], seconds: float = 3.0
) -> None:
    for _ in range(int(seconds / 0.05)):
        if condition():
            return
        await pilot.pause(0.05)
    raise AssertionError("condition never became true")


@dataclass
class Seats:
    """Two apps on one session: the facilitator's and the minute-taker's, with their pilots."""

    session_id: str
    facilitator: PlansjeApp
    referent: PlansjeApp
    lead: Pilot[None]
    minutes: Pilot[None]
    lead_screen: RunScreen
    minutes_screen: RunScreen


@asynccontextmanager
async def _two_seats(
    tmp_path: Path, clock: FakeClock, size: tuple[int, int]
) -> AsyncIterator[Seats]:
    """Open the facilitator's and the minute-taker's seats; yield once both show step 1."""
    session_id = new_session(SessionStore.open(tmp_path))
    facilitator = PlansjeApp(SessionStore.open(tmp_path), clock=clock, session_id=session_id)
    referent = PlansjeApp(
        SessionStore.open(tmp_path), clock=clock, session_id=session_id, seat="referent"
    )
    async with facilitator.run_test(size=size) as lead, referent.run_test(size=size) as minutes:
        await lead.pause()
        await minutes.pause()
        lead_screen, minutes_screen = facilitator.screen, referent.screen
        assert isinstance(lead_screen, RunScreen) and isinstance(minutes_screen, RunScreen)
        # The minute-taker's seat follows the facilitator's start of the meeting.
        await facilitator.workers.wait_for_complete()
        await _wait_until(minutes, lambda: minutes_screen.meeting.timing().current == 0)
        yield Seats(session_id, facilitator, referent, lead, minutes, lead_screen, minutes_screen)


async def test_minute_taker_seat_follows_the_facilitator_and_cannot_move_steps(
    tmp_path: Path, clock: FakeClock
) -> None:
    async with _two_seats(tmp_path, clock, (80, 24)) as seats:
        facilitator, referent = seats.facilitator, seats.referent
        lead, minutes = seats.lead, seats.minutes
        lead_screen, minutes_screen = seats.lead_screen, seats.minutes_screen
        # The minute-taker's PageDown does nothing; the facilitator's moves both seats.
        await minutes.press("pagedown")
        assert minutes_screen.meeting.timing().current == 0
        await lead.press("pagedown")
        await facilitator.workers.wait_for_complete()
        await _wait_until(minutes, lambda: minutes_screen.meeting.timing().current == 1)
        # A note typed in either seat shows up in the other.
        minutes_screen.query_one("#note-input", Input).value = "g2 u: Fra referenten"
        await minutes.press("enter")
        await referent.workers.wait_for_complete()
        lead_screen.query_one("#note-input", Input).value = "Fra prosesslederen"
        await lead.press("enter")
        await facilitator.workers.wait_for_complete()
        await _wait_until(lead, lambda: len(lead_screen.meeting.step_notes(1)) == 2)
        await _wait_until(minutes, lambda: len(minutes_screen.meeting.step_notes(1)) == 2)
    texts = sorted(n.text for n in SessionStore.open(tmp_path).load(seats.session_id).live_notes)
    assert texts == ["Fra prosesslederen", "Fra referenten"]


async def test_facilitator_hands_control_to_the_minute_taker_and_takes_it_back(
    tmp_path: Path, clock: FakeClock
) -> None:
    async with _two_seats(tmp_path, clock, (100, 30)) as seats:
        facilitator, referent = seats.facilitator, seats.referent
        lead, minutes = seats.lead, seats.minutes
        lead_screen, minutes_screen = seats.lead_screen, seats.minutes_screen
        # The minute-taker cannot grab control.
        await minutes.press("ctrl+g")
        assert not minutes_screen.controls and lead_screen.controls
        # Ctrl+G hands it over; the minute-taker's seat notices and its header says so.
        await lead.press("ctrl+g")
        await facilitator.workers.wait_for_complete()
        assert not lead_screen.controls
        await _wait_until(minutes, lambda: minutes_screen.controls)
        assert "Du styrer" in minutes_screen.sub_title
        assert "Referenten styrer" in lead_screen.sub_title
        # Now only the minute-taker moves the steps, and both seats follow.
        await lead.press("pagedown")
        assert lead_screen.meeting.timing().current == 0
        await minutes.press("pagedown")
        await referent.workers.wait_for_complete()
        await _wait_until(lead, lambda: lead_screen.meeting.timing().current == 1)
        await minutes.press("f2")
        await referent.workers.wait_for_complete()
        await _wait_until(lead, lambda: lead_screen.meeting.timing().state is MeetingState.PAUSED)
        # The facilitator takes it back at any time.
        await lead.press("ctrl+g")
        await facilitator.workers.wait_for_complete()
        await _wait_until(minutes, lambda: not minutes_screen.controls)
        await minutes.press("pagedown")
        assert minutes_screen.meeting.timing().current == 1
        assert lead_screen.controls and "Du styrer" in lead_screen.sub_title
    stored = SessionStore.open(tmp_path).load(seats.session_id)
    assert stored.timing(clock()).current == 1


async def test_projector_view_follows_the_step_and_counts_notes_per_group(
    tmp_path: Path, clock: FakeClock
) -> None:
    store = SessionStore.open(tmp_path)
    session_id = new_session(store, "tiltaksmote")
    lead = PlansjeApp(store, clock=clock, session_id=session_id)
    room = PlansjeApp(SessionStore.open(tmp_path), clock=clock, session_id=session_id, seat="show")
    async with lead.run_test(size=(80, 24)) as pilot, room.run_test(size=(100, 30)) as wall:
        await pilot.pause()
        await pilot.press("pagedown")
        pilot.app.screen.query_one("#note-input", Input).value = "g1 b: God tone"
        await pilot.press("enter")
        await lead.workers.wait_for_complete()
        show = room.screen
        assert isinstance(show, ShowScreen)
        await _wait_until(wall, lambda: show.meeting.timing().current == 1)
        await _wait_until(
            wall, lambda: "gruppe 1: 1" in str(show.query_one("#show-counts").render())
        )
        title = str(show.query_one("#show-title").render())
        counts = str(show.query_one("#show-counts").render())
        step_title = resolve_agenda("tiltaksmote").steps[1].title
        assert step_title in title
        assert "gruppe 1: 1" in counts and "gruppe 2: 0" in counts
        await wall.press("pagedown", "f10")  # the room view changes nothing
        assert show.meeting.timing().state is MeetingState.RUNNING


async def _palette_labels(app: PlansjeApp, pilot: Pilot[None], query: str) -> list[str]:
    from textual.command import CommandList, CommandPalette

    await pilot.press("ctrl+p")
    await pilot.pause()
    palette = app.screen
    assert isinstance(palette, CommandPalette)
    palette.query_one(Input).value = query
    await pilot.pause(0.3)
    options = palette.query_one(CommandList)
    labels = [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]
    await pilot.press("escape")
    return labels


async def test_command_palette_offers_step_controls_only_to_the_seat_holding_control(
    tmp_path: Path, clock: FakeClock
) -> None:
    store = SessionStore.open(tmp_path)
    session_id = new_session(store)
    referent = PlansjeApp(store, clock=clock, session_id=session_id, seat="referent")
    async with referent.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert not any(
            "Neste steg" in label for label in await _palette_labels(referent, pilot, "steg")
        )
        assert any(
            "Notattype" in label for label in await _palette_labels(referent, pilot, "Notat")
        )
    facilitator = PlansjeApp(store, clock=clock, session_id=session_id)
    async with facilitator.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert any(
            "Neste steg" in label for label in await _palette_labels(facilitator, pilot, "steg")
        )
