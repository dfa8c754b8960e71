"""Two seats tell each other's saves from their own; errors speak the user's language."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from agendas.model import Agenda
from store.errors import CorruptSessionFile
from store.model import Event, EventType
from store.sessions import SessionStore
from tests.store.helpers import at, note

DAY = dt.date(2026, 3, 10)


def session_file(store: SessionStore, sid: str) -> Path:
    """The session file of a session in a store on disk."""
    return store.root / "sessions" / sid / "session.json"


def test_a_seat_can_tell_another_seats_saves_from_its_own(
    disk_store: SessionStore, agenda: Agenda
) -> None:
    sid = disk_store.create_session(agenda, title="To seter", date=DAY).id
    other = SessionStore.open(disk_store.root)
    disk_store.load(sid)
    other.load(sid)
    assert not disk_store.changed_elsewhere(sid)
    disk_store.add_note(sid, note(text="Egen"))
    disk_store.record_event(sid, Event(EventType.STARTED, at(0)))
    assert not disk_store.changed_elsewhere(sid)  # its own saves are no news to it
    assert other.changed_elsewhere(sid)
    other.load(sid)
    assert not other.changed_elsewhere(sid)
    other.add_note(sid, note(text="Fra den andre"))
    disk_store.add_note(sid, note(text="Egen igjen"))  # same notes file, written after
    assert disk_store.changed_elsewhere(sid)  # the other seat's note is still news
    disk_store.load(sid)
    assert not disk_store.changed_elsewhere(sid)


def test_a_corrupt_file_is_explained_in_the_users_language(
    disk_store: SessionStore, agenda: Agenda
) -> None:
    from store.language import set_language

    sid = disk_store.create_session(agenda, title="t", date=DAY).id
    session_file(disk_store, sid).write_bytes(b'{"meta": {"1": {"schema": 2,')
    with pytest.raises(CorruptSessionFile) as caught:
        SessionStore.open(disk_store.root).load(sid)
    try:
        set_language("en")
        assert "invalid JSON at line 1" in str(caught.value)
        set_language("nb")
        assert "ugyldig JSON på linje 1" in str(caught.value)
    finally:
        set_language("nb")
