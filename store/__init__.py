"""Plansje's session store: durable meeting sessions, notes and derived timing (plain Python).

Main entry points: ``SessionStore`` (store.sessions), ``Outbox`` (store.outbox),
``meeting_timing`` (store.timing) and the records in store.model.
"""

import importlib
from typing import Any

# Loaded on first use, so `import store.sessions` does not pull in every module.
_WHERE = {
    "AmbiguousSessionId": "store.errors",
    "CorruptSessionFile": "store.errors",
    "InvalidInput": "store.errors",
    "LockTimeout": "store.errors",
    "NoteNotFound": "store.errors",
    "SessionNotFound": "store.errors",
    "StoreError": "store.errors",
    "StoreUnavailable": "store.errors",
    "UnsupportedSchema": "store.errors",
    "EntryKind": "store.model",
    "Event": "store.model",
    "EventType": "store.model",
    "Note": "store.model",
    "NoteStatus": "store.model",
    "PlanEntry": "store.model",
    "Roles": "store.model",
    "Seat": "store.model",
    "Session": "store.model",
    "SessionInfo": "store.model",
    "SummaryItem": "store.model",
    "new_note_id": "store.model",
    "Outbox": "store.outbox",
    "SessionStore": "store.sessions",
    "MeetingState": "store.timing",
    "MeetingTiming": "store.timing",
    "StepStatus": "store.timing",
    "StepTiming": "store.timing",
    "meeting_timing": "store.timing",
}


def __getattr__(name: str) -> Any:
    """The public names of the store's modules, imported when first asked for."""
    if name in _WHERE:
        return getattr(importlib.import_module(_WHERE[name]), name)
    raise AttributeError(f"module 'store' has no attribute {name!r}")


__all__ = sorted(_WHERE)
