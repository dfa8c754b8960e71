"""The Run screen's meeting controls: steps, pause, extra time, jump and end."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.screen import Screen
from textual.widgets import Input

from agendas.model import NoteKind
from tui.i18n import t
from store.meeting import Meeting


class StepControls(Screen[None]):
    """Moves the meeting along: the keys only the seat holding control may use."""

    meeting: Meeting
    kind: NoteKind | None

    if TYPE_CHECKING:

        def refresh_all(self) -> None: ...
        def persist(self) -> None: ...
        def action_summary(self) -> None: ...

    def _moved(self, changed: bool) -> None:
        """After a control: redraw and save."""
        if changed:
            self.kind = None
            self.refresh_all()
            self.persist()

    def action_next_step(self) -> None:
        """PageDown: go to the next step."""
        timing = self.meeting.timing()
        current = -1 if timing.current is None else timing.current
        self._moved(self.meeting.go_to(current + 1))

    def action_previous_step(self) -> None:
        """PageUp: go back one step."""
        timing = self.meeting.timing()
        if timing.current:
            self._moved(self.meeting.go_to(timing.current - 1))

    def action_pause(self) -> None:
        """Pause or resume the meeting clock."""
        self.meeting.toggle_pause()
        self._moved(True)

    def action_add_time(self) -> None:
        """Add five minutes to the active step."""
        if self.meeting.add_time(5):
            self.notify(t("run.time_added", minutes=5), markup=False)
            self._moved(True)

    def action_jump(self) -> None:
        """Pick a step to jump to."""
        titles = [step.title for step in self.meeting.agenda.steps]

        def jump(index: int | None) -> None:
            if index is not None:
                self._moved(self.meeting.go_to(index))
            self.query_one("#note-input", Input).focus()

        from tui.screens.dialogs import JumpDialog

        self.app.push_screen(JumpDialog(titles, self.meeting.timing().current), jump)

    def action_end_meeting(self) -> None:
        """Ask, then end the meeting."""

        def end(yes: bool | None) -> None:
            if yes and self.meeting.end():
                self.notify(t("run.ended_notice"), markup=False)
                self._moved(True)
                if self.collects_challenges:
                    self.action_summary()
            self.query_one("#note-input", Input).focus()

        from tui.screens.dialogs import ConfirmDialog

        self.app.push_screen(ConfirmDialog(t("end.confirm"), t("end.yes")), end)

    @property
    def collects_challenges(self) -> bool:
        """True when a step collects utfordringer (the Statusmøte's inner-circle summary)."""
        return any(
            target.kind is NoteKind.UTFORDRING
            for step in self.meeting.agenda.steps
            for target in step.targets
        )
