"""A step's vote in words: what the Run screen's vote panel says, and the minutes' counts.

Until the facilitator reveals the result, only how many dots were cast is said, never
which note has them.
"""

from __future__ import annotations

from store.language import t
from store.model import Note, Session
from store.votes import VoteBook, voted_notes


def vote_panel_lines(
    session: Session, book: VoteBook, earlier: Session | None, step: int
) -> list[str]:
    """The Run screen's lines for step `step`'s vote (none when the step does not vote)."""
    voting = session.agenda.steps[step].voting
    if voting is None:
        return []
    cast = sum(sum(count for _, count in b.dots) for b in book.ballots if b.step == step)
    lines = [t("vote.panel", n=voting.per_person, cast=cast)]
    if step not in book.revealed:
        return [*lines, t("vote.panel_hidden")]
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
