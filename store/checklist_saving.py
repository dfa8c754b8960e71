"""Saving the ticks of the before and after checklists: the one write path, through the
meeting's outbox to SessionStore.update_session (store.checklists names the items)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from store.meeting import Meeting
from store.outbox import PendingWrite


def checked_write(session_id: str, checked: Iterable[str]) -> PendingWrite:
    """The write that keeps these ticked items with the session (SessionStore.update_session)."""
    frozen = tuple(sorted(set(checked)))
    return PendingWrite(
        session_id, "sjekkliste", lambda store: store.update_session(session_id, checked=frozen)
    )


def save_checked(meeting: Meeting, checked: Iterable[str]) -> None:
    """Keep the ticked items with the meeting's session and queue their save in its outbox."""
    frozen = tuple(sorted(set(checked)))
    meeting.session = replace(meeting.session, checked=frozen)
    meeting.outbox.enqueue(checked_write(meeting.session.id, frozen))
