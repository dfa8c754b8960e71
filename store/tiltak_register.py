"""Every tiltak in the store, across sessions and chains: the HMS group's register for the year."""

from __future__ import annotations

from dataclasses import dataclass

from agendas.model import NoteKind
from store.errors import StoreError
from store.sessions import SessionStore
from store.tiltak_rows import TiltakRow


@dataclass(frozen=True)
class Register:
    """The tiltak of every readable session, and how many sessions could not be read."""

    rows: tuple[TiltakRow, ...]
    unreadable: int = 0


def read_register(store: SessionStore) -> Register:
    """Every live tiltak of every session in the store (a broken session is counted, skipped)."""
    rows: list[TiltakRow] = []
    unreadable = 0
    for info in store.list_sessions():
        if info.broken:
            unreadable += 1
            continue
        try:
            session = store.load(info.id)
        except StoreError:
            unreadable += 1
            continue
        rows.extend(
            TiltakRow(session, note) for note in session.live_notes if note.kind is NoteKind.TILTAK
        )
    return Register(tuple(rows), unreadable)
