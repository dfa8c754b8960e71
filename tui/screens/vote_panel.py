"""The vote panel of a screen that follows a meeting: the Run screen and `plansje show`.

The ballots are read in a worker thread (when the screen's tick finds the step changed, and
whenever another seat or the room saves) and posted as `VotesLoaded`. Until the facilitator
reveals the result the panel says only how many dots are cast; then it shows the ranking.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from rich.text import Text
from textual import work
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Static

from store.errors import StoreError
from store.meeting import Meeting
from store.model import Note, Session

if TYPE_CHECKING:
    from store.votes import VoteBook


class VotesLoaded(Message):
    """The session's ballots as read from disk (and the meeting it follows)."""

    def __init__(self, book: VoteBook, earlier: Session | None) -> None:
        super().__init__()
        self.book = book
        self.earlier = earlier


class VoteShown(Screen[None]):
    """A screen's base that shows the current step's vote in a panel (`#vote-panel`)."""

    meeting: Meeting
    #: Where the panel goes: into this container, before this child (an index or a selector).
    VOTE_PARENT = "#notes"
    VOTE_BEFORE: int | str = 0
    #: What the panel says while the result is hidden.
    VOTE_HIDDEN = "vote.panel_hidden"

    earlier: Session | None = None
    _book: VoteBook | None = None
    _vote_step: int | None = -1

    @property
    def votes(self) -> VoteBook:
        """The ballots this screen knows (none before they are first read). The vote modules
        load with the first meeting that votes, not at every start."""
        if self._book is None:
            from store.votes import VoteBook

            self._book = VoteBook()
        return self._book

    @votes.setter
    def votes(self, book: VoteBook) -> None:
        self._book = book

    @property
    def vote_step(self) -> int | None:
        """The current step when it votes, else None."""
        current = self.meeting.timing().current
        steps = self.meeting.agenda.steps
        return current if current is not None and steps[current].voting else None

    @property
    def agenda_votes(self) -> bool:
        """True when a step of this meeting's agenda takes votes (else no ballot is ever read)."""
        return any(step.voting for step in self.meeting.agenda.steps)

    def on_mount(self) -> None:
        """Show the vote of the step the meeting is at."""
        self.vote_step_changed()

    def vote_step_changed(self) -> None:
        """The screen's step may have changed (its tick says so): show that step's vote at
        once with the ballots known, then read them afresh."""
        if self.vote_step != self._vote_step:
            self._vote_step = self.vote_step
            self.show_votes()
            if self.agenda_votes:
                self.read_votes()

    def on_session_follower_changed(self) -> None:
        """Another seat or the room saved: read the ballots again (if this agenda votes)."""
        if self.agenda_votes:
            self.read_votes()

    @work(thread=True, group="votes", exclusive=True, exit_on_error=False)
    def read_votes(self) -> None:
        """Read the ballots (and, once, the meeting this one follows) off the event loop."""
        store, session = self.meeting.store, self.meeting.session
        try:
            if session.follows and self.earlier is None:
                self.earlier = store.load(session.follows)
            from store.votes import load_votes

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
        """Show the vote panel while the current step votes (removed otherwise)."""
        step = self.vote_step
        lines = [] if step is None else self._lines(step)
        panels = self.query("#vote-panel")
        if not lines:
            panels.remove()
        elif panels:
            panels.first(Static).update(Text("\n".join(lines)))
        else:
            panel = Static(Text("\n".join(lines)), id="vote-panel")
            self.query_one(self.VOTE_PARENT).mount(panel, before=self.VOTE_BEFORE)

    def _seen(self) -> Session:
        """The session with this seat's notes as it shows them (saved or not)."""
        notes = tuple(self.meeting.notes.values())
        return dataclasses.replace(self.meeting.session, notes=notes)

    def _lines(self, step: int) -> list[str]:
        from store.vote_report import vote_panel_lines

        return vote_panel_lines(self._seen(), self.votes, self.earlier, step, self.VOTE_HIDDEN)

    def _voted(self, step: int) -> list[Note]:
        """The notes the step votes on, as this screen shows them."""
        from store.votes import voted_notes

        return list(voted_notes(self._seen(), step, self.earlier))
