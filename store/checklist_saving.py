"""Saving the ticks of the before and after checklists: the one write path, through the
meeting's outbox to SessionStore.update_session (store.checklists names the items).

A write carries what was ticked and unticked, not the whole list, and applies it to the
stored ticks: a seat whose copy of the session is a moment old (another seat's change was
just merged in) never undoes a tick it has not seen.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from store.meeting import Meeting
from store.model import Session
from store.outbox import PendingWrite
from store.sessions import SessionStore


def checked_write(session_id: str, ticked: Iterable[str], unticked: Iterable[str]) -> PendingWrite:
    """The write that ticks and unticks these items in the stored session."""
    added, removed = frozenset(ticked), frozenset(unticked)

    def apply(store: SessionStore) -> Session:
        stored = set(store.load(session_id).checked)
        return store.update_session(session_id, checked=(stored | added) - removed)

    return PendingWrite(session_id, "sjekkliste", apply)


def save_checked(meeting: Meeting, checked: Iterable[str]) -> None:
    """Make these the ticked items of the meeting's session and queue the change's save."""
    wanted = set(checked)
    shown = set(meeting.session.checked)
    meeting.session = replace(meeting.session, checked=tuple(sorted(wanted)))
    meeting.outbox.enqueue(checked_write(meeting.session.id, wanted - shown, shown - wanted))
