"""Saving many notes at once: one write per notes file, none twice, files still of 100."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from store.model import Note
from store.sessions import SessionStore
from tests.store.helpers import make_agenda, note


def _note(text: str) -> Note:
    return note(text=text)


def make_session_in(store: SessionStore) -> str:
    """A new session of the four-step agenda, with two groups."""
    return store.create_session(make_agenda(), title="T", date=dt.date(2026, 3, 10), groups=2).id


def test_a_batch_fills_the_last_file_and_opens_the_next(tmp_path: Path) -> None:
    store = SessionStore(tmp_path)
    sid = make_session_in(store)
    store.add_note(sid, _note("first"))
    batch = [_note(f"n{i}") for i in range(150)]
    store.add_notes(sid, batch)
    folder = tmp_path / "sessions" / sid
    assert sorted(p.name for p in folder.glob("notes-*.json")) == [
        "notes-0001.json",
        "notes-0002.json",
    ]
    again = SessionStore(tmp_path).load(sid)
    assert [n.text for n in again.notes] == ["first", *(f"n{i}" for i in range(150))]


def test_a_retried_batch_stores_nothing_twice(tmp_path: Path) -> None:
    store = SessionStore(tmp_path)
    sid = make_session_in(store)
    batch = [_note(f"n{i}") for i in range(5)]
    store.add_notes(sid, batch[:3])
    store.add_notes(sid, [*batch, batch[0]])
    assert [n.text for n in SessionStore(tmp_path).load(sid).notes] == [f"n{i}" for i in range(5)]
