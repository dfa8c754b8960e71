"""Snapshot tests of the main screens (pytest-textual-snapshot); update with --snapshot-update."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from textual.pilot import Pilot
from textual.widgets import DataTable, Input

from agendas.library import Library, resolve_agenda
from store.sessions import SessionStore
from tui.app import PlansjeApp

from .conftest import START, FakeClock, SnapCompare, new_run_app, run_screen


def _still_cursor(pilot: Pilot[None]) -> None:
    """Stop the note field's cursor blinking, so the picture does not depend on timing."""
    pilot.app.screen.query_one("#note-input", Input).cursor_blink = False


def _with_notes(app: PlansjeApp) -> Callable[[Pilot[None]], Awaitable[None]]:
    async def run_before(pilot: Pilot[None]) -> None:
        await pilot.pause()
        screen = pilot.app.screen
        for text in (
            "g1 u: Mange avbrytelser ved medisinutdeling",
            "g2 u: For lite tid til dokumentasjon",
            "Tekst med [bold]markup[/] og *stjerner*",
        ):
            screen.query_one("#note-input", Input).value = text
            await pilot.press("enter")
        await pilot.app.workers.wait_for_complete()
        _still_cursor(pilot)
        await pilot.pause()

    return run_before


def test_run_screen_80x24(
    snap_compare: SnapCompare,
    store: SessionStore,
    clock: FakeClock,
    fixed_ids: None,
    library: Library,
) -> None:
    app = new_run_app(store, clock, "statusmote", library=library)
    assert snap_compare(app, terminal_size=(80, 24), run_before=_with_notes(app))


def test_run_screen_160x50(
    snap_compare: SnapCompare,
    store: SessionStore,
    clock: FakeClock,
    fixed_ids: None,
    library: Library,
) -> None:
    app = new_run_app(store, clock, "apu-1", library=library)

    async def run_before(pilot: Pilot[None]) -> None:
        await pilot.pause()
        await pilot.press("pagedown")
        clock.advance(minutes=12)  # into the second interview round
        run_screen(pilot.app).tick()  # the switch is signalled on the next tick
        _still_cursor(pilot)
        await pilot.pause()

    assert snap_compare(app, terminal_size=(160, 50), run_before=run_before)


def test_run_screen_overtime(
    snap_compare: SnapCompare,
    store: SessionStore,
    clock: FakeClock,
    fixed_ids: None,
    library: Library,
) -> None:
    app = new_run_app(store, clock, "starte", library=library)

    async def run_before(pilot: Pilot[None]) -> None:
        await pilot.pause()
        clock.advance(minutes=13, seconds=25)  # a 10-minute step, 3:25 over
        run_screen(pilot.app).tick()
        _still_cursor(pilot)
        await pilot.pause()

    assert snap_compare(app, terminal_size=(80, 24), run_before=run_before)


def test_help_screen(
    snap_compare: SnapCompare,
    store: SessionStore,
    clock: FakeClock,
    fixed_ids: None,
    library: Library,
) -> None:
    app = new_run_app(store, clock, "statusmote", library=library)
    assert snap_compare(app, terminal_size=(80, 24), press=["f1"])


def test_home_screen(
    snap_compare: SnapCompare,
    store: SessionStore,
    clock: FakeClock,
    fixed_ids: None,
    library: Library,
) -> None:
    for agenda_id, title in (("statusmote", "Statusmøte vår"), ("apu-1", "APU møte 1")):
        store.create_session(resolve_agenda(agenda_id), title=title, date=START.date())
    app = PlansjeApp(store, library=library, clock=clock)
    assert snap_compare(app, terminal_size=(100, 30))


def test_new_session_dialog(
    snap_compare: SnapCompare,
    store: SessionStore,
    clock: FakeClock,
    fixed_ids: None,
    library: Library,
) -> None:
    store.create_session(resolve_agenda("statusmote"), title="Statusmøte vår", date=START.date())
    app = PlansjeApp(store, library=library, clock=clock)

    async def run_before(pilot: Pilot[None]) -> None:
        await pilot.pause()
        table = pilot.app.screen.query_one("#agendas", DataTable)
        table.move_cursor(row=list(library.agendas).index("tiltaksmote"))
        await pilot.press("enter")
        await pilot.pause()

    assert snap_compare(app, terminal_size=(100, 40), run_before=run_before)
