"""The outbox: store writes kept in memory, in order, until they reach the disk.

Note ids are made by the caller and every queued write is idempotent (an add of a stored id,
an edit to the same values, a repeated delete or event are no-ops), so retrying is always safe.
Writes are applied in order; a later write never overtakes an earlier one that is waiting.

The one way in: a UI shows a change first and `enqueue`s its write; a worker thread `flush`es
the queue a moment later. A write that fails (full disk, read-only or locked store) stays
queued, with the ones after it, until the next flush.
"""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from store.errors import StoreError
from store.model import Event, Note, PlanEntry, Seat, SummaryItem
from store.sessions import SessionStore


@dataclass(frozen=True)
class PendingWrite:
    """One queued write: what it is, for which session and note, and how to apply it."""

    session_id: str
    description: str
    apply: Callable[[SessionStore], object]
    note: Note | None = None
    note_id: str | None = None


def add_note_write(session_id: str, note: Note) -> PendingWrite:
    """The write behind SessionStore.add_note."""
    return PendingWrite(
        session_id,
        f"nytt notat {note.id}",
        lambda store: store.add_note(session_id, note),
        note,
        note.id,
    )


def update_note_write(session_id: str, note_id: str, **changes: Any) -> PendingWrite:
    """The write behind SessionStore.update_note."""
    return PendingWrite(
        session_id,
        f"endring av {note_id}",
        lambda store: store.update_note(session_id, note_id, **changes),
        note_id=note_id,
    )


def delete_note_write(session_id: str, note_id: str) -> PendingWrite:
    """The write behind SessionStore.delete_note."""
    return PendingWrite(
        session_id,
        f"sletting av {note_id}",
        lambda store: store.delete_note(session_id, note_id),
        note_id=note_id,
    )


def restore_note_write(session_id: str, note_id: str) -> PendingWrite:
    """The write behind SessionStore.restore_note."""
    return PendingWrite(
        session_id,
        f"gjenoppretting av {note_id}",
        lambda store: store.restore_note(session_id, note_id),
        note_id=note_id,
    )


def event_write(session_id: str, event: Event) -> PendingWrite:
    """The write behind SessionStore.record_event."""
    return PendingWrite(
        session_id,
        f"hendelse {event.type.value}",
        lambda store: store.record_event(session_id, event),
    )


def summary_write(session_id: str, items: Sequence[SummaryItem]) -> PendingWrite:
    """The write behind SessionStore.save_summary."""
    frozen = tuple(items)
    return PendingWrite(
        session_id, "oppsummering", lambda store: store.save_summary(session_id, frozen)
    )


def plan_write(session_id: str, entries: Sequence[PlanEntry]) -> PendingWrite:
    """The write behind SessionStore.save_plan."""
    frozen = tuple(entries)
    return PendingWrite(
        session_id, "fremdriftsplan", lambda store: store.save_plan(session_id, frozen)
    )


def draft_write(session_id: str, seat: Seat, text: str) -> PendingWrite:
    """The write behind SessionStore.save_draft."""
    return PendingWrite(
        session_id, "utkast", lambda store: store.save_draft(session_id, seat, text)
    )


@dataclass
class Outbox:
    """Writes waiting for the disk, applied in order; thread-safe between one UI thread that
    queues and one worker that flushes."""

    store: SessionStore
    queue: deque[PendingWrite] = field(default_factory=deque)
    last_error: StoreError | None = None
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    @property
    def pending(self) -> int:
        """How many writes are waiting to be saved."""
        return len(self.queue)

    def enqueue(self, write: PendingWrite) -> None:
        """Queue a write for the next flush (nothing touches the disk yet)."""
        self.queue.append(write)

    def flush(self) -> int:
        """Apply every waiting write in order; returns how many were saved.

        Raises the StoreError that stopped it; that write and the ones after it stay queued.
        """
        saved = 0
        with self._lock:
            while self.queue:
                try:
                    self.queue[0].apply(self.store)
                except StoreError as error:
                    self.last_error = error
                    raise
                self.queue.popleft()
                saved += 1
            self.last_error = None
        return saved

    def pending_note_ids(self) -> set[str]:
        """Ids of the notes that have a write waiting (added, edited, deleted or restored)."""
        return {w.note_id for w in list(self.queue) if w.note_id is not None}
