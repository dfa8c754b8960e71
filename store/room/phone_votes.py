"""A group's phone and the step's dot vote: what it shows, and the ballot a phone sends.

A phone is one seat for its whole group: the page asks how many people are at it (1–6) and
gives them `per_person × people` dots on the notes the step votes on (every group's, so that
all can be weighed). The phone may move its dots until the facilitator reveals the result;
until then no phone sees any count but its own.
"""

from __future__ import annotations

from typing import Any

from store.language import kind_label
from store.model import Session
from store.room.submission import Refusal, Refused, read_group
from store.votes import MAX_PEOPLE, Ballot, VoteBook, group_seat, voted_notes

MAX_DOTS_PER_NOTE = 99
"""More dots than this on one note is not a ballot but a mistake."""


def vote_view(
    session: Session, book: VoteBook, earlier: Session | None, index: int, group: int
) -> dict[str, Any] | None:
    """Group `group`'s view of step `index`'s vote (None when the step does not vote)."""
    voting = session.agenda.steps[index].voting
    if voting is None:
        return None
    notes = voted_notes(session, index, earlier)
    mine = book.ballot(index, group_seat(group))
    dots = dict(mine.dots) if mine else {}
    revealed = index in book.revealed
    results = [
        {"rank": rank, "text": note.text, "label": kind_label(note.kind), "dots": count}
        for rank, note, count in book.ranking(index, notes)
    ]
    return {
        "per_person": voting.per_person,
        "max_people": MAX_PEOPLE,
        "people": mine.people if mine else 1,
        "closed": revealed,
        "notes": [
            {"id": n.id, "label": kind_label(n.kind), "text": n.text, "dots": dots.get(n.id, 0)}
            for n in notes
        ],
        "results": results if revealed else None,
    }


def _count(value: object, field: str, limit: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= limit:
        raise Refused(Refusal.BAD_FIELD, field)
    return value


def read_ballot(
    data: object, *, session: Session, book: VoteBook, earlier: Session | None, index: int
) -> Ballot:
    """A phone's `{"group": N, "people": n, "dots": {note id: count}}` checked against step
    `index`'s vote; Refused (naming why) when the step does not vote, the vote is closed, a
    note is not voted on or the dots are more than the group's allowance."""
    if not isinstance(data, dict):
        raise Refused(Refusal.BAD_JSON)
    group = read_group(data.get("group"), session.groups)
    voting = session.agenda.steps[index].voting
    if voting is None:
        raise Refused(Refusal.NO_VOTE)
    if index in book.revealed:
        raise Refused(Refusal.VOTE_CLOSED)
    people = data.get("people", 1)
    if isinstance(people, bool) or not isinstance(people, int) or not 1 <= people <= MAX_PEOPLE:
        raise Refused(Refusal.BAD_FIELD, "people")
    dots = data.get("dots")
    if not isinstance(dots, dict) or len(dots) > 200:
        raise Refused(Refusal.BAD_FIELD, "dots")
    allowed = {note.id for note in voted_notes(session, index, earlier)}
    counts = {str(k): _count(v, "dots", MAX_DOTS_PER_NOTE) for k, v in dots.items()}
    if any(note_id not in allowed for note_id, count in counts.items() if count):
        raise Refused(Refusal.VOTE_NOTE, "dots")
    ballot = Ballot(index, group_seat(group), tuple((k, v) for k, v in counts.items() if v), people)
    if ballot.used > voting.per_person * people:
        raise Refused(Refusal.VOTE_OVER, "dots")
    return ballot
