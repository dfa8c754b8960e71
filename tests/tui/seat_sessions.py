"""The session the seat, projector and export tests open: a built-in agenda, two groups."""

from __future__ import annotations

from agendas.library import resolve_agenda
from store.sessions import SessionStore

from .conftest import START


def new_session(store: SessionStore, agenda: str = "statusmote") -> str:
    """Create a two-group session "To seter" of a built-in agenda in `store`; return its id."""
    return store.create_session(
        resolve_agenda(agenda), title="To seter", date=START.date(), groups=2
    ).id
