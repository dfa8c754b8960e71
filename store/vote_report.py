"""A step's vote in words: what the Run screen's vote panel says, and the minutes' counts.

Until the facilitator reveals the result, only how many dots were cast is said, never
which note has them.
"""

from __future__ import annotations

from store.errors import StoreError
from store.language import t
from store.model import Note, Session
from store.sessions import SessionStore
from store.votes import VoteBook, load_votes, voted_notes


def vote_panel_lines(
    session: Session,
    book: VoteBook,
    earlier: Session | None,
    step: int,
    hidden: str = "vote.panel_hidden",
) -> list[str]:
    """The vote panel's lines for step `step` (none when the step does not vote); `hidden`
    is the language key of what it says while the result is hidden."""
    voting = session.agenda.steps[step].voting
    if voting is None:
        return []
    cast = sum(sum(count for _, count in b.dots) for b in book.ballots if b.step == step)
    lines = [t("vote.panel", n=voting.per_person, cast=cast)]
    if step not in book.revealed:
        return [*lines, t(hidden)]
    lines.append(t("vote.panel_result"))
    ranked = book.ranking(step, voted_notes(session, step, earlier))
    return [*lines, *(f"{rank}. {note.text} ({count})" for rank, note, count in ranked)]


def vote_counts(
    session: Session, book: VoteBook, earlier: Session | None, step: int
) -> list[tuple[Note, int]]:
    """For the minutes: the revealed step's notes with dots, most first (empty when the
    step does not vote or its result was never revealed)."""
    if session.agenda.steps[step].voting is None or step not in book.revealed:
        return []
    ranked = book.ranking(step, voted_notes(session, step, earlier))
    return [(note, count) for _, note, count in ranked]


def minutes_votes(store: SessionStore, session: Session) -> dict[int, list[tuple[Note, int]]]:
    """Every revealed vote of the session, per step, as the minutes list it."""
    try:
        book = load_votes(store, session.id)
    except StoreError:
        return {}  # not a stored session (or unreadable): the minutes go out without counts
    earlier = None
    if session.follows and any(s.voting and s.voting.earlier for s in session.agenda.steps):
        try:
            earlier = store.load(session.follows)
        except StoreError:
            earlier = None  # the previous meeting is gone: its notes cannot be named
    steps = range(len(session.agenda.steps))
    return {i: counts for i in steps if (counts := vote_counts(session, book, earlier, i))}
