"""Printing from the app: F8 offers the PDF and Word formats; `@` puts a note in a factor;
the new-session dialog asks for the factors and offers the last ones used."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from textual.widgets import Input, OptionList

from agendas.library import resolve_agenda
from store.sessions import SessionStore
from tests.print.pdf import all_text
from tui.app import PlansjeApp
from tui.screens.new_session import NewSessionDialog, NewSessionRequest
from tui.views import note_text

from .conftest import START, FakeClock, new_run_app
from .test_note_entry import _messages, _open


async def test_f8_writes_the_minutes_as_pdf(
    tmp_path: Path, store: SessionStore, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    app = new_run_app(store, clock, factors=("Arbeidsmengde",))
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _open(pilot)
        screen.field.value = "u: Travle morgener # [ikke] *markup*"
        await pilot.press("enter", "f8")
        await pilot.pause()
        options = app.screen.query_one(OptionList)
        ids = [options.get_option_at_index(i).id for i in range(options.option_count)]
        assert ids[:3] == ["minutes", "minutes.pdf", "minutes.docx"]
        assert {"actions.pdf", "actions.csv", "runsheet.pdf", "poster.pdf"} <= set(ids)
        await pilot.press("down", "enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
    (written,) = tmp_path.glob("referat-*.pdf")
    assert "Travlemorgener#[ikke]*markup*" in all_text(written.read_bytes())
    assert (written.stat().st_mode & 0o777) == 0o600


async def test_an_at_prefix_writes_the_note_into_a_factor(
    store: SessionStore, clock: FakeClock
) -> None:
    app = new_run_app(store, clock, factors=("Arbeidsmengde", "Samarbeid"))
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _open(pilot)
        screen.field.value = "@9 u: Ni finnes ikke"
        await pilot.press("enter")
        assert screen.field.value == "@9 u: Ni finnes ikke"
        assert any("ingen faktor «@9»" in m and "@2 Samarbeid" in m for m in _messages(app))
        screen.field.value = "@sam u: Lite samarbeid"
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        (note,) = store.load(screen.meeting.session.id).live_notes
        assert (note.text, note.factor) == ("Lite samarbeid", "Samarbeid")
        assert "utfordring · plenum @Samarbeid  Lite samarbeid" in str(note_text(note))


async def test_the_new_session_dialog_offers_the_factors_last_used(
    store: SessionStore, clock: FakeClock
) -> None:
    store.create_session(
        resolve_agenda("statusmote"),
        title="Forrige",
        date=START.date() - dt.timedelta(days=30),
        factors=("Arbeidsmengde", "Samarbeid"),
    )
    app = PlansjeApp(store, clock=clock)
    chosen: list[NewSessionRequest | None] = []
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.pause()
        dialog = NewSessionDialog(
            resolve_agenda("statusmote"), START.date(), [], factors=("Arbeidsmengde", "Samarbeid")
        )
        app.push_screen(dialog, chosen.append)
        await pilot.pause()
        field = dialog.query_one("#factors", Input)
        assert field.value == "Arbeidsmengde, Samarbeid"
        field.value = "Arbeidsmengde; Ledelse"
        dialog.action_submit()
        await pilot.pause()
    assert chosen and chosen[0] is not None and chosen[0].factors == ("Arbeidsmengde", "Ledelse")


async def test_an_agenda_without_challenges_asks_for_no_factors(
    store: SessionStore, clock: FakeClock
) -> None:
    app = PlansjeApp(store, clock=clock)
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.pause()
        dialog = NewSessionDialog(resolve_agenda("starte"), START.date(), [])
        app.push_screen(dialog)
        await pilot.pause()
        assert not dialog.query("#factors")
