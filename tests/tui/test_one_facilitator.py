"""One facilitator seat per meeting: a second facilitator window joins as the minute-taker."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from textual.pilot import Pilot

from agendas.library import resolve_agenda
from store.language import set_language, t
from store.model import Seat
from store.sessions import SessionStore
from tui.app import PlansjeApp
from tui.screens.run import RunScreen

from .conftest import START, FakeClock


def _session(root: Path) -> str:
    """A new two-group status meeting in the store at `root`."""
    agenda = resolve_agenda("statusmote")
    return SessionStore.open(root).create_session(agenda, title="Møte", date=START.date()).id


def _facilitator(root: Path, clock: FakeClock, session_id: str | None) -> PlansjeApp:
    """An app as `plansje resume ID` opens it (or Home, when `session_id` is None)."""
    return PlansjeApp(SessionStore.open(root), clock=clock, session_id=session_id)


def _messages(app: PlansjeApp) -> list[str]:
    return [str(n.message) for n in app._notifications]


async def _run_screen(pilot: Pilot[None]) -> RunScreen:
    """The Run screen once it is shown and its first writes are done."""
    for _ in range(100):
        await pilot.pause()
        await pilot.app.workers.wait_for_complete()
        if isinstance(pilot.app.screen, RunScreen):
            return pilot.app.screen
    raise AssertionError(f"no Run screen, but {pilot.app.screen!r}")


async def _until(pilot: Pilot[None], condition: Callable[[], bool]) -> None:
    for _ in range(250):
        if condition():
            return
        await pilot.pause(0.02)
    raise AssertionError("condition never became true")


async def test_second_facilitator_joins_as_minute_taker_and_cannot_move_the_meeting(
    tmp_path: Path, clock: FakeClock
) -> None:
    session_id = _session(tmp_path)
    first, second = (
        _facilitator(tmp_path, clock, session_id),
        _facilitator(tmp_path, clock, session_id),
    )
    async with first.run_test(size=(80, 24)) as lead:
        lead_screen = await _run_screen(lead)
        async with second.run_test(size=(80, 24)) as other:
            other_screen = await _run_screen(other)
            assert lead_screen.seat is Seat.FACILITATOR
            assert other_screen.seat is Seat.REFERENT
            assert (other_screen.sub_title or "").startswith(t("seat.header"))
            assert any(f"plansje join {session_id}" in m for m in _messages(second))
            assert not any(f"plansje join {session_id}" in m for m in _messages(first))
            # PgDn in the second window does not move the meeting; in the first it does.
            stored = SessionStore.open(tmp_path).load(session_id).events
            await other.press("pagedown")
            await other.app.workers.wait_for_complete()
            assert other_screen.meeting.timing().current == 0
            assert SessionStore.open(tmp_path).load(session_id).events == stored
            await lead.press("pagedown")
            await lead.app.workers.wait_for_complete()
            assert lead_screen.meeting.timing().current == 1
            await _until(other, lambda: other_screen.meeting.timing().current == 1)
    # The first window closed: the next `plansje resume` is the facilitator again.
    third = _facilitator(tmp_path, clock, session_id)
    async with third.run_test(size=(80, 24)) as pilot:
        screen = await _run_screen(pilot)
        assert screen.seat is Seat.FACILITATOR
        assert not (screen.sub_title or "").startswith(t("seat.header"))
        await pilot.press("pagedown")
        await pilot.app.workers.wait_for_complete()
        assert screen.meeting.timing().current == 2


async def test_opening_the_meeting_from_home_while_it_runs_elsewhere_joins_as_minute_taker(
    tmp_path: Path, clock: FakeClock
) -> None:
    session_id = _session(tmp_path)
    first, home = _facilitator(tmp_path, clock, session_id), _facilitator(tmp_path, clock, None)
    async with first.run_test(size=(80, 24)) as lead, home.run_test(size=(100, 30)) as other:
        await _run_screen(lead)  # Home loads no session, so the seat is the first app's
        await _until(other, lambda: type(other.app.screen).__name__ == "HomeScreen")
        await other.press("r")
        screen = await _run_screen(other)
        assert screen.seat is Seat.REFERENT
        assert any(f"plansje join {session_id}" in m for m in _messages(home))
        await other.press("pagedown")
        assert screen.meeting.timing().current == 0


async def test_the_seat_taken_message_is_english_with_lang_en(
    tmp_path: Path, clock: FakeClock
) -> None:
    session_id = _session(tmp_path)
    set_language("en")
    try:
        first = _facilitator(tmp_path, clock, session_id)
        second = _facilitator(tmp_path, clock, session_id)
        async with first.run_test() as lead:
            await _run_screen(lead)  # the first app takes the seat before the second starts
            async with second.run_test() as other:
                screen = await _run_screen(other)
                assert (screen.sub_title or "").startswith("Minute-taker's seat")
                assert any("joined as the minute-taker" in m for m in _messages(second))
    finally:
        set_language("nb")


async def test_a_minute_taker_window_does_not_take_the_facilitator_seat(
    tmp_path: Path, clock: FakeClock
) -> None:
    session_id = _session(tmp_path)
    minutes = PlansjeApp(
        SessionStore.open(tmp_path), clock=clock, session_id=session_id, seat="referent"
    )
    lead = _facilitator(tmp_path, clock, session_id)
    async with minutes.run_test() as m, lead.run_test() as f:
        await _run_screen(m)
        screen = await _run_screen(f)
        assert screen.seat is Seat.FACILITATOR
        assert not (screen.sub_title or "").startswith(t("seat.header"))
