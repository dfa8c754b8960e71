"""Two seats type at once into one session: no note is lost and both end with the same notes."""

from __future__ import annotations

import threading
from pathlib import Path

from agendas.library import resolve_agenda
from agendas.model import NoteKind
from store.meeting import Meeting
from store.sessions import SessionStore
from tui.follow import SessionFollower

from .conftest import START, FakeClock


def test_two_seats_each_add_200_notes_at_once_and_both_end_with_400(tmp_path: Path) -> None:
    session = SessionStore.open(tmp_path).create_session(
        resolve_agenda("statusmote"), title="To seter", date=START.date(), groups=2
    )
    clock = FakeClock()
    seats = [
        Meeting(SessionStore.open(tmp_path), SessionStore.open(tmp_path).load(session.id), clock)
        for _ in range(2)
    ]
    start = threading.Barrier(2)

    def type_notes(seat: Meeting, name: str) -> None:
        start.wait()
        for n in range(200):
            seat.add_note(NoteKind.UTFORDRING, f"{name} {n}", 1, 1 + n % 2)
            seat.flush()

    threads = [
        threading.Thread(target=type_notes, args=(seat, name))
        for seat, name in zip(seats, ("fasilitator", "referent"), strict=True)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    for seat in seats:
        loaded = SessionFollower(seat).load()
        assert loaded is not None
        seat.reload(loaded)
    first, second = ({n.id for n in seat.notes.values() if not n.deleted} for seat in seats)
    assert len(first) == 400 and first == second
    assert len(SessionStore.open(tmp_path).load(session.id).live_notes) == 400
