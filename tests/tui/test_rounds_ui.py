"""Starting the next round of a meeting (the evening shift) from the Run screen and from Home."""

from __future__ import annotations

from textual.pilot import Pilot
from textual.widgets import DataTable, Input

from agendas.library import Library
from store.sessions import SessionStore
from tui.app import PlansjeApp
from tui.screens.round_dialog import RoundDialog
from tui.screens.run import RunScreen

from .conftest import START, FakeClock, new_run_app


async def _until_run_screen(pilot: Pilot[None], not_of: str | None = None) -> RunScreen:
    for _ in range(200):
        screen = pilot.app.screen
        if isinstance(screen, RunScreen) and screen.meeting.session.id != not_of:
            return screen
        await pilot.pause()
    raise AssertionError(f"no Run screen, still on {pilot.app.screen!r}")


async def test_ctrl_n_starts_the_next_round_with_its_own_notes_and_timer(
    store: SessionStore, clock: FakeClock
) -> None:
    app = new_run_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        first = await _until_run_screen(pilot)
        first_id = first.meeting.session.id
        first.field.value = "Lite tid til pauser"
        await pilot.press("enter")
        await pilot.press("ctrl+n")
        await app.workers.wait_for_complete()
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, RoundDialog)
        await pilot.press("enter")  # no name: refused, the dialog stays
        assert app.screen is dialog
        dialog.query_one("#round-name", Input).value = "Kveldsvakt"
        await pilot.press("enter")
        second = await _until_run_screen(pilot, not_of=first_id)
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert second.meeting.session.round_of == first_id
        assert second.title == "Test · Kveldsvakt"  # the header names the round
        assert second.meeting.session.notes == ()
        assert [s for s in app.screen_stack if isinstance(s, RunScreen)] == [second]
    stored = store.load(second.meeting.session.id)
    assert (stored.round_name, stored.state.value) == ("Kveldsvakt", "running")
    assert [n.text for n in store.load(first_id).notes] == ["Lite tid til pauser"]  # kept


async def test_u_on_home_starts_a_round_of_the_chosen_session(
    store: SessionStore, clock: FakeClock, library: Library
) -> None:
    from agendas.library import resolve_agenda

    first = store.create_session(resolve_agenda("statusmote"), title="Dag", date=START.date())
    app = PlansjeApp(store, clock=clock, library=library)
    async with app.run_test(size=(100, 30)) as pilot:
        while not app.screen.query("#sessions"):
            await pilot.pause()
        app.screen.query_one("#sessions", DataTable).focus()
        await pilot.press("u")
        await app.workers.wait_for_complete()
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, RoundDialog)
        dialog.query_one("#round-name", Input).value = "Nattevakt"
        await pilot.press("enter")
        second = await _until_run_screen(pilot)
        assert second.meeting.session.round_of == first.id
