"""The Run screen's checklists before and after the meeting, as the guides describe them.

Before the meeting starts, and while it is on its first step (opening a meeting as facilitator
starts its clock), a panel above the step detail shows the method's framing (APU) and the
agenda's preparation list; once it has ended, the after-tasks. Ctrl+L opens the list of
the moment to tick; ticks are written through the meeting's outbox (store.checklist_saving).
"""

from __future__ import annotations

from typing import Literal

from textual import on
from textual.binding import Binding
from textual.events import Mount

from agendas.model import NoteKind
from store.checklist_saving import save_checked
from store.checklists import Part, checklist
from store.clock import session_zone
from store.model import Seat
from store.timing import MeetingState, MeetingTiming
from tui.i18n import t
from tui.screens.run_outputs import PLAN_AGENDAS
from tui.screens.run_votes import VoteSeats
from tui.widgets.guide_panel import GuidePanel, framing_text, guide_text


def panel_part(timing: MeetingTiming) -> Part | Literal[""]:
    """The list the panel shows: "before" until the meeting has left its first step (opening
    a meeting as facilitator starts its clock), "after" once it has ended, else ""."""
    if timing.state is MeetingState.ENDED:
        return "after"
    return "before" if timing.state is MeetingState.NEW or timing.current == 0 else ""


class GuideSeats(VoteSeats):
    """The Run screen's base: the checklists before and after the meeting (and the room and
    the votes)."""

    #: The Run screen lists these in its own BINDINGS (so F1 and the palette show them).
    SEAT_BINDINGS = [
        *VoteSeats.SEAT_BINDINGS,
        Binding("ctrl+l", "checklist", t("key.checklist"), show=False),
    ]

    seat: Seat
    #: The list the panel was last drawn for ("before", "after" or "": hidden) and the ticks
    #: it showed; None: not drawn yet.
    _guide_shown: tuple[str, tuple[str, ...]] | None = None

    @on(Mount)
    def draw_guide_panel(self) -> None:
        """Draw the panel above the step detail (StepDetail composes it) for the meeting's state."""
        self.refresh_guide()

    def watch_timing(self, timing: MeetingTiming) -> None:
        """The meeting started, left its first step or ended, or another seat ticked an item:
        the panel shows what fits now (and the room's QR goes once it has ended)."""
        super().watch_timing(timing)
        if self._guide_shown is None:
            return
        part, checked = panel_part(timing), self.meeting.session.checked
        if (part, checked) != self._guide_shown:
            ended_now = part == "after" and self._guide_shown[0] != "after"
            self.refresh_guide()
            if ended_now and self.meeting.agenda.after:
                self.notify(t("checklist.after_notice"), timeout=10, markup=False)

    @property
    def guide_part(self) -> Part:
        """The checklist of the moment: "after" once the meeting has ended, else "before"."""
        ended = self.meeting.timing().state is MeetingState.ENDED
        return "after" if ended else "before"

    def refresh_guide(self) -> None:
        """Draw the panel: the preparation (and framing) until the meeting has left its first
        step, the after-tasks once it has ended, when there is anything to show."""
        part = panel_part(self.meeting.timing())
        self._guide_shown = (part, self.meeting.session.checked)
        panels = self.query("#guide-panel")
        if not panels:
            return
        panel = panels.first(GuidePanel)
        items = checklist(self.meeting.session, part) if part else ()
        framing = self.meeting.agenda.framing if part == "before" else ()
        if not part or not (items or framing):
            panel.show(None)
            return
        title = t(f"checklist.{part}_title")
        text = guide_text(
            title, framing_text(framing) if framing else None, items, t("checklist.key")
        )
        panel.show(text)

    def action_checklist(self) -> None:
        """Ctrl+L: the checklist of the moment, to tick (before the end: the preparation)."""
        from tui.screens.checklist_dialog import ChecklistDialog

        part = self.guide_part
        framing = self.meeting.agenda.framing if part == "before" else ()
        dialog = ChecklistDialog(
            t(f"checklist.{part}_title"),
            checklist(self.meeting.session, part),
            lambda ticked: self.ticked(part, ticked),
            framing=framing,
            notes=self._after_notes() if part == "after" else (),
        )
        self.app.push_screen(dialog)

    def ticked(self, part: Part, ticked: frozenset[str]) -> None:
        """Keep the new ticks of one checklist with the session, and redraw the panel."""
        others = {key for key in self.meeting.session.checked if not key.startswith(f"{part}:")}
        save_checked(self.meeting, others | ticked)
        self.persist()
        self.refresh_guide()

    def persist(self) -> None:
        """Write the meeting's queue (the Run screen runs its flush worker)."""

    def _after_notes(self) -> tuple[str, ...]:
        """Where Plansje helps with the after-tasks: the summary (a meeting that collects
        challenges), the action plan (one that collects tiltak), and after a meeting with a
        progress plan (Starte) the suggested e-mail, with its text and the plan's dates."""
        from store.export.invitation import invitation_email

        session = self.meeting.session
        kinds = {target.kind for step in session.agenda.steps for target in step.targets}
        notes: list[str] = []
        if NoteKind.UTFORDRING in kinds:
            notes.append(t("checklist.summary_hint", id=session.id))
        if NoteKind.TILTAK in kinds:
            notes.append(t("checklist.actions_hint", entry=t("export.actions"), id=session.id))
        if session.plan or session.agenda.id in PLAN_AGENDAS:
            entry = t("export.invitation")
            notes.append(t("checklist.invitation", entry=entry, id=session.id))
            notes.append(
                invitation_email(session.plan, tz=session_zone(session), place=session.place)
            )
        return tuple(notes)
