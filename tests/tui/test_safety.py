"""User text never reaches markup; a tiny terminal never crashes the app; English on request."""

from __future__ import annotations

import textwrap
from pathlib import Path
from typing import NoReturn

import pytest
from textual.widgets import Input

from agendas.files import load_agenda_file
from store.sessions import SessionStore
from tui.app import PlansjeApp
from tui.widgets.note_list import NoteList
from tui.widgets.step_detail import StepDetail

from .conftest import START, FakeClock, run_screen

HOSTILE = [
    "[@click=app.quit]x[/]",
    "a[/]b",
    "[bold]x",
    "# Overskrift **fet** _kursiv_",
    "<script>alert(1)</script>",
]


def _hostile_agenda(tmp_path: Path) -> Path:
    path = tmp_path / "farlig.md"
    path.write_text(
        textwrap.dedent("""\
        ---
        id: farlig
        title: "[bold]Farlig[/]"
        ---
        # [bold]Farlig[/]

        ## Steg [@click=app.quit]x[/] (10 min)

        Beskrivelse a[/]b med <b>html</b>.

        - Spørsmål [red]rødt[/]?

        > Tips [@click=app.quit]klikk[/]
        """),
        encoding="utf-8",
    )
    return path


async def test_markup_in_notes_titles_and_agenda_is_shown_literally(
    store: SessionStore, clock: FakeClock, tmp_path: Path
) -> None:
    agenda = load_agenda_file(_hostile_agenda(tmp_path))
    session = store.create_session(
        agenda, title="[bold]møte[/] a[/]b", date=START.date(), place="<b>rom</b>"
    )
    app = PlansjeApp(store, clock=clock, session_id=session.id)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        for text in HOSTILE:
            app.screen.query_one("#note-input", Input).value = text
            await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.is_running
        notes = app.screen.query_one(NoteList)
        shown = [str(notes.get_option_at_index(i).prompt) for i in range(notes.option_count)]
        for text in HOSTILE:
            assert any(text in line for line in shown), (text, shown)
        detail = str(app.screen.query_one(StepDetail).query_one("#step-body").render())
        for literal in ("a[/]b", "[red]rødt[/]", "[@click=app.quit]klikk[/]", "<b>html</b>"):
            assert literal in detail
        svg = app.export_screenshot()
        assert "[@click=app.quit]x[/]" in svg.replace("&#160;", " ")
    stored = sorted(n.text for n in store.load(session.id).live_notes)
    assert stored == sorted(HOSTILE)
    assert store.load(session.id).title == "[bold]møte[/] a[/]b"


async def test_resizing_to_40x12_and_back_keeps_running(
    store: SessionStore, clock: FakeClock
) -> None:
    from .conftest import new_run_app

    app = new_run_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        for size in ((40, 12), (20, 6), (160, 50), (80, 24)):
            await pilot.resize_terminal(*size)
            await pilot.pause()
            assert app.is_running
        app.screen.query_one("#note-input", Input).value = "Etter resize"
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        session_id = run_screen(app).meeting.session.id
    assert [n.text for n in store.load(session_id).live_notes] == ["Etter resize"]


@pytest.mark.parametrize(("lang", "word"), [("en", "Next step"), ("nb", "Neste steg")])
def test_language_table_switches(lang: str, word: str) -> None:
    from tui.i18n import set_language, t

    set_language(lang)
    try:
        assert t("key.next") == word
    finally:
        set_language("nb")


@pytest.mark.parametrize(("lang", "shown"), [("en", "1 h 30 min"), ("nb", "1 t 30 min")])
def test_durations_use_the_language_s_hour_unit(lang: str, shown: str) -> None:
    import datetime as dt

    from store.clock import duration_text, span_text
    from tui.i18n import set_language

    set_language(lang)
    try:
        assert duration_text(90) == shown
        assert span_text(dt.timedelta(minutes=90, seconds=10)) == shown
        assert duration_text(45) == "45 min"
    finally:
        set_language("nb")


async def test_a_full_disk_keeps_the_note_retries_and_asks_before_quitting(
    store: SessionStore, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    from store.errors import StoreUnavailable
    from tui.screens.dialogs import ConfirmDialog

    from .conftest import new_run_app

    app = new_run_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await app.workers.wait_for_complete()
        real_add = store.add_note

        def full_disk(*args: object, **kwargs: object) -> NoReturn:
            raise StoreUnavailable("/tmp/lager", "disken er full (No space left on device)")

        monkeypatch.setattr(store, "add_note", full_disk)
        app.screen.query_one("#note-input", Input).value = "Viktig notat"
        await pilot.press("enter")
        for _ in range(40):  # the save starts one frame after the note is painted
            await pilot.pause(0.05)
            if any("disken er full" in str(n.message) for n in app._notifications):
                break
        else:
            raise AssertionError("no message about the full disk")
        meeting = run_screen(app).meeting
        assert meeting.pending == 1 and "Viktig notat" in [n.text for n in meeting.notes.values()]
        await pilot.press("ctrl+q")  # refuses to drop the note silently
        await pilot.pause()
        assert isinstance(app.screen, ConfirmDialog)
        await pilot.press("escape")
        monkeypatch.setattr(store, "add_note", real_add)  # space freed: the retry saves it
        await pilot.press("ctrl+q")
        await pilot.pause()
        session_id = meeting.session.id
    assert [n.text for n in store.load(session_id).live_notes] == ["Viktig notat"]
