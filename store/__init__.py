"""Plansje's session store: durable meeting sessions, notes and derived timing (plain Python).

Main entry points: ``SessionStore`` (store.sessions), ``Outbox`` (store.outbox),
``meeting_timing`` (store.timing) and the records in store.model.
"""

from store.errors import (
    AmbiguousSessionId,
    CorruptSessionFile,
    InvalidInput,
    LockTimeout,
    NoteNotFound,
    SessionNotFound,
    StoreError,
    StoreUnavailable,
    UnsupportedSchema,
)
from store.listing import format_session_lines
from store.model import (
    EntryKind,
    Event,
    EventType,
    Note,
    NoteStatus,
    PlanEntry,
    Roles,
    Session,
    SessionInfo,
    SummaryItem,
    new_note_id,
)
from store.outbox import Outbox
from store.sessions import SessionStore
from store.timing import MeetingState, MeetingTiming, StepStatus, StepTiming, meeting_timing

__all__ = [
    "AmbiguousSessionId",
    "CorruptSessionFile",
    "EntryKind",
    "Event",
    "EventType",
    "InvalidInput",
    "LockTimeout",
    "MeetingState",
    "MeetingTiming",
    "Note",
    "NoteNotFound",
    "NoteStatus",
    "Outbox",
    "PlanEntry",
    "Roles",
    "Session",
    "SessionInfo",
    "SessionNotFound",
    "SessionStore",
    "StepStatus",
    "StepTiming",
    "StoreError",
    "StoreUnavailable",
    "SummaryItem",
    "UnsupportedSchema",
    "format_session_lines",
    "meeting_timing",
    "new_note_id",
]
