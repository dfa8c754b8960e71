"""The Run screen's dot voting: the vote panel, Ctrl+T (votes by hand) and Ctrl+S (reveal).

The panel and the reading of the ballots are `VoteShown`'s (tui.screens.vote_panel, shared
with `plansje show`). Typed-in counts are the room's ballot; they and the reveal go through
the meeting's outbox like every other write. The reveal ranks the voted notes (1 = most
dots) through the meeting, so the note list, the summary and the minutes see the ranks at
once.
"""

from __future__ import annotations

import dataclasses

from textual.binding import Binding

from tui.i18n import t
from tui.screens.run_room import RoomSeats
from tui.screens.vote_panel import VoteShown


class VoteSeats(RoomSeats, VoteShown):
    """The Run screen's base for voting: its keys and the vote panel above the notes."""

    VOTE_BINDINGS = [
        Binding("ctrl+t", "votes", t("key.votes"), show=False),
        Binding("ctrl+s", "reveal", t("key.reveal"), show=False),
    ]
    #: The Run screen lists these in its own BINDINGS: the room's keys and the vote's.
    SEAT_BINDINGS = [*RoomSeats.ROOM_BINDINGS, *VOTE_BINDINGS]

    def persist(self) -> None:
        """Write the meeting's queue (the Run screen's worker)."""

    def refresh_notes(self) -> None:
        """Redraw the step's notes (the Run screen's)."""

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
        from store.votes import ROOM_SEAT, Ballot, ballot_write, with_counts

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

        from tui.screens.vote_dialog import VoteDialog  # its form is read when first needed

        self.app.push_screen(VoteDialog(notes, dict(mine.dots)), typed)

    def action_reveal(self) -> None:
        """Ctrl+S: close the vote, show the ranking and rank the notes by it."""
        step = self.vote_step
        if step is None:
            self.notify(t("vote.no_vote"), markup=False)
            return
        from store.votes import close_write, ranks_of

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
