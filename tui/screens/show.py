"""The room view for a projector: step title, a large timer, questions, notes per group."""

from __future__ import annotations

from collections import Counter

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical, VerticalScroll
from textual.widgets import Static

from store.meeting import Meeting
from store.model import Session
from tui.follow import SessionFollower
from tui.i18n import t
from tui.screens.run_view import timer_view
from tui.screens.show_room import RoomOnShow
from tui.screens.vote_panel import VoteShown
from tui.views import group_label
from tui.widgets.timer_panel import TimerPanel

TICK_SECONDS = 0.25


def group_counts(meeting: Meeting, step: int) -> Text:
    """`gruppe 1: 3 · gruppe 2: 5 · plenum: 1` for the step's live notes."""
    counts = Counter(note.group for note in meeting.step_notes(step))
    groups: list[int | None] = [*range(1, meeting.session.groups + 1), None]
    parts = [f"{group_label(g)}: {counts[g]}" for g in groups if g is not None or counts[g]]
    return Text(" · ".join(parts), style="bold")


class ShowScreen(RoomOnShow, VoteShown):
    """Read-only: follows the facilitator's step and timer live; nothing here can change them."""

    CSS_PATH = "show.tcss"
    VOTE_PARENT, VOTE_BEFORE, VOTE_HIDDEN = "#show", "#show-counts", "page.vote.hidden"

    def __init__(self, meeting: Meeting) -> None:
        super().__init__()
        self.meeting = meeting
        self.follower = SessionFollower(meeting)

    def compose(self) -> ComposeResult:
        """Title, timer, questions and counts."""
        with Vertical(id="show"):
            yield Static(id="show-title")
            yield TimerPanel(id="show-timer")
            with VerticalScroll(id="show-questions"):
                yield Static(id="show-body")
            yield Static(id="show-counts")

    def on_mount(self) -> None:
        """Draw and start following."""
        self.title = self.meeting.session.title
        self.tick()
        self.set_interval(TICK_SECONDS, self.tick)
        self.follower.start(self)

    @on(SessionFollower.Changed)
    def follow(self, message: SessionFollower.Changed) -> None:
        """The facilitator saved: take the new step and notes and redraw at once."""
        self._apply(message.session)
        self.tick()

    def tick(self) -> None:
        """Redraw the timer, the step and the counts."""
        timing = self.meeting.timing()
        steps = self.meeting.agenda.steps
        self.query_one(TimerPanel).show(timer_view(timing, len(steps)))
        index = timing.current if timing.current is not None else 0
        step = steps[index]
        self.query_one("#show-title", Static).update(Text(step.title, style="bold"))
        body = Text()
        for question in step.questions:
            body.append("•  ", style="bold")
            body.append(question, style="bold")
            body.append("\n\n")
        if not step.questions and step.outcome:
            body.append(f"{t('run.outcome')}: ", style="bold")
            body.append(step.outcome)
        self.query_one("#show-body", Static).update(body)
        self.query_one("#show-counts", Static).update(group_counts(self.meeting, index))
        self.vote_step_changed()

    def _apply(self, session: Session) -> None:
        """Take the loaded session."""
        self.meeting.reload(session)
