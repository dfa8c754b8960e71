"""Opening a session for a seat: the session, who holds it, and what it carries from before."""

from __future__ import annotations

from dataclasses import dataclass, field

from store.chain import open_actions, session_chain
from store.errors import StoreError
from store.model import Note, Session
from store.rounds import merged_rounds, rounds_of
from store.seat_lease import SeatLease, claim_facilitator_seat
from store.sessions import SessionStore


@dataclass
class Opening:
    """A session ready for its screen. `seat` is the seat it opens in; `lease` the facilitator's
    seat held for it; `seat_taken` says that seat was held elsewhere, so a facilitator got the
    minute-taker's seat; `context` is the previous meeting's summary, `actions` its open tiltak."""

    session: Session
    start: bool
    context: list[str] = field(default_factory=list)
    actions: list[tuple[Session, Note]] = field(default_factory=list)
    seat: str = "facilitator"
    lease: SeatLease | None = None
    seat_taken: bool = False


def previous_context(previous: Session | None) -> list[str]:
    """The summary of the session this one follows, shown as context on every step."""
    if previous is None:
        return []
    if previous.summary:
        items = sorted(previous.summary, key=lambda item: item.order)
        return [f"{item.topic}: {item.text}" if item.topic else item.text for item in items]
    return [note.text for note in previous.live_notes if note.kind.value == "utfordring"]


def open_meeting(store: SessionStore, session_id: str, seat: str, start: bool) -> Opening:
    """Load a session for `seat`; a facilitator takes the facilitator's seat, or is given the
    minute-taker's when another window holds it (and then does not start the clock).
    Raises StoreError (holding no seat) when the session cannot be read."""
    lease = None
    wanted = seat
    try:
        session = store.load(session_id)
        if seat == "facilitator":
            lease = claim_facilitator_seat(store.sessions_dir / session.id)
            if lease is None:
                seat, start = "referent", False
        # The meetings this one follows, read once, each with all its rounds: the last one's
        # summary is the context, and the facilitator reviews the open tiltak of them all.
        chain = session_chain(store, session) if session.follows else [session]
        listing = store.list_sessions() if len(chain) > 1 else []
        earlier = [rounds_of(store, meeting, listing) for meeting in chain[:-1]]
        context = previous_context(merged_rounds(earlier[-1], "") if earlier else None)
        every_round = [one_round for rounds in earlier for one_round in rounds]
        actions = open_actions([*every_round, session]) if seat == "facilitator" else []
    except StoreError:
        if lease is not None:
            lease.release()
        raise
    return Opening(session, start, context, actions, seat, lease, seat != wanted)
