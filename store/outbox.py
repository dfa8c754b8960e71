"""The outbox: store writes kept in memory, in order, until they reach the disk.

Note ids are made by the caller and every queued write is idempotent (an add of a stored id,
an edit to the same values, a repeated delete or event are no-ops), so retrying is always safe.
Writes are applied in order; a later write never overtakes an earlier one that is waiting.

Two ways in: `submit` (and the typed helpers such as `add_note`) saves at once and keeps
the write only when the disk is full, read-only or locked; `enqueue` + `flush` lets a UI
show a change first and write it from a worker thread a moment later.
"""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from store.errors import LockTimeout, StoreError, StoreUnavailable
from store.model import Event, Note, PlanEntry, SummaryItem
from store.sessions import SessionStore

#: Errors after which a write is kept and retried (others are reported to the caller).
RETRYABLE = (StoreUnavailable, LockTimeout)


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


@dataclass
class Outbox:
    """Writes waiting for the disk, applied in order; thread-safe between one UI thread that
    queues and one worker that flushes."""

    store: SessionStore
    queue: deque[PendingWrite] = field(default_factory=deque)
    last_error: StoreError | None = None
    failed: list[tuple[PendingWrite, StoreError]] = field(default_factory=list)
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
        return self._drain(give_up_on_permanent=False)

    def retry(self) -> int:
        """Like flush, but stops quietly at a full/read-only/locked store, and moves a write
        that can never succeed (its session is gone or corrupt) to `failed`."""
        return self._drain(give_up_on_permanent=True)

    def _drain(self, *, give_up_on_permanent: bool) -> int:
        """The loop behind flush and retry."""
        saved = 0
        with self._lock:
            while self.queue:
                write = self.queue[0]
                try:
                    write.apply(self.store)
                except RETRYABLE as error:
                    self.last_error = error
                    if give_up_on_permanent:
                        return saved
                    raise
                except StoreError as error:
                    if not give_up_on_permanent:
                        self.last_error = error
                        raise
                    self.failed.append((write, error))
                self.queue.popleft()
                saved += 1
            self.last_error = None
        return saved

    def submit(self, write: PendingWrite) -> bool:
        """Save now if possible (True); otherwise keep the write for retry() (False)."""
        if self.queue:
            self.retry()
        if self.queue:
            self.queue.append(write)
            return False
        try:
            write.apply(self.store)
        except RETRYABLE as error:
            self.last_error = error
            self.queue.append(write)
            return False
        return True

    def pending_notes(self, session_id: str) -> list[Note]:
        """Notes of this session that are waiting to be saved (for the UI to keep showing)."""
        return [w.note for w in self.queue if w.session_id == session_id and w.note is not None]

    def pending_note_ids(self) -> set[str]:
        """Ids of the notes that have a write waiting (added, edited, deleted or restored)."""
        return {w.note_id for w in list(self.queue) if w.note_id is not None}

    # -- typed writes that save at once --------------------------------------------------

    def add_note(self, session_id: str, note: Note) -> bool:
        """Queue-or-save SessionStore.add_note."""
        return self.submit(add_note_write(session_id, note))

    def update_note(self, session_id: str, note_id: str, **changes: Any) -> bool:
        """Queue-or-save SessionStore.update_note."""
        return self.submit(update_note_write(session_id, note_id, **changes))

    def delete_note(self, session_id: str, note_id: str) -> bool:
        """Queue-or-save SessionStore.delete_note."""
        return self.submit(delete_note_write(session_id, note_id))

    def restore_note(self, session_id: str, note_id: str) -> bool:
        """Queue-or-save SessionStore.restore_note."""
        return self.submit(restore_note_write(session_id, note_id))

    def record_event(self, session_id: str, event: Event) -> bool:
        """Queue-or-save SessionStore.record_event."""
        return self.submit(event_write(session_id, event))

    def save_summary(self, session_id: str, items: Sequence[SummaryItem]) -> bool:
        """Queue-or-save SessionStore.save_summary."""
        frozen = tuple(items)
        return self.submit(
            PendingWrite(session_id, "oppsummering", lambda s: s.save_summary(session_id, frozen))
        )

    def save_plan(self, session_id: str, entries: Sequence[PlanEntry]) -> bool:
        """Queue-or-save SessionStore.save_plan."""
        frozen = tuple(entries)
        return self.submit(
            PendingWrite(session_id, "fremdriftsplan", lambda s: s.save_plan(session_id, frozen))
        )
