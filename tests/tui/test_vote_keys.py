"""Dot voting on the Run screen: a phone's dots reach the panel, Ctrl+T types in a show of
hands, the panel hides the result until Ctrl+S reveals it, and the reveal ranks the wishes;
the projector (`plansje show`) also shows the ranking only once it is revealed."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from textual.pilot import Pilot
from textual.screen import Screen
from textual.widgets import Input, Label, Static

from agendas.library import resolve_agenda
from agendas.model import NoteKind
from store.model import Event, EventType
from store.sessions import SessionStore
from store.votes import ROOM_SEAT, Ballot, cast_ballot, group_seat, load_votes, reveal
from tests.store.helpers import note
from tui.app import PlansjeApp
from tui.screens.show import ShowScreen
from tui.screens.vote_dialog import VoteDialog

from .conftest import FakeClock, new_run_app, run_screen
from .test_layout import drawn

WISH_STEP = 1  # APU's «den gode arbeidsdagen»: collects wishes, 3 votes per participant


async def _until(pilot: Pilot[None], condition: Callable[[], bool], pauses: int = 1000) -> None:
    for _ in range(pauses):
        if condition():
            return
        await pilot.pause(0.01)
    raise AssertionError("condition never became true")


def _panel(screen: Screen[None]) -> str:
    panels = screen.query("#vote-panel")
    return "\n".join(drawn(panels.first(Static))) if panels else ""


async def test_votes_by_hand_stay_hidden_until_revealed_then_rank_the_wishes(
    store: SessionStore, clock: FakeClock
) -> None:
    app = new_run_app(store, clock, "apu-1")
    async with app.run_test(size=(120, 50)) as pilot:
        await _until(pilot, lambda: app.screen.__class__.__name__ == "RunScreen")
        screen = run_screen(app)
        await pilot.press("pagedown")  # the wish step
        assert screen.meeting.timing().current == WISH_STEP
        for text in ("Mer lys", "Felles lunsj", "Kurs"):
            screen.meeting.add_note(NoteKind.ONSKE, text, WISH_STEP, 1)
        screen.persist()
        await _until(pilot, lambda: screen.meeting.pending == 0)
        sid = screen.meeting.session.id
        phone = SessionStore(store.root)  # the room's store: a group's phone votes
        kurs = next(n.id for n in screen.meeting.notes.values() if n.text == "Kurs")
        cast_ballot(phone, store.load(sid), Ballot(WISH_STEP, group_seat(1), ((kurs, 3),)), {kurs})
        await _until(pilot, lambda: "3 prikker avgitt" in _panel(screen))
        await pilot.press("ctrl+t")
        await _until(pilot, lambda: isinstance(app.screen, VoteDialog))
        fields = list(app.screen.query(Input))
        assert len(fields) == 3
        fields[0].value, fields[1].value, fields[2].value = "2", "x", "7"
        fields[2].focus()
        await pilot.press("enter")  # Enter in the last count saves
        await pilot.pause()
        assert isinstance(app.screen, VoteDialog)  # "x" is no count: the dialog stays
        assert "«x» er ikke et antall" in str(app.screen.query_one("#vote-error", Label).render())
        fields[1].value = ""
        fields[2].focus()
        await pilot.press("enter")
        await _until(pilot, lambda: app.screen is screen)
        await _until(pilot, lambda: screen.meeting.pending == 0)
        room = load_votes(store, sid).ballot(WISH_STEP, ROOM_SEAT)
        assert room is not None and room.used == 9

        panel = screen.query_one("#vote-panel", Static)
        await pilot.pause()
        shown = "\n".join(drawn(panel))
        assert "12 prikker avgitt" in shown
        assert "Kurs" not in shown and "Mer lys" not in shown  # hidden until revealed

        await pilot.press("ctrl+s")
        await pilot.pause()
        shown = "\n".join(drawn(panel))
        assert shown.index("1. Kurs (10)") < shown.index("2. Mer lys (2)")
        assert "Felles lunsj" not in shown
        await _until(pilot, lambda: screen.meeting.pending == 0)
    ranks = {n.text: n.rank for n in store.load(sid).live_notes}
    assert ranks == {"Kurs": 1, "Mer lys": 2, "Felles lunsj": None}
    assert load_votes(store, sid).revealed == {WISH_STEP}


async def test_the_projector_hides_the_result_until_it_is_revealed(
    tmp_path: Path, clock: FakeClock
) -> None:
    store = SessionStore.open(tmp_path)
    session = store.create_session(
        resolve_agenda("apu-1"), title="Vegg", date=clock().date(), groups=2
    )
    store.record_event(session.id, Event(EventType.STARTED, clock(), step=0))
    store.record_event(session.id, Event(EventType.STEP_ENTERED, clock(), step=WISH_STEP))
    wishes = [note(WISH_STEP, 1, t, kind=NoteKind.ONSKE) for t in ("Mer lys", "Kurs")]
    store.add_notes(session.id, wishes)
    kurs = wishes[1].id
    cast_ballot(store, store.load(session.id), Ballot(WISH_STEP, ROOM_SEAT, ((kurs, 4),)), {kurs})
    wall = PlansjeApp(SessionStore.open(tmp_path), clock=clock, session_id=session.id, seat="show")
    async with wall.run_test(size=(140, 50)) as pilot:
        await _until(pilot, lambda: isinstance(wall.screen, ShowScreen))
        show = wall.screen
        assert isinstance(show, ShowScreen)
        await _until(pilot, lambda: "4 prikker avgitt" in _panel(show))
        assert "Resultatet vises når møtelederen viser det" in _panel(show)
        assert "Kurs" not in _panel(show)
        reveal(store, store.load(session.id), WISH_STEP)  # the facilitator's Ctrl+L
        await _until(pilot, lambda: "1. Kurs (4)" in _panel(show))
