"""Chains of meetings: a Tiltaksmøte follows its Statusmøte, APU møte 2 follows møte 1."""

from __future__ import annotations

from agendas.model import NoteKind
from store.errors import StoreError
from store.model import Note, Session
from store.sessions import SessionStore

MAX_CHAIN = 50

#: What the next meeting in a chain reviews: open tiltak, then parked items (parkeringsplass).
REVIEWED_KINDS = (NoteKind.TILTAK, NoteKind.PARKERING)


def session_chain(store: SessionStore, session: Session) -> list[Session]:
    """The session and the ones it follows, oldest first; a missing or broken link ends it."""
    chain = [session]
    seen = {session.id}
    while chain[0].follows and len(chain) < MAX_CHAIN:
        try:
            previous = store.load(chain[0].follows)
        except StoreError:
            break
        if previous.id in seen:
            break
        seen.add(previous.id)
        chain.insert(0, previous)
    return chain


def open_actions(chain: list[Session]) -> list[tuple[Session, Note]]:
    """The tiltak of earlier sessions in a chain that are not closed, then what they parked
    and no later meeting took up or dropped: the opening review's list."""
    found = [
        (session, note)
        for kind in REVIEWED_KINDS
        for session in chain[:-1]
        for note in session.live_notes
        if note.kind is kind and not note.status.closed
    ]
    return found
