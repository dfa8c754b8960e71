"""The Run screen's dot voting: the vote panel, Ctrl+T (votes by hand) and Ctrl+L (reveal).

The ballots are read in a worker thread (on the step's start, and whenever another seat or
the room saves) and posted as `VotesLoaded`. Typed-in counts are the room's ballot; they and
the reveal go through the meeting's outbox like every other write. The reveal ranks the
voted notes (1 = most dots) through the meeting, so the note list, the summary and the
minutes see the ranks at once.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from rich.text import Text
from textual import work
from textual.binding import Binding
from textual.message import Message
from textual.widgets import Static

from store.errors import StoreError
from store.model import Note, Session
from store.vote_report import vote_panel_lines
from store.votes import (
    ROOM_SEAT,
    Ballot,
    VoteBook,
    ballot_write,
    close_write,
    load_votes,
    ranks_of,
    voted_notes,
    with_counts,
)
from tui.i18n import t
from tui.screens.run_room import RoomSeats
from tui.screens.vote_dialog import VoteDialog

CHECK_SECONDS = 0.5


@dataclass
class VotesLoaded(Message):
    """The session's ballots as read from disk (and the meeting it follows)."""

    book: VoteBook
    earlier: Session | None


class VoteSeats(RoomSeats):
    """The Run screen's base for voting: its keys, the ballots it knows, the panel."""

    VOTE_BINDINGS = [
        Binding("ctrl+t", "votes", t("key.votes"), show=False),
        Binding("ctrl+l", "reveal", t("key.reveal"), show=False),
    ]
    #: The Run screen lists these in its own BINDINGS: the room's keys and the vote's.
    SEAT_BINDINGS = [*RoomSeats.ROOM_BINDINGS, *VOTE_BINDINGS]

    votes = VoteBook()
    earlier: Session | None = None
    _vote_step: int | None = -1

    def persist(self) -> None:
        """Write the meeting's queue (the Run screen's worker)."""

    def refresh_notes(self) -> None:
        """Redraw the step's notes (the Run screen's)."""

    @property
    def vote_step(self) -> int | None:
        """The current step when it votes, else None."""
        current = self.meeting.timing().current
        steps = self.meeting.agenda.steps
        return current if current is not None and steps[current].voting else None

    def on_mount(self) -> None:
        """Read the ballots now and whenever the current step changes."""
        self.set_interval(CHECK_SECONDS, self._check_step)
        self._check_step()

    def _check_step(self) -> None:
        if self.vote_step != self._vote_step:
            self._vote_step = self.vote_step
            self.read_votes()

    def on_session_follower_changed(self) -> None:
        """Another seat or the room saved: read the ballots again."""
        self.read_votes()

    @work(thread=True, group="votes", exclusive=True, exit_on_error=False)
    def read_votes(self) -> None:
        """Read the ballots (and, once, the meeting this one follows) off the event loop."""
        store, session = self.meeting.store, self.meeting.session
        try:
            if session.follows and self.earlier is None:
                self.earlier = store.load(session.follows)
            self.post_message(VotesLoaded(load_votes(store, session.id), self.earlier))
        except StoreError:
            return  # a half-written or locked file: the next save reads again

    def on_votes_loaded(self, message: VotesLoaded) -> None:
        """Keep what was read (unless this seat has a vote write waiting) and show it."""
        if self.meeting.pending == 0:  # else this seat's own vote write is not on disk yet
            self.votes = message.book
        self.earlier = message.earlier
        self.show_votes()

    def show_votes(self) -> None:
        """Show the vote panel above the notes while the current step votes."""
        step = self.vote_step
        lines = [] if step is None else self._lines(step)
        panels = self.query("#vote-panel")
        if not lines:
            panels.remove()
        elif panels:
            panels.first(Static).update(Text("\n".join(lines)))
        else:
            self.query_one("#notes").mount(
                Static(Text("\n".join(lines)), id="vote-panel"), before=0
            )

    def _seen(self) -> Session:
        """The session with this seat's notes as it shows them (saved or not)."""
        notes = tuple(self.meeting.notes.values())
        return dataclasses.replace(self.meeting.session, notes=notes)

    def _lines(self, step: int) -> list[str]:
        return vote_panel_lines(self._seen(), self.votes, self.earlier, step)

    def _voted(self, step: int) -> list[Note]:
        return list(voted_notes(self._seen(), step, self.earlier))

    def action_votes(self) -> None:
        """Ctrl+T: type in the room's votes (a show of hands) for the current step."""
        step = self.vote_step
        if step is None or step in self.votes.revealed:
            self.notify(t("vote.no_vote" if step is None else "vote.closed"), markup=False)
            return
        notes = self._voted(step)
        if not notes:
            self.notify(t("vote.no_notes"), markup=False)
            return
        mine = self.votes.ballot(step, ROOM_SEAT) or Ballot(step, ROOM_SEAT)

        def typed(counts: dict[str, int] | None) -> None:
            if counts is None:
                return
            ballot = with_counts(mine, counts)
            allowed = {n.id for n in notes}
            self.meeting.outbox.enqueue(ballot_write(self.meeting.session, ballot, allowed))
            others = tuple(b for b in self.votes.ballots if (b.step, b.seat) != (step, ROOM_SEAT))
            self.votes = dataclasses.replace(self.votes, ballots=(*others, ballot))
            self.persist()
            self.show_votes()
            self.notify(t("vote.saved"), markup=False)

        self.app.push_screen(VoteDialog(notes, dict(mine.dots)), typed)

    def action_reveal(self) -> None:
        """Ctrl+L: close the vote, show the ranking and rank the notes by it."""
        step = self.vote_step
        if step is None:
            self.notify(t("vote.no_vote"), markup=False)
            return
        session = self.meeting.session
        self.meeting.outbox.enqueue(close_write(session.id, step))
        self.votes = dataclasses.replace(self.votes, revealed=self.votes.revealed | {step})
        voting = session.agenda.steps[step].voting
        if voting is not None and not voting.earlier:
            notes = self._voted(step)
            ranked = self.votes.ranking(step, notes)
            for note_id, rank in ranks_of(ranked, notes).items():
                self.meeting.update_note(note_id, rank=rank)
            self.refresh_notes()
        self.persist()
        self.show_votes()
        self.notify(t("vote.revealed"), markup=False)
