"""A session whose group-work step votes: 2 dots per participant on the wishes."""

from __future__ import annotations

import dataclasses
import datetime as dt

from agendas.model import Agenda, NoteKind, Voting
from store.model import Note, Session
from store.sessions import SessionStore
from tests.store.helpers import make_agenda, note

VOTE_STEP = 3
"""The step that votes (the last, plenum step of the test agenda)."""


def voting_agenda(earlier: bool = False) -> Agenda:
    """The four-step test agenda whose last step votes 2 per participant on wishes."""
    agenda = make_agenda()
    voting = Voting(2, (NoteKind.ONSKE,), earlier=earlier)
    last = dataclasses.replace(agenda.steps[VOTE_STEP], voting=voting)
    return dataclasses.replace(agenda, steps=(*agenda.steps[:VOTE_STEP], last))


def voting_session(store: SessionStore) -> tuple[Session, list[Note]]:
    """A two-group session with three wishes and one challenge stored; the wishes."""
    session = store.create_session(
        voting_agenda(), title="Møte", date=dt.date(2026, 3, 2), groups=2
    )
    wishes = [note(2, 1, text, kind=NoteKind.ONSKE) for text in ("Mer lys", "Pauserom", "Kurs")]
    store.add_notes(session.id, [*wishes, note(2, 2, "Støy", kind=NoteKind.UTFORDRING)])
    return store.load(session.id), wishes
