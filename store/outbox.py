"""A retry outbox: writes that hit a full disk or read-only store are kept in memory and retried.

Note ids are made by the caller and every queued write is idempotent (an add of a stored id,
an edit to the same values, a repeated delete or event are no-ops), so retrying is always safe.
Writes are retried in order; a later write never overtakes an earlier one that is waiting.
"""

from __future__ import annotations

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
    """One queued write: what it is, for which session, and how to apply it."""

    session_id: str
    description: str
    apply: Callable[[SessionStore], object]
    note: Note | None = None


@dataclass
class Outbox:
    """Tries each write at once; keeps the ones that failed for lack of storage and retries them."""

    store: SessionStore
    queue: list[PendingWrite] = field(default_factory=list)
    last_error: StoreError | None = None
    failed: list[tuple[PendingWrite, StoreError]] = field(default_factory=list)

    @property
    def pending(self) -> int:
        """How many writes are waiting to be saved."""
        return len(self.queue)

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

    def retry(self) -> int:
        """Retry waiting writes in order, stopping at the first that still fails; returns saved."""
        saved = 0
        while self.queue:
            write = self.queue[0]
            try:
                write.apply(self.store)
            except RETRYABLE as error:
                self.last_error = error
                return saved
            except StoreError as error:
                # The write can never succeed (its session is gone or corrupt): keep it visible.
                self.failed.append((write, error))
            self.queue.pop(0)
            saved += 1
        self.last_error = None
        return saved

    def pending_notes(self, session_id: str) -> list[Note]:
        """Notes of this session that are waiting to be saved (for the UI to keep showing)."""
        return [w.note for w in self.queue if w.session_id == session_id and w.note is not None]

    # -- the writes the UI makes --------------------------------------------------------------

    def add_note(self, session_id: str, note: Note) -> bool:
        """Queue-or-save SessionStore.add_note."""
        return self.submit(
            PendingWrite(session_id, f"nytt notat {note.id}", _add(session_id, note), note)
        )

    def update_note(self, session_id: str, note_id: str, **changes: Any) -> bool:
        """Queue-or-save SessionStore.update_note."""
        def apply(store: SessionStore) -> object:
            return store.update_note(session_id, note_id, **changes)

        return self.submit(PendingWrite(session_id, f"endring av {note_id}", apply))

    def delete_note(self, session_id: str, note_id: str) -> bool:
        """Queue-or-save SessionStore.delete_note."""
        def apply(store: SessionStore) -> object:
            return store.delete_note(session_id, note_id)

        return self.submit(PendingWrite(session_id, f"sletting av {note_id}", apply))

    def restore_note(self, session_id: str, note_id: str) -> bool:
        """Queue-or-save SessionStore.restore_note."""
        def apply(store: SessionStore) -> object:
            return store.restore_note(session_id, note_id)

        return self.submit(PendingWrite(session_id, f"gjenoppretting av {note_id}", apply))

    def record_event(self, session_id: str, event: Event) -> bool:
        """Queue-or-save SessionStore.record_event."""
        def apply(store: SessionStore) -> object:
            return store.record_event(session_id, event)

        return self.submit(PendingWrite(session_id, f"hendelse {event.type.value}", apply))

    def save_summary(self, session_id: str, items: Sequence[SummaryItem]) -> bool:
        """Queue-or-save SessionStore.save_summary."""
        frozen = tuple(items)

        def apply(store: SessionStore) -> object:
            store.save_summary(session_id, frozen)
            return None

        return self.submit(PendingWrite(session_id, "oppsummering", apply))

    def save_plan(self, session_id: str, entries: Sequence[PlanEntry]) -> bool:
        """Queue-or-save SessionStore.save_plan."""
        frozen = tuple(entries)

        def apply(store: SessionStore) -> object:
            store.save_plan(session_id, frozen)
            return None

        return self.submit(PendingWrite(session_id, "fremdriftsplan", apply))


def _add(session_id: str, note: Note) -> Callable[[SessionStore], object]:
    def apply(store: SessionStore) -> object:
        return store.add_note(session_id, note)

    return apply
