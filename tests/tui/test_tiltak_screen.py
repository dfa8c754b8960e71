"""The Tiltak screen from Home: follow a tiltak up, and find it so when the app opens again."""

from __future__ import annotations

import datetime as dt

from textual.pilot import Pilot
from textual.widgets import DataTable, Input, Label, Select

from agendas.library import Library, resolve_agenda
from agendas.model import IgloLevel, NoteKind
from store.model import Effect, Note, NoteStatus, new_note_id
from store.sessions import SessionStore
from tui.app import PlansjeApp
from tui.screens.follow_up import FollowUpDialog
from tui.screens.tiltak import TiltakScreen

from .conftest import START, FakeClock


def _stored_tiltak(store: SessionStore) -> tuple[str, str]:
    """A Tiltaksmøte with an overdue tiltak and one with a later frist."""
    session = store.create_session(resolve_agenda("tiltaksmote"), title="Tiltak", date=START.date())
    overdue = Note(
        new_note_id(), NoteKind.TILTAK, "Faste pauser", 0, 1, START,
        iglo=IgloLevel.LEDELSE, ansvarlig="Avdelingsleder", frist=dt.date(2026, 11, 1),
    )  # fmt: skip
    later = Note(
        new_note_id(), NoteKind.TILTAK, "Nytt hvilerom", 0, 2, START, frist=dt.date(2027, 3, 1)
    )
    store.add_note(session.id, overdue)
    store.add_note(session.id, later)
    return session.id, overdue.id


async def _open_tiltak(pilot: Pilot[None]) -> TiltakScreen:
    app = pilot.app
    while not app.screen.query("#agendas"):
        await pilot.pause()
    await pilot.press("t")
    screen = app.screen
    assert isinstance(screen, TiltakScreen)
    await app.workers.wait_for_complete()
    await pilot.pause()
    return screen


def _cells(screen: TiltakScreen) -> list[list[str]]:
    table = screen.query_one(DataTable)
    return [[str(cell) for cell in table.get_row_at(i)] for i in range(table.row_count)]


async def test_follow_up_a_tiltak_and_find_it_kept_when_the_app_opens_again(
    store: SessionStore, clock: FakeClock, library: Library
) -> None:
    session_id, note_id = _stored_tiltak(store)
    async with PlansjeApp(store, clock=clock, library=library).run_test(size=(120, 30)) as pilot:
        screen = await _open_tiltak(pilot)
        rows = _cells(screen)
        assert [row[0] for row in rows] == ["Faste pauser", "Nytt hvilerom"]  # by frist
        assert "forfalt" in rows[0][3] and "forfalt" not in rows[1][3]
        await pilot.press("enter")  # the first row: Faste pauser
        dialog = pilot.app.screen
        assert isinstance(dialog, FollowUpDialog)
        dialog.query_one("#status", Select).value = NoteStatus.GJENNOMFORT
        dialog.query_one("#effect", Select).value = Effect.DELVIS
        dialog.query_one("#effect-note", Input).value = "Færre avbrudd"
        dialog.query_one("#review-on", Input).value = "2027-02-01"
        await pilot.click("#save")
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        shown = _cells(screen)[0]
        assert shown[4:7] == ["gjennomført", "delvis", "01.02.2027"]
        assert "forfalt" not in shown[3]  # carried out: no longer overdue
        await pilot.press("f")  # open ones only
        assert [row[0] for row in _cells(screen)] == ["Nytt hvilerom"]

    stored = store.load(session_id).notes[0]
    assert stored.id == note_id
    assert (stored.status, stored.effect, stored.effect_note) == (
        NoteStatus.GJENNOMFORT,
        Effect.DELVIS,
        "Færre avbrudd",
    )
    assert stored.review_on == dt.date(2027, 2, 1)
    assert [entry.status for entry in stored.history] == [NoteStatus.GJENNOMFORT]

    again = PlansjeApp(SessionStore.open(store.root), clock=clock, library=library)
    async with again.run_test(size=(120, 30)) as pilot:
        screen = await _open_tiltak(pilot)
        assert _cells(screen)[0][4:7] == ["gjennomført", "delvis", "01.02.2027"]
        await pilot.press("enter")
        dialog = pilot.app.screen
        assert isinstance(dialog, FollowUpDialog)
        history = [str(label.render()) for label in dialog.query(Label)]
        assert any("gjennomført · delvis · Færre avbrudd" in text for text in history)


async def test_a_review_date_that_is_not_a_date_is_refused_in_the_form(
    store: SessionStore, clock: FakeClock, library: Library
) -> None:
    session_id, _ = _stored_tiltak(store)
    async with PlansjeApp(store, clock=clock, library=library).run_test(size=(120, 30)) as pilot:
        await _open_tiltak(pilot)
        await pilot.press("enter")
        dialog = pilot.app.screen
        assert isinstance(dialog, FollowUpDialog)
        dialog.query_one("#review-on", Input).value = "neste fredag"
        await pilot.click("#save")
        await pilot.pause()
        assert pilot.app.screen is dialog  # still open, saying what is wrong
        assert "ÅÅÅÅ-MM-DD" in str(dialog.query_one("#followup-error", Label).render())
    assert store.load(session_id).notes[0].history == ()
