"""The form dialogs at 80×24 and 120×40: errors and buttons in view, the first field focused."""

from __future__ import annotations

import pytest
from textual.binding import Binding
from textual.pilot import Pilot
from textual.widget import Widget
from textual.widgets import Input, Label, Select

from store.sessions import SessionStore
from tui.app import PlansjeApp
from tui.screens.help import HelpScreen
from tui.screens.new_session import NewSessionDialog
from tui.screens.note_details import NoteDetailsDialog
from tui.screens.plan import PlanDialog
from tui.screens.run import RunScreen

from .conftest import FakeClock, new_run_app

SIZES = [(80, 24), (120, 40)]


def in_view(widget: Widget) -> bool:
    """True when the whole widget is drawn on screen (not scrolled away or clipped)."""
    geometry = widget.screen.find_widget(widget)
    region = geometry.region
    return (
        region.area > 0
        and geometry.clip.contains_region(region)
        and widget.screen.region.contains_region(region)
    )


def text_of(label: Label) -> str:
    """The plain text a label shows."""
    return str(label.render())


async def open_new_session(pilot: Pilot[None]) -> NewSessionDialog:
    """From Home, Enter on the first agenda opens the new-session dialog."""
    await pilot.pause()
    await pilot.press("enter")
    await pilot.pause()
    dialog = pilot.app.screen
    assert isinstance(dialog, NewSessionDialog)
    return dialog


@pytest.mark.parametrize("size", SIZES)
async def test_empty_title_says_so_in_view_and_puts_the_cursor_there(
    store: SessionStore, clock: FakeClock, size: tuple[int, int]
) -> None:
    app = PlansjeApp(store, clock=clock)
    async with app.run_test(size=size) as pilot:
        dialog = await open_new_session(pilot)
        dialog.query_one("#title", Input).value = ""
        dialog.query_one("#groups", Input).focus()
        await pilot.press("enter")
        await pilot.pause()
        error = dialog.query_one("#new-error", Label)
        assert app.screen is dialog
        assert text_of(error) == "Skriv en tittel."
        assert in_view(error)
        assert app.focused is dialog.query_one("#title", Input)
        assert in_view(dialog.query_one("#start"))


async def test_a_date_that_does_not_exist_is_called_that(
    store: SessionStore, clock: FakeClock
) -> None:
    app = PlansjeApp(store, clock=clock)
    async with app.run_test(size=(80, 24)) as pilot:
        dialog = await open_new_session(pilot)
        dialog.query_one("#date", Input).value = "2026-13-45"
        await pilot.press("enter")
        await pilot.pause()
        error = dialog.query_one("#new-error", Label)
        assert text_of(error) == "Datoen 2026-13-45 finnes ikke."
        assert in_view(error)
        assert app.focused is dialog.query_one("#date", Input)
        dialog.query_one("#date", Input).value = "23.11.2026"
        await pilot.press("enter")
        await pilot.pause()
        assert text_of(error) == "Datoen må skrives ÅÅÅÅ-MM-DD."


async def open_plan(pilot: Pilot[None]) -> PlanDialog:
    """Ctrl+F on the Starte meeting's Run screen opens the progress plan."""
    await pilot.pause()
    await pilot.press("ctrl+f")
    await pilot.pause()
    dialog = pilot.app.screen
    assert isinstance(dialog, PlanDialog)
    return dialog


@pytest.mark.parametrize("size", SIZES)
async def test_plan_with_a_bad_time_shows_the_error_the_field_and_the_buttons(
    store: SessionStore, clock: FakeClock, size: tuple[int, int]
) -> None:
    app = new_run_app(store, clock, "starte")
    async with app.run_test(size=size) as pilot:
        dialog = await open_plan(pilot)
        last = len(dialog.entries) - 1
        dialog.query_one(f"#time-{last}", Input).value = "25:99"
        assert in_view(dialog.query_one("#save"))
        assert in_view(dialog.query_one("#cancel"))
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.screen is dialog
        error = dialog.query_one("#plan-error", Label)
        what = dialog.entries[last].what
        assert text_of(error) == f"{what}: klokkeslettet må skrives TT:MM."
        assert in_view(error)
        field = dialog.query_one(f"#time-{last}", Input)
        assert app.focused is field
        await pilot.pause()
        assert in_view(field)
        assert in_view(dialog.query_one("#save"))


async def enter_note(pilot: Pilot[None], text: str) -> None:
    """Type a note into the Run screen's input and press Enter."""
    pilot.app.screen.query_one("#note-input", Input).value = text
    await pilot.press("enter")
    await pilot.pause()


async def test_tiltak_dialog_opens_in_the_iglo_field_with_a_norwegian_prompt(
    store: SessionStore, clock: FakeClock
) -> None:
    app = new_run_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await enter_note(pilot, "t: Kjøpe nye stoler")
        dialog = app.screen
        assert isinstance(dialog, NoteDetailsDialog)
        iglo = dialog.query_one("#iglo", Select)
        assert app.focused is iglo
        assert iglo.prompt == "(velg nivå)"
        assert "Select" not in str(iglo.query_one("SelectCurrent Static").render())


async def test_plan_opens_in_the_first_date(store: SessionStore, clock: FakeClock) -> None:
    app = new_run_app(store, clock, "starte")
    async with app.run_test(size=(80, 24)) as pilot:
        dialog = await open_plan(pilot)
        assert app.focused is dialog.query_one("#date-0", Input)


async def open_rank(pilot: Pilot[None], text: str) -> NoteDetailsDialog:
    """Enter a note, go to the note list (F7) and press d on it."""
    await pilot.pause()
    await enter_note(pilot, text)
    await pilot.press("f7", "d")
    await pilot.pause()
    dialog = pilot.app.screen
    assert isinstance(dialog, NoteDetailsDialog)
    return dialog


async def test_rank_dialog_is_titled_for_the_wish_and_typing_sets_the_rank(
    store: SessionStore, clock: FakeClock
) -> None:
    app = new_run_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        dialog = await open_rank(pilot, "ø: Mer tid til opplæring")
        assert text_of(dialog.query_one(".dialog-title", Label)) == "Rangering av ønske"
        await pilot.press("2", "enter")
        await pilot.pause()
        run = app.screen
        assert isinstance(run, RunScreen)
        (note,) = run.meeting.notes.values()
        assert note.rank == 2


async def test_rank_zero_is_refused(store: SessionStore, clock: FakeClock) -> None:
    app = new_run_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        dialog = await open_rank(pilot, "ø: Mer tid til opplæring")
        await pilot.press("0", "enter")
        await pilot.pause()
        assert app.screen is dialog
        error = dialog.query_one("#details-error", Label)
        assert text_of(error) == "Rangeringen må være 1 eller mer (1 = viktigst)."
        assert in_view(error)


def help_keys(screen: HelpScreen) -> list[str]:
    """The descriptions the help screen lists."""
    return [
        binding.description
        for _, bindings in screen.groups
        for binding in bindings
        if isinstance(binding, Binding)
    ]


async def test_help_lists_the_progress_plan_only_in_a_meeting_that_makes_one(
    store: SessionStore, clock: FakeClock
) -> None:
    for agenda_id, has_plan in (("statusmote", False), ("starte", True)):
        app = new_run_app(store, clock, agenda_id)
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.pause()
            await pilot.press("ctrl+f")
            await pilot.pause()
            assert isinstance(app.screen, PlanDialog) is has_plan
            await pilot.press("escape", "f1")
            await pilot.pause()
            help_screen = app.screen
            assert isinstance(help_screen, HelpScreen)
            assert ("Fremdriftsplan" in help_keys(help_screen)) is has_plan
            assert "Neste steg" in help_keys(help_screen)


async def test_summary_help_explains_the_summary_not_note_prefixes(
    store: SessionStore, clock: FakeClock
) -> None:
    from .test_summary_undo import open_summary, status_app

    app, _ = status_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_summary(pilot)
        await pilot.press("f1")
        await pilot.pause()
        help_screen = app.screen
        assert isinstance(help_screen, HelpScreen)
        (intro,) = help_screen.query(".help-entry")
        text = str(intro.render())
        assert text.startswith("Slå sammen like utfordringer (m)")
        assert "Prefiks" not in text
        assert {"Angre", "Gjør om", "Del opp"} <= set(help_keys(help_screen))
