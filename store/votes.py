"""Dot voting: each seat's ballot for a step, the tally, and the reveal that ranks the notes.

A ballot belongs to a seat, never to a person or device: a group (`g2`, one ballot for all of
the group's phones) or the room (`room`, the counts typed in from a show of hands). A seat's
ballot is replaced whole under the session lock, so a retry stores the same thing again and
two seats voting at once lose nothing. The ballots live in the session file's `votes` table,
the revealed steps in `vote_steps`; once a step is revealed its vote is closed.
"""

from __future__ import annotations

import contextlib
import dataclasses
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from tinydb import Query

from agendas.model import NoteKind, Step
from store.errors import InvalidInput
from store.json_storage import decoding, opened
from store.model import Note, Session
from store.outbox import PendingWrite
from store.session_files import SESSION, SessionFiles
from store.sessions import SessionStore

ROOM_SEAT = "room"
"""The seat of the votes typed in by the facilitator or minute-taker (a show of hands)."""
MAX_PEOPLE = 6
"""A group's phone stands for at most this many people (the page asks, 1 by default)."""
MAX_HAND_COUNT = 999
"""A note's count typed in by hand at most."""
VOTES = "votes"
VOTE_STEPS = "vote_steps"


class VoteRefused(InvalidInput):
    """A ballot the session will not take; `problem` says why (see ballot_problem)."""

    def __init__(self, problem: str) -> None:
        super().__init__(f"vote refused: {problem}")
        self.problem = problem


def group_seat(group: int) -> str:
    """The seat name of group `group`'s ballot (`g2`)."""
    return f"g{group}"


@dataclass(frozen=True, slots=True)
class Ballot:
    """One seat's dots in one step: (note id, dots) pairs, for `people` people."""

    step: int
    seat: str
    dots: tuple[tuple[str, int], ...] = ()
    people: int = 1

    @property
    def used(self) -> int:
        """How many dots the ballot places."""
        return sum(count for _, count in self.dots)


@dataclass(frozen=True, slots=True)
class VoteBook:
    """Every ballot of a session and the steps whose result is revealed (and vote closed)."""

    ballots: tuple[Ballot, ...] = ()
    revealed: frozenset[int] = field(default_factory=frozenset)

    def ballot(self, step: int, seat: str) -> Ballot | None:
        """The seat's ballot in the step, if it has voted."""
        return next((b for b in self.ballots if b.step == step and b.seat == seat), None)

    def tally(self, step: int) -> dict[str, int]:
        """Dots per note id in the step, summed over every seat."""
        total: dict[str, int] = {}
        for ballot in self.ballots:
            if ballot.step == step:
                for note_id, count in ballot.dots:
                    total[note_id] = total.get(note_id, 0) + count
        return total

    def ranking(self, step: int, notes: Iterable[Note]) -> list[tuple[int, Note, int]]:
        """(rank, note, dots) for the voted-on notes with dots, most first; ties share a rank
        (1, 1, 3), and within a tie the notes keep their order."""
        tally = self.tally(step)
        scored = sorted(
            ((note, tally[note.id]) for note in notes if tally.get(note.id, 0) > 0),
            key=lambda pair: -pair[1],
        )
        ranked: list[tuple[int, Note, int]] = []
        for place, (note, count) in enumerate(scored, start=1):
            rank = ranked[-1][0] if ranked and ranked[-1][2] == count else place
            ranked.append((rank, note, count))
        return ranked


def voted_kinds(step: Step) -> tuple[NoteKind, ...]:
    """The kinds a step votes on: those it names, else those it collects (empty: any)."""
    if step.voting is None:
        return ()
    return step.voting.kinds or tuple(dict.fromkeys(t.kind for t in step.targets))


def voted_notes(session: Session, step: int, earlier: Session | None) -> tuple[Note, ...]:
    """The notes step `step` votes on: this meeting's (or, with `fra forrige møte`, the
    previous meeting's) live notes of the voted kinds; none when the step does not vote."""
    voting = session.agenda.steps[step].voting
    if voting is None:
        return ()
    source = earlier if voting.earlier else session
    if source is None:
        return ()
    kinds = voted_kinds(session.agenda.steps[step])
    return tuple(n for n in source.live_notes if not kinds or n.kind in kinds)


def ballot_problem(session: Session, book: VoteBook, ballot: Ballot, allowed: set[str]) -> str:
    """Why the ballot may not be stored ("" when it may): a step without voting, a closed
    vote, a note not voted on, a negative count, or more dots than the seat's allowance."""
    if not 0 <= ballot.step < len(session.agenda.steps):
        return "no_step"
    voting = session.agenda.steps[ballot.step].voting
    if voting is None:
        return "no_vote"
    if ballot.step in book.revealed:
        return "closed"
    if any(count < 0 or note_id not in allowed for note_id, count in ballot.dots):
        return "note"
    if ballot.seat == ROOM_SEAT:
        return "" if all(c <= MAX_HAND_COUNT for _, c in ballot.dots) else "too_many"
    if not 1 <= ballot.people <= MAX_PEOPLE:
        return "people"
    return "" if ballot.used <= voting.per_person * ballot.people else "too_many"


def ballot_to_doc(ballot: Ballot) -> dict[str, Any]:
    """The ballot as stored (only the notes with dots)."""
    dots = {note_id: count for note_id, count in ballot.dots if count > 0}
    return {"step": ballot.step, "seat": ballot.seat, "people": ballot.people, "dots": dots}


def ballot_from_doc(doc: Mapping[str, Any]) -> Ballot:
    """The inverse of ballot_to_doc."""
    dots = tuple((str(k), int(v)) for k, v in dict(doc.get("dots") or {}).items())
    return Ballot(int(doc["step"]), str(doc["seat"]), dots, int(doc.get("people", 1)))


def load_votes(store: SessionStore, session_id: str) -> VoteBook:
    """The session's ballots and revealed steps (a session from before voting has none)."""
    path = SessionFiles(store.sessions_dir / store.resolve(session_id)).path(SESSION)
    with decoding(path), opened(path, "session", save=False) as db:
        ballots = tuple(ballot_from_doc(d) for d in db.table(VOTES).all())
        revealed = frozenset(int(d["step"]) for d in db.table(VOTE_STEPS).all())
    return VoteBook(ballots, revealed)


def cast_ballot(store: SessionStore, session: Session, ballot: Ballot, allowed: set[str]) -> None:
    """Replace the seat's ballot for the step, checked against what is stored now; an
    InvalidInput names the problem (see ballot_problem) and nothing is written."""
    # the store's one write path: its session lock and one durable write of the session file
    with store.writing(session.id) as (_, db):
        revealed = {int(d["step"]) for d in db.table(VOTE_STEPS).all()}
        problem = ballot_problem(session, VoteBook((), frozenset(revealed)), ballot, allowed)
        if problem:
            raise VoteRefused(problem)
        table = db.table(VOTES)
        table.remove((Query().step == ballot.step) & (Query().seat == ballot.seat))
        table.insert(ballot_to_doc(ballot))


def close_vote(store: SessionStore, session_id: str, step: int) -> None:
    """Close the step's vote and reveal its result (a no-op when it already is)."""
    with store.writing(session_id) as (_, db):
        steps = db.table(VOTE_STEPS)
        if not steps.contains(Query().step == step):
            steps.insert({"step": step})


def ranks_of(
    ranked: Iterable[tuple[int, Note, int]], notes: Iterable[Note]
) -> dict[str, int | None]:
    """The rank each voted note gets from the ranking (None: no dots), where it changes."""
    ranks = {note.id: rank for rank, note, _ in ranked}
    return {n.id: ranks.get(n.id) for n in notes if n.rank != ranks.get(n.id)}


def reveal(store: SessionStore, session: Session, step: int) -> list[tuple[int, Note, int]]:
    """Close and reveal the step's vote, then rank this meeting's voted notes by it (1 = most
    dots; the others lose a rank they had). Safe to repeat; returns the ranking."""
    close_vote(store, session.id, step)
    voting = session.agenda.steps[step].voting
    if voting is None or voting.earlier:
        return []  # the previous meeting's notes keep their ranks; the minutes show counts
    fresh = store.load(session.id)
    notes = voted_notes(fresh, step, None)
    ranked = load_votes(store, session.id).ranking(step, notes)
    for note_id, rank in ranks_of(ranked, notes).items():
        store.update_note(session.id, note_id, rank=rank)
    return ranked


def ballot_write(session: Session, ballot: Ballot, allowed: set[str]) -> PendingWrite:
    """The outbox's write behind cast_ballot (the by-hand counts of the Run screen)."""

    def apply(store: SessionStore) -> None:
        with contextlib.suppress(VoteRefused):  # revealed meanwhile: the vote is closed
            cast_ballot(store, session, ballot, allowed)

    return PendingWrite(session.id, f"stemmer i steg {ballot.step + 1}", apply)


def close_write(session_id: str, step: int) -> PendingWrite:
    """The outbox's write behind close_vote (the Run screen ranks the notes itself)."""
    return PendingWrite(
        session_id, f"resultat i steg {step + 1}", lambda store: close_vote(store, session_id, step)
    )


def with_counts(ballot: Ballot, counts: Mapping[str, int]) -> Ballot:
    """The ballot with these dots per note id (zero counts dropped)."""
    dots = tuple((k, v) for k, v in counts.items() if v > 0)
    return dataclasses.replace(ballot, dots=dots)
