"""Writing a saksliste from Home: save it, open it again, edit, save, and run it."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import DataTable, Input, Select, Static

from agendas import parse_agenda
from agendas.library import BUILTIN_DIR
from agendas.model import ItemType
from store.sessions import SessionStore
from tui.app import PlansjeApp
from tui.screens.home import HomeScreen
from tui.screens.saksliste_editor import SakslisteEditor

from .conftest import FakeClock, run_screen


@pytest.fixture
def agenda_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The user agenda folder, in the test's own temporary folder."""
    folder = tmp_path / "agendas"
    monkeypatch.setenv("PLANSJE_AGENDAS", str(folder))
    return folder


async def _settle(pilot: Pilot[None]) -> None:
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


async def _home(pilot: Pilot[None]) -> HomeScreen:
    while not isinstance(pilot.app.screen, HomeScreen):
        await pilot.pause()
    await pilot.pause()
    return pilot.app.screen


def _editor(pilot: Pilot[None]) -> SakslisteEditor:
    screen = pilot.app.screen
    assert isinstance(screen, SakslisteEditor)
    return screen


def _set(editor: SakslisteEditor, **values: str) -> None:
    for field, value in values.items():
        editor.query_one(f"#{field.replace('_', '-')}", Input).value = value


def _cursor_to(home: HomeScreen, agenda_id: str) -> None:
    table = home.query_one("#agendas", DataTable)
    table.move_cursor(row=table.get_row_index(agenda_id))


async def test_write_save_reopen_edit_and_run_a_saksliste(
    store: SessionStore, clock: FakeClock, agenda_dir: Path
) -> None:
    app = PlansjeApp(store, clock=clock)
    async with app.run_test(size=(110, 60)) as pilot:
        await _home(pilot)
        await pilot.press("s")
        editor = _editor(pilot)
        await pilot.pause()
        # It starts from the hora template: example items, marked as Plansje's.
        assert editor.query_one("#item-title", Input).value == "Eksempel: informasjonssak"
        assert editor.query_one("#title", Input).value == ""
        await pilot.press(*"Personalmøte")  # typed into the focused title
        _set(editor, purpose="Bli enige om mars", outcome="En plan alle kjenner")
        _set(editor, item_title="Vaktplan", item_minutes="20", item_purpose="Planen må ut")
        _set(editor, item_outcome="Vedtatt *plan*")
        editor.query_one("#item-type", Select).value = ItemType.BESLUTNING
        await pilot.pause()
        items = editor.query_one("#items", DataTable)
        items.move_cursor(row=1)  # the template's second example item
        await pilot.pause()
        assert editor.query_one("#item-title", Input).value == "Eksempel: drøftingssak"
        _set(editor, item_title="Nytt hvilerom", item_minutes="10")
        editor.query_one("#item-type", Select).value = ItemType.INFORMASJON
        await pilot.pause()
        items.move_cursor(row=2)
        await pilot.pause()
        await pilot.press("f3", "f3")  # the other two examples go
        await pilot.press("f2")  # added, then removed again
        assert items.row_count == 3
        await pilot.press("f3")
        await pilot.press("ctrl+s")
        await _settle(pilot)
        path = agenda_dir / "personalmote.md"
        agenda = parse_agenda(path.read_text(encoding="utf-8"))
        assert agenda.title == "Personalmøte" and agenda.purpose == ("Bli enige om mars",)
        assert [(s.title, s.duration.planned, s.item_type) for s in agenda.steps] == [
            ("Vaktplan", 20, ItemType.BESLUTNING),
            ("Nytt hvilerom", 10, ItemType.INFORMASJON),
        ]
        assert agenda.steps[0].outcome == "Vedtatt *plan*"
        await pilot.press("escape")  # saved: back to Home at once, the agenda listed
        await _settle(pilot)
        home = await _home(pilot)
        assert "personalmote" in home.library.agendas
        # Add a line the editor does not model, as another editor would.
        text = path.read_text(encoding="utf-8").replace(
            "## Nytt hvilerom (10 min)\n", "## Nytt hvilerom (10 min)\n\nSkisser fra Kari.\n"
        )
        path.write_text(text, encoding="utf-8")
        _cursor_to(home, "personalmote")
        await pilot.press("e")
        await _settle(pilot)
        editor = _editor(pilot)
        assert editor.query_one("#item-title", Input).value == "Vaktplan"
        await pilot.press("f6")  # Vaktplan moves down
        _set(editor, item_purpose="Planen må ut før påske")
        await pilot.press("ctrl+s")
        await _settle(pilot)
        saved = path.read_text(encoding="utf-8")
        assert "Skisser fra Kari." in saved
        assert saved.index("## Nytt hvilerom") < saved.index("## Vaktplan")
        assert "**Hensikt:** Planen må ut før påske" in saved
        await pilot.press("escape")
        await _settle(pilot)
        home = await _home(pilot)
        _cursor_to(home, "personalmote")
        await pilot.press("n")
        await _settle(pilot)
        await pilot.press("enter")  # the new-session dialog: start
        await _settle(pilot)
        run = run_screen(app)
        body = str(run.query_one("#step-body", Static).render())
        assert "Type: informasjon" in body and "Nytt hvilerom" in body
        await pilot.press("pagedown")
        await pilot.pause()
        body = str(run.query_one("#step-body", Static).render())
        assert "Type: beslutning" in body
        assert "Hensikt: Planen må ut før påske" in body
        assert "Ønsket resultat: Vedtatt *plan*" in body


async def test_a_saksliste_with_problems_is_not_saved_and_says_where(
    store: SessionStore, clock: FakeClock, agenda_dir: Path
) -> None:
    app = PlansjeApp(store, clock=clock)
    async with app.run_test(size=(110, 60)) as pilot:
        await _home(pilot)
        await pilot.press("s")
        editor = _editor(pilot)
        _set(editor, title="Møte", item_title="")
        await pilot.press("ctrl+s")
        await _settle(pilot)
        shown = str(editor.query_one("#problems", Static).render())
        assert "Sak 1: Tittel mangler" in shown
        assert not agenda_dir.exists() or not list(agenda_dir.glob("*.md"))
        await pilot.press("escape")  # unsaved: the first Esc only warns
        assert app.screen is editor
        assert editor.query_one("#title", Input).value == "Møte"


async def test_duplicating_a_builtin_writes_a_copy_in_the_user_folder(
    store: SessionStore, clock: FakeClock, agenda_dir: Path
) -> None:
    app = PlansjeApp(store, clock=clock)
    async with app.run_test(size=(110, 60)) as pilot:
        home = await _home(pilot)
        original = (BUILTIN_DIR / "hora.md").read_bytes()
        _cursor_to(home, "hora")
        await pilot.press("e")  # a built-in is never edited in place
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
        await pilot.press("k")
        await _settle(pilot)
        copy = agenda_dir / "hora-kopi.md"
        assert copy.read_bytes() == original.replace(b"id: hora\n", b"id: hora-kopi\n")
        assert (BUILTIN_DIR / "hora.md").read_bytes() == original
        assert "hora-kopi" in home.library.agendas
        assert app.library is not None and "hora-kopi" in app.library.agendas


async def test_an_edit_that_cannot_be_saved_in_place_says_why_and_keeps_the_file(
    store: SessionStore, clock: FakeClock, agenda_dir: Path
) -> None:
    app = PlansjeApp(store, clock=clock)
    async with app.run_test(size=(110, 60)) as pilot:
        home = await _home(pilot)
        _cursor_to(home, "statusmote")
        await pilot.press("k")
        await _settle(pilot)
        copy = agenda_dir / "statusmote-kopi.md"
        before = copy.read_bytes()
        _cursor_to(home, "statusmote-kopi")
        await pilot.press("e")
        await _settle(pilot)
        editor = _editor(pilot)
        _set(editor, purpose="En ny hensikt")
        await pilot.press("ctrl+s")
        await _settle(pilot)
        shown = str(editor.query_one("#problems", Static).render())
        assert "Filen ble ikke lagret" in shown and "som vanlige avsnitt" in shown
        assert copy.read_bytes() == before
        assert editor.query_one("#purpose", Input).value == "En ny hensikt"
