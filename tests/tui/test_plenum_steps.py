"""A note in a step without group work belongs to the plenum, not to the last group."""

from __future__ import annotations

from textual.pilot import Pilot
from textual.widgets import Input

from store.sessions import SessionStore
from tests.tui.conftest import FakeClock, new_run_app, run_screen


async def _enter(pilot: Pilot[None], text: str) -> None:
    """Type a line into the note field (set at once) and press Enter."""
    pilot.app.screen.query_one("#note-input", Input).value = text
    await pilot.press("enter")


async def test_plenum_in_plenary_steps_and_the_last_group_in_group_work(
    store: SessionStore, clock: FakeClock
) -> None:
    app = new_run_app(store, clock, "statusmote", groups=3)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        screen = run_screen(app)
        await _enter(pilot, "Velkommen alle")  # Innledning: no group work
        await pilot.press("pagedown")  # Gruppearbeid per faktor
        await _enter(pilot, "For lite tid")
        await _enter(pilot, "g2 Travle vakter")
        await pilot.press("pagedown")  # Avslutning: plenum again
        await _enter(pilot, "Takk for i dag")
        await pilot.press("pageup")  # back to the group work: group 2 again
        await _enter(pilot, "Mer fra gruppe to")
        groups = {n.text: n.group for n in screen.meeting.notes.values()}
    assert groups == {
        "Velkommen alle": None,
        "For lite tid": 1,
        "Travle vakter": 2,
        "Takk for i dag": None,
        "Mer fra gruppe to": 2,
    }


async def test_an_ended_meeting_shows_no_step_keys(store: SessionStore, clock: FakeClock) -> None:
    from tui.widgets.key_bar import KeyBar

    app = new_run_app(store, clock, "tiltaksmote", groups=2)
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.pause()
        bar = app.screen.query_one(KeyBar)
        assert "PgDn" in str(bar.render())
        await pilot.press("f10")
        await pilot.pause()
        await pilot.press("tab", "enter")  # the dialog starts on "Avbryt": move to "Avslutt"
        await pilot.pause()
        screen = run_screen(app)
        assert screen.timing.state.value == "ended"
        shown = str(app.screen.query_one(KeyBar).render())
        assert "PgDn" not in shown and "Pause" not in shown
