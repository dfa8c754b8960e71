"""The Run screen's display: timer, step list and step detail, redrawn from the timing the
screen computed once for this tick."""

from __future__ import annotations

from typing import TYPE_CHECKING

from agendas.proposals import with_shown_proposal
from store.timing import MeetingState, MeetingTiming
from tui.i18n import t
from tui.screens.run_view import step_line, timer_view
from tui.views import target_progress
from tui.widgets.step_detail import StepDetail
from tui.widgets.step_list import StepList
from tui.widgets.timer_panel import TimerPanel

if TYPE_CHECKING:
    from tui.screens.run import RunScreen


class Dashboard:
    """Draws the timing; rings the bell at a round switch and when a step runs out of time."""

    def __init__(self, screen: RunScreen) -> None:
        self.screen = screen
        self._shown_step: int | None = -1
        self._shown_minute: tuple[int | None, int] = (None, -1)
        self._last_round: tuple[int, int] | None = None
        self._was_overtime = False
        self._more_below = False

    def mark_more(self, more: bool | None = None) -> None:
        """Say "↓ mer" on the line under the step while part of it is below the fold (`more`:
        the step detail says it changed); never while a narrow terminal hides the detail."""
        if more is not None:
            self._more_below = more
        shown = self._more_below and not self.screen.has_class("-narrow")
        for notes in self.screen.query("#notes"):  # none while the screen is leaving
            notes.border_title = t("run.more") if shown else ""

    def redraw_all(self) -> None:
        """Redraw everything at the next tick (forget what is shown)."""
        self._shown_step = -1

    def refresh_steps(self) -> None:
        """Redraw the step list with Kl. times and actual against planned."""
        titles = [step.title for step in self.screen.meeting.agenda.steps]
        pairs = zip(titles, self.screen.timing.steps, strict=True)
        self.screen.query_one(StepList).show(
            [step_line(ti, st) for ti, st in pairs], self.screen.timing.current
        )

    def refresh_step_detail(self) -> None:
        """Redraw the active step with progress toward its targets."""
        agenda = self.screen.meeting.agenda
        step = with_shown_proposal(agenda, agenda.steps[self.screen.step])
        notes = self.screen.meeting.step_notes(self.screen.step)
        progress = target_progress(step, notes, self.screen.meeting.session.groups)
        self.screen.query_one(StepDetail).show(step, progress, self.screen.context)

    def tick(self, timing: MeetingTiming) -> None:
        """Update the timer; ring the bell at a round switch and when the step's time runs out."""
        self.screen.query_one(TimerPanel).show(
            timer_view(timing, len(self.screen.meeting.agenda.steps))
        )
        step = timing.current_step
        minute = (timing.current, int(step.elapsed.total_seconds() // 60) if step else 0)
        step_changed = timing.current != self._shown_step
        if step_changed:
            self._shown_step = timing.current
            self.refresh_step_detail()
            self.screen.refresh_notes()
            self.screen.vote_step_changed()
        if step_changed or minute != self._shown_minute:
            self._shown_minute = minute
            self.refresh_steps()
        if step is None or timing.state is not MeetingState.RUNNING:
            return
        if step.round is not None:
            mark = (step.index, step.round.index)
            if self._last_round is not None and mark != self._last_round and mark[1] > 0:
                self.screen.app.bell()
                self.screen.notify(
                    t("run.round_switch", n=mark[1] + 1, count=step.round.count), markup=False
                )
            self._last_round = mark
        overtime = step.remaining.total_seconds() < 0
        if overtime and not self._was_overtime:
            self.screen.app.bell()
            self.refresh_steps()
        self._was_overtime = overtime
