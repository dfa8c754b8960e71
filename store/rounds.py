"""Rounds: one meeting held several times (day, evening and night shift), ending in one summary.

A round is a session of its own (its own timer and notes, the same frozen agenda) whose
`round_of` names the first round. The summary consolidation, the minutes and the action plan
see the rounds as one meeting through `merged_rounds`, each note marked by its round; a
follow-up meeting continues the whole set.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence

from store.chain import session_chain
from store.errors import StoreError
from store.model import Session, SessionInfo
from store.sessions import SessionStore


def first_round_id(session: Session) -> str:
    """The id of the first round of the meeting this session is a round of (its own id if none)."""
    return session.round_of or session.id


def start_round(store: SessionStore, session_id: str, name: str, date: dt.date) -> Session:
    """A new round of the meeting `session_id` belongs to, named `name` ("Kveldsvakt"): the
    same agenda copy, title, place, roles, groups and preceding meeting; no notes yet."""
    current = store.load(session_id)
    first = store.load(current.round_of) if current.round_of else current
    new = store.create_session(
        first.agenda,
        title=first.title,
        date=date,
        place=first.place,
        roles=first.roles,
        groups=first.groups,
        follows=first.follows,
        names_recorded=first.names_recorded,
        zone=first.zone,
    )
    return store.update_session(new.id, round_of=first.id, round_name=name.strip())


def rounds_of(
    store: SessionStore, session: Session, listing: Sequence[SessionInfo] | None = None
) -> list[Session]:
    """Every round of the meeting `session` belongs to, first round first, in the order they
    were started (a round that cannot be read is left out). `listing` is the store's session
    list when the caller has read it already (one read for a whole chain)."""
    first_id = first_round_id(session)
    infos = store.list_sessions() if listing is None else listing
    later = [info.id for info in infos if info.round_of == first_id]
    rounds: list[Session] = []
    for sid in dict.fromkeys([first_id, *later]):
        if sid == session.id:
            rounds.append(session)
            continue
        try:
            rounds.append(store.load(sid))
        except StoreError:
            continue
    return sorted(rounds, key=lambda r: (r.round_of is not None, r.created, r.date))


def round_label(session: Session, first_name: str) -> str:
    """A round's name; the first round, when it has none, is called `first_name`."""
    return session.round_name or first_name


def merged_rounds(rounds: Sequence[Session], first_name: str) -> Session:
    """The rounds as one meeting for the summary, the minutes and the action plan: the first
    round's details and timing, every round's notes marked by its round, and the summary and
    plan of the last round that has one. One round is returned as it is."""
    if len(rounds) <= 1:
        return rounds[0]
    names = tuple(round_label(r, first_name) for r in rounds)
    notes = tuple(
        dataclasses.replace(note, round_name=name)
        for name, session in zip(names, rounds, strict=True)
        for note in session.notes
    )
    summary = next((r.summary for r in reversed(rounds) if r.summary), ())
    plan = next((r.plan for r in reversed(rounds) if r.plan), ())
    return dataclasses.replace(rounds[0], notes=notes, summary=summary, plan=plan, rounds=names)


def whole_meeting(
    store: SessionStore,
    session: Session,
    first_name: str,
    listing: Sequence[SessionInfo] | None = None,
) -> Session:
    """The session with every other round of its meeting merged in (itself when it has none)."""
    return merged_rounds(rounds_of(store, session, listing), first_name)


def meeting_chain(store: SessionStore, session: Session, first_name: str) -> list[Session]:
    """The meetings this one follows and itself, oldest first, each with its rounds merged in."""
    listing = store.list_sessions()
    return [whole_meeting(store, s, first_name, listing) for s in session_chain(store, session)]
