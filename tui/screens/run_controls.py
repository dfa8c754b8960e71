"""The Run screen's meeting controls: steps, pause, extra time, jump and end."""

from __future__ import annotations

from typing import TYPE_CHECKING

from agendas.model import NoteKind
from store.model import Seat
from tui.i18n import t

if TYPE_CHECKING:
    from tui.screens.run import RunScreen


class StepControls:
    """Moves the meeting along: the keys only the seat holding control may use."""

    def __init__(self, screen: RunScreen) -> None:
        self.screen = screen
        self.meeting = screen.meeting
        self.shown_controller = screen.meeting.controller

    def show_control(self) -> None:
        """Show in the header who holds control of the steps and the timer (always)."""
        screen, session = self.screen, self.meeting.session
        parts = [screen.seat_note] if screen.seat_note else []
        if session.agenda.title != session.title:
            parts.append(session.agenda.title)
        if screen.controls:
            parts.append(t("control.you"))
        else:
            key = "control.referent" if screen.seat is Seat.FACILITATOR else "control.facilitator"
            parts.append(t(key))
        screen.sub_title = " · ".join(parts)

    def hand_over(self) -> None:
        """Ctrl+G: hand control to the other seat, or take it back."""
        if self.screen.seat is Seat.FACILITATOR:
            to = Seat.REFERENT if self.screen.controls else Seat.FACILITATOR
        else:
            to = Seat.FACILITATOR
        if self.meeting.hand_control(to):
            self.control_changed()
            self.screen.persist()

    def control_changed(self) -> None:
        """Control moved (here or from the other seat): say so and update keys and header."""
        self.shown_controller = self.meeting.controller
        if self.screen.controls:
            message = t("control.yours")
        else:
            message = t("control.given" if self.screen.seat is Seat.FACILITATOR else "control.back")
        self.screen.notify(message, markup=False)
        self.show_control()
        self.screen.refresh_bindings()

    def moved(self, changed: bool) -> None:
        """After a control: forget the chosen kind, redraw and save."""
        if changed:
            self.screen.notes.kind = None
            self.screen.refresh_all()
            self.screen.refresh_bindings()  # an ended meeting has no step keys
            self.screen.persist()

    def _hint(self) -> bool:
        """Tell a seat without control who has it (and how to get it); True when it has none."""
        if self.screen.controls:
            return False
        key = (
            "control.hint_facilitator"
            if self.screen.seat is Seat.FACILITATOR
            else ("control.hint_referent")
        )
        self.screen.notify(t(key), markup=False)
        return True

    def next_step(self) -> None:
        """PageDown: go to the next step."""
        if self._hint():
            return
        current = self.screen.retime().current
        self.moved(self.meeting.go_to(0 if current is None else current + 1))

    def previous_step(self) -> None:
        """PageUp: go back one step."""
        if self._hint():
            return
        current = self.screen.retime().current
        if current:
            self.moved(self.meeting.go_to(current - 1))

    def pause(self) -> None:
        """Pause or resume the meeting clock."""
        self.meeting.toggle_pause()
        self.moved(True)

    def add_time(self) -> None:
        """Add five minutes to the active step."""
        if self.meeting.add_time(5):
            self.screen.notify(t("run.time_added", minutes=5), markup=False)
            self.moved(True)

    def jump(self) -> None:
        """Pick a step to jump to."""
        titles = [step.title for step in self.meeting.agenda.steps]

        def jump(index: int | None) -> None:
            if index is not None:
                self.moved(self.meeting.go_to(index))
            self.screen.field.focus()

        from tui.screens.dialogs import JumpDialog

        self.screen.app.push_screen(JumpDialog(titles, self.screen.retime().current), jump)

    def end_meeting(self) -> None:
        """Ask, then end the meeting (and open the summary when the meeting collects one)."""

        def end(yes: bool | None) -> None:
            if yes and self.meeting.end():
                self.screen.notify(t("run.ended_notice"), markup=False)
                self.moved(True)
                if self.collects_challenges:
                    self.screen.outputs.summary()
            self.screen.field.focus()

        from tui.screens.dialogs import ConfirmDialog

        self.screen.app.push_screen(ConfirmDialog(t("end.confirm"), t("end.yes")), end)

    @property
    def collects_challenges(self) -> bool:
        """True when a step collects utfordringer (the Statusmøte's inner-circle summary)."""
        return any(
            target.kind is NoteKind.UTFORDRING
            for step in self.meeting.agenda.steps
            for target in step.targets
        )

    def hold_end(self) -> None:
        """Ctrl+O: hold the planned end after an overrun (only the seat holding control)."""
        from store.end_time import overrun_minutes, spare

        timing = self.screen.retime()
        late = overrun_minutes(timing)
        titles = [step.title for step in self.meeting.agenda.steps]
        steps = [(s.index, titles[s.index], spare(s)) for s in timing.steps if spare(s)]
        if not self.screen.controls:
            message = t("hold.no_control")
        elif late == 0:
            message = t("hold.on_time")
        elif not steps:
            message = t("hold.nothing", late=late)
        else:
            from tui.screens.hold_end import HoldEndDialog

            self.screen.app.push_screen(HoldEndDialog(late, steps), self._replan)
            return
        self.screen.notify(message, markup=False)

    def _replan(self, choice: str | None) -> None:
        """Shorten the later steps as chosen and say what it won back."""
        from store.end_time import spread, take_from_one
        from tui.screens.hold_end import SPREAD

        self.screen.field.focus()
        if choice is None:
            return
        timing = self.screen.retime()
        replan = spread(timing) if choice == SPREAD else take_from_one(timing, int(choice))
        self.meeting.replan(replan.cuts)
        self.moved(True)
        key = "hold.held" if replan.uncovered == 0 else "hold.partly"
        self.screen.notify(t(key, taken=replan.taken, left=replan.uncovered), markup=False)
