"""The Run screen, a thin shell over `store.meeting.Meeting`: keys call the meeting through
run_controls, run_notes and run_outputs; writes join the meeting's queue, drained by a worker;
the timing is computed once per tick into reactive attributes."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.events import Resize
from textual.reactive import var

from store.meeting import Meeting
from store.model import Seat, Session
from store.timing import MeetingState, MeetingTiming
from tui.follow import SessionFollower
from tui.i18n import t
from tui.messages import ExportFinished, FlushDone, SummaryLoaded
from tui.screens.run_controls import StepControls
from tui.screens.run_display import Dashboard
from tui.screens.run_guides import GuideSeats
from tui.screens.run_notes import NoteDesk
from tui.screens.run_outputs import Outputs
from tui.widgets.key_bar import KeyBar
from tui.widgets.note_field import NoteField
from tui.widgets.note_list import NoteList
from tui.widgets.step_detail import StepDetail
from tui.widgets.step_list import StepList
from tui.widgets.timer_panel import TimerPanel
from tui.widgets.title_bar import TitleBar

TICK_SECONDS = 0.25
FOLLOW_DELAY = 0.5  # the follower starts once the screen is up (and catches up then)


class RunScreen(GuideSeats):
    """Drives one meeting: timer, steps, the active step and the note pane."""

    CSS_PATH = "run.tcss"
    AUTO_FOCUS = "#note-input"

    BINDINGS = [
        # Priority: a presentation clicker's PageDown/PageUp must not scroll the focused list.
        Binding("pagedown", "next_step", t("key.next"), key_display="PgDn", priority=True),
        Binding("pageup", "previous_step", t("key.prev"), key_display="PgUp", priority=True),
        Binding("f2", "pause", t("key.pause")),
        Binding("f3", "add_time", t("key.add_time")),
        Binding("f4", "jump", t("key.jump")),
        Binding("f5", "cycle_kind", t("key.kind")),
        Binding("f6", "cycle_group", t("key.group")),
        Binding("f7", "toggle_notes", t("key.notes")),
        Binding("ctrl+z", "undo", t("key.undo")),
        Binding("ctrl+y,ctrl+shift+z", "redo", t("key.redo"), show=False),
        Binding("f8", "export", t("key.export")),
        Binding("f9", "summary", t("key.summary")),
        Binding("ctrl+f", "plan", t("key.plan"), show=False),
        Binding("f10", "end_meeting", t("key.end")),
        Binding("ctrl+g", "control", t("key.control")),
        Binding("ctrl+n", "app.new_round", t("key.round"), show=False),
        Binding("ctrl+o", "app.hold_end", t("key.hold_end"), show=False),
        *GuideSeats.SEAT_BINDINGS,
        Binding("escape", "cancel_edit", show=False),
    ]

    #: Keys only the seat holding control may use (PgDn/PgUp answer the others with a hint).
    CONTROLS = frozenset({"next_step", "previous_step", "pause", "add_time", "jump", "end_meeting"})
    HINTED = frozenset({"next_step", "previous_step"})
    #: Said first in the header, e.g. that the facilitator's seat was taken (set by the app).
    seat_note: str = ""

    #: The meeting's timing at the last tick or change, and the step notes go to.
    timing: var[MeetingTiming] = var[MeetingTiming](None, init=False)  # type: ignore[arg-type]
    step: var[int] = var(0, init=False)

    def watch_step(self, step: int) -> None:
        """Notes go to another step: the note field takes that step's group or plenum."""
        self.notes.step_changed(step)

    def __init__(
        self, meeting: Meeting, context: list[str] | None = None, *, seat: Seat = Seat.FACILITATOR
    ) -> None:
        super().__init__()
        self.meeting = meeting
        self.seat = seat
        self.context = context or []
        self.follower = SessionFollower(meeting)
        self.steps = StepControls(self)
        self.notes = NoteDesk(self)
        self.outputs = Outputs(self)
        self.dashboard = Dashboard(self)
        self.retime()

    # -- layout -------------------------------------------------------------------------
    def compose(self) -> ComposeResult:
        """Title bar, left column (timer, steps), step detail, note pane, key bar."""
        yield TitleBar()
        with Horizontal(id="top"):
            with Vertical(id="left"):
                yield TimerPanel(id="timer")
                yield StepList(id="steps")
            yield StepDetail(id="detail")
        with Vertical(id="notes"):
            yield NoteList(id="note-list")
            yield NoteField(
                self.notes.refusal, placeholder=t("run.input_placeholder"), id="note-input"
            )
        yield KeyBar()

    def on_mount(self) -> None:
        """Show everything, start ticking, focus the note field (AUTO_FOCUS needs app focus)."""
        self.title = self.meeting.title
        self.show_control()
        self.refresh_all()
        self.notes.step_changed(self.step)
        self.set_interval(TICK_SECONDS, self.tick)
        self.set_timer(FOLLOW_DELAY, lambda: self.follower.start(self))  # once the screen is up
        self.notes.offer_draft()
        self.field.focus()

    @property
    def field(self) -> NoteField:
        """The note field."""
        return self.query_one("#note-input", NoteField)

    def on_resize(self, event: Resize) -> None:
        """Hide side panels on a small terminal so the timer and notes stay usable."""
        self.set_class(event.size.width < 70, "-narrow")
        self.set_class(event.size.height < 20, "-short")
        for timer in self.query(TimerPanel):  # none once the screen is leaving
            timer.compact = event.size.height < 20
        self.dashboard.mark_more()

    # -- control ------------------------------------------------------------------------
    @property
    def controls(self) -> bool:
        """True when this seat moves the steps and the timer (facilitator, unless handed over)."""
        return self.meeting.controller is self.seat

    def offers(self, action: str) -> bool:
        """True when this seat may use the action (what the command palette lists)."""
        if action == "control":
            return self.seat is Seat.FACILITATOR or self.controls
        return self.controls or action not in self.CONTROLS

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Only the seat in control moves steps and timer (PgDn/PgUp elsewhere say who is)."""
        if action == "plan":
            return self.outputs.has_plan
        if action in self.CONTROLS and self.timing.state is MeetingState.ENDED:
            return False
        return action in self.HINTED or self.offers(action)

    def show_control(self) -> None:
        """Show in the header who holds control of the steps and the timer."""
        self.steps.show_control()

    def action_control(self) -> None:
        """Ctrl+G: hand control of the steps and the timer to the other seat, or take it back."""
        self.steps.hand_over()

    @on(SessionFollower.Changed)
    def follow(self, message: SessionFollower.Changed) -> None:
        """The other seat saved: take its notes and step changes."""
        self._apply_reload(message.session)

    def _apply_reload(self, session: Session) -> None:
        """Merge the loaded session into the meeting and redraw (unless the screen is gone)."""
        self.meeting.reload(session)
        if self.meeting.controller is not self.steps.shown_controller:
            self.steps.control_changed()
        if self.is_attached and self.app.screen is self:
            self.refresh_all()

    # -- showing ------------------------------------------------------------------------
    def retime(self) -> MeetingTiming:
        """Compute the timing once (per tick or change) into `timing` and `step`."""
        timing = self.meeting.timing()
        self.timing = timing
        self.step = timing.note_step
        return timing

    def refresh_all(self) -> None:
        """Redraw the step list, step detail, notes, input title and timer."""
        self.dashboard.redraw_all()
        self.tick()

    def refresh_notes(self) -> None:
        """Redraw the step's notes and the note field's kind/group title."""
        self.notes.redraw()

    def tick(self) -> None:
        """Update the timer; ring the bell at a round switch and when the step's time runs out."""
        self.dashboard.tick(self.retime())

    # -- saving -------------------------------------------------------------------------
    def persist(self) -> None:
        """Write the queue in a worker thread, off the event loop."""
        self.run_worker(self.outputs.flush, thread=True, group="store", exit_on_error=False)

    def on_flush_done(self, message: FlushDone) -> None:
        """On failure keep the changes, say why and retry; after a retry, say it worked."""
        self.outputs.flushed(message.error, message.had_failed)

    # -- keys ---------------------------------------------------------------------------
    def action_next_step(self) -> None:
        """PgDn: the next step."""
        self.steps.next_step()

    def action_previous_step(self) -> None:
        """PgUp: the previous step."""
        self.steps.previous_step()

    def action_pause(self) -> None:
        """F2: pause or resume."""
        self.steps.pause()

    def action_add_time(self) -> None:
        """F3: five more minutes."""
        self.steps.add_time()

    def action_jump(self) -> None:
        """F4: jump to a step."""
        self.steps.jump()

    def action_end_meeting(self) -> None:
        """F10: end the meeting."""
        self.steps.end_meeting()

    def action_cycle_kind(self) -> None:
        """F5: the next note kind."""
        self.notes.cycle_kind()

    def action_cycle_group(self) -> None:
        """F6: the next group."""
        self.notes.cycle_group()

    def action_toggle_notes(self) -> None:
        """F7: note list ↔ note field."""
        self.notes.toggle_focus()

    def action_undo(self) -> None:
        """Ctrl+Z (with an empty field): undo this seat's last note change."""
        self.notes.undo()

    def action_redo(self) -> None:
        """Ctrl+Y: redo what Ctrl+Z undid."""
        self.notes.redo()

    def action_cancel_edit(self) -> None:
        """Esc: stop editing."""
        self.notes.cancel_edit()

    def action_export(self) -> None:
        """F8: export."""
        self.outputs.export()

    def action_summary(self) -> None:
        """F9: the summary for the next meeting."""
        self.outputs.summary()

    def action_plan(self) -> None:
        """Ctrl+F: the progress plan."""
        self.outputs.plan()

    @on(StepList.OptionSelected, "#steps")
    def step_chosen(self, event: StepList.OptionSelected) -> None:
        """Enter or click on a step in the list jumps there."""
        self.steps.moved(self.meeting.go_to(event.option_index))
        self.field.focus()

    # -- messages -----------------------------------------------------------------------
    def on_note_field_entered(self, message: NoteField.Entered) -> None:
        """A finished line from the note field: a note, an edit, or a new kind or group."""
        self.notes.entered(message.text)

    def on_step_detail_more_below(self, message: StepDetail.MoreBelow) -> None:
        """Part of the step is below the fold, or no longer is: the line under it says so."""
        self.dashboard.mark_more(message.more)

    def on_note_field_refused(self, message: NoteField.Refused) -> None:
        """The field kept a line the meeting cannot take: say why."""
        self.notify(message.reason, severity="warning", timeout=8, markup=False)

    def on_input_changed(self, message: NoteField.Changed) -> None:
        """The text in the field changed: keep the draft with the session (debounced)."""
        if message.input.id == "note-input":
            self.notes.draft_changed(message.value)

    def on_note_list_note_action(self, message: NoteList.NoteAction) -> None:
        """Delete, edit or open the details of a note from the list."""
        self.notes.note_action(message.action, message.note_id)

    def on_summary_loaded(self, message: SummaryLoaded) -> None:
        """The stored session is read: open the summary screen."""
        self.outputs.open_summary(message.items, message.session)

    def on_export_finished(self, message: ExportFinished) -> None:
        """Say where the export went, or why it failed."""
        self.outputs.exported(message.path, message.reason)
