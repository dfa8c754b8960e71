"""The Run screen: the facilitator's timer and steps, and the minute-taker's note pane."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.events import Resize
from textual.widgets import Input

from agendas.model import NoteKind
from store.errors import StoreError
from store.model import Seat, Session
from store.timing import MeetingState, MeetingTiming
from tui.follow import SessionFollower
from tui.i18n import t
from store.meeting import Meeting
from store.note_entry import PLENUM, parse_entry
from tui.screens.run_controls import StepControls
from tui.screens.run_outputs import OutputActions
from tui.screens.run_view import step_line, timer_view
from tui.views import KIND_ORDER, group_label, kind_label, note_text, target_progress
from tui.widgets.key_bar import KeyBar
from tui.widgets.note_list import NoteList
from tui.widgets.step_detail import StepDetail
from tui.widgets.step_list import StepList
from tui.widgets.timer_panel import TimerPanel
from tui.widgets.title_bar import TitleBar

RETRY_SECONDS = 3.0
FOLLOW_SECONDS = 0.25
NOTE_LIST_LIMIT = 50
TICK_SECONDS = 0.25


class RunScreen(StepControls, OutputActions):
    """Drives one meeting: timer, steps, the active step and the note pane."""

    BINDINGS = [
        # Priority: a presentation clicker sends PageDown/PageUp, which the focused input and
        # note list would otherwise take for scrolling.
        Binding("pagedown", "next_step", t("key.next"), key_display="PgDn", priority=True),
        Binding("pageup", "previous_step", t("key.prev"), key_display="PgUp", priority=True),
        Binding("f2", "pause", t("key.pause")),
        Binding("f3", "add_time", t("key.add_time")),
        Binding("f4", "jump", t("key.jump")),
        Binding("f5", "cycle_kind", t("key.kind")),
        Binding("f6", "cycle_group", t("key.group")),
        Binding("f7", "toggle_notes", t("key.notes")),
        Binding("ctrl+z", "undo", t("key.undo")),
        Binding("f8", "export", t("key.export")),
        Binding("f9", "summary", t("key.summary")),
        Binding("ctrl+f", "plan", t("key.plan"), show=False),
        Binding("f10", "end_meeting", t("key.end")),
        Binding("ctrl+g", "control", t("key.control")),
        Binding("escape", "cancel_edit", show=False),
    ]

    CONTROLS = frozenset({"next_step", "previous_step", "pause", "add_time", "jump", "end_meeting"})

    def __init__(
        self,
        meeting: Meeting,
        context: list[str] | None = None,
        *,
        seat: Seat = Seat.FACILITATOR,
    ) -> None:
        super().__init__()
        self.meeting = meeting
        self.seat = seat
        self._shown_controller = meeting.controller
        self.follower = SessionFollower(meeting)
        self.context = context or []
        self.kind: NoteKind | None = None
        self.group: int | None = 1 if meeting.session.groups > 1 else None
        self.editing: str | None = None
        self._shown_step: int | None = -1
        self._last_round: tuple[int, int] | None = None
        self._was_overtime = False
        self._retrying = False
        self._shown_minute: tuple[int | None, int] = (None, -1)

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
            yield Input(placeholder=t("run.input_placeholder"), id="note-input")
        yield KeyBar()

    def on_mount(self) -> None:
        """Show everything, start ticking, and put the cursor in the note input."""
        self.title = self.meeting.session.title
        self.show_control()
        self.refresh_all()
        self.set_interval(TICK_SECONDS, self.tick)
        self.set_interval(FOLLOW_SECONDS, self.follow)
        self.query_one("#note-input", Input).focus()

    @property
    def controls(self) -> bool:
        """True when this seat moves the steps and the timer (facilitator, unless handed over)."""
        return self.meeting.controller is self.seat

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Only the seat holding control moves the steps or the timer; the facilitator can
        always take control back, the minute-taker can only give it back."""
        if action == "control":
            return self.seat is Seat.FACILITATOR or self.controls
        return self.controls or action not in self.CONTROLS

    def show_control(self) -> None:
        """Show in the header who holds control when it is not the facilitator."""
        session = self.meeting.session
        parts = [session.agenda.title] if session.agenda.title != session.title else []
        if self.meeting.controller is not Seat.FACILITATOR:
            parts.append(t("control.you" if self.controls else "control.referent"))
        self.sub_title = " · ".join(parts)

    def action_control(self) -> None:
        """Ctrl+G: hand control of the steps and the timer to the other seat, or take it back."""
        if self.seat is Seat.FACILITATOR:
            to = Seat.REFERENT if self.controls else Seat.FACILITATOR
        else:
            to = Seat.FACILITATOR
        if self.meeting.hand_control(to):
            self.control_changed()
            self.persist()

    def control_changed(self) -> None:
        """Control moved (here or from the other seat): say so and update keys and header."""
        self._shown_controller = self.meeting.controller
        if self.controls:
            message = t("control.yours")
        else:
            message = t("control.given" if self.seat is Seat.FACILITATOR else "control.back")
        self.notify(message, markup=False)
        self.show_control()
        self.refresh_bindings()

    def follow(self) -> None:
        """Take the other seat's notes and step changes when the session file changed."""
        self.follower.poll(self, self._apply_reload)

    def _apply_reload(self, session: Session) -> None:
        """Merge the loaded session into the meeting and redraw (unless the screen is gone)."""
        self.meeting.reload(session)
        if self.meeting.controller is not self._shown_controller:
            self.control_changed()
        if self.is_attached and self.app.screen is self:
            self.refresh_all()

    def on_resize(self, event: Resize) -> None:
        """Hide side panels on a small terminal so the timer and notes stay usable."""
        self.set_class(event.size.width < 70, "-narrow")
        self.set_class(event.size.height < 20, "-short")

    # -- showing ------------------------------------------------------------------------
    @property
    def current_step(self) -> int:
        """The step notes go to: the active one, else the last one when ended, else 0."""
        timing = self.meeting.timing()
        if timing.current is not None:
            return timing.current
        return len(self.meeting.agenda.steps) - 1 if timing.state is MeetingState.ENDED else 0

    def default_kind(self) -> NoteKind:
        """The kind a plain note gets: the chosen kind, else the step's first target kind."""
        if self.kind is not None:
            return self.kind
        targets = self.meeting.agenda.steps[self.current_step].targets
        return targets[0].kind if targets else NoteKind.NOTAT

    def refresh_all(self) -> None:
        """Redraw the step list, step detail, notes, input title and timer."""
        self._shown_step = -1
        self.tick()

    def refresh_steps(self, timing: MeetingTiming | None = None) -> None:
        """Redraw the step list with Kl. times and actual against planned."""
        timing = timing or self.meeting.timing()
        titles = [step.title for step in self.meeting.agenda.steps]
        lines = [step_line(title, st) for title, st in zip(titles, timing.steps, strict=True)]
        self.query_one(StepList).show(lines, timing.current)

    def refresh_step_detail(self) -> None:
        """Redraw the active step with progress toward its targets."""
        index = self.current_step
        step = self.meeting.agenda.steps[index]
        notes = self.meeting.step_notes(index)
        progress = target_progress(step, notes, self.meeting.session.groups)
        self.query_one(StepDetail).show(step, progress, self.context)

    def refresh_notes(self) -> None:
        """Redraw the step's notes, newest first, and the input's kind/group title."""
        notes = self.meeting.step_notes(self.current_step)
        # Mark unsaved notes only while saving fails (not in the frame before a save).
        unsaved = self.meeting.unsaved_note_ids() if self.meeting.last_error else set()
        lines = [(n.id, note_text(n, n.id in unsaved)) for n in notes[:NOTE_LIST_LIMIT]]
        older = len(notes) - NOTE_LIST_LIMIT
        hidden = t("run.older_notes", count=older) if older > 0 else ""
        self.query_one(NoteList).show(lines, t("run.no_notes"), hidden)
        note_input = self.query_one("#note-input", Input)
        note_input.border_title = f"{kind_label(self.default_kind())} · {group_label(self.group)}"
        note_input.border_subtitle = t("run.editing") if self.editing else ""

    def tick(self) -> None:
        """Update the timer; ring the bell at a round switch and when the step's time runs out."""
        timing = self.meeting.timing()
        self.query_one(TimerPanel).show(timer_view(timing, len(self.meeting.agenda.steps)))
        step = timing.current_step
        minute = (timing.current, int(step.elapsed.total_seconds() // 60) if step else 0)
        step_changed = timing.current != self._shown_step
        if step_changed:
            self._shown_step = timing.current
            self.refresh_step_detail()
            self.refresh_notes()
        if step_changed or minute != self._shown_minute:
            self._shown_minute = minute
            self.refresh_steps(timing)
        if step is None or timing.state is not MeetingState.RUNNING:
            return
        if step.round is not None:
            mark = (step.index, step.round.index)
            if self._last_round is not None and mark != self._last_round and mark[1] > 0:
                self.app.bell()
                self.notify(
                    t("run.round_switch", n=mark[1] + 1, count=step.round.count), markup=False
                )
            self._last_round = mark
        overtime = step.remaining.total_seconds() < 0
        if overtime and not self._was_overtime:
            self.app.bell()
            self.refresh_steps(timing)
        self._was_overtime = overtime

    # -- saving -------------------------------------------------------------------------
    def persist(self) -> None:
        """Write queued changes in a thread, off the event loop."""
        self.run_worker(self._flush, thread=True, group="store", exit_on_error=False)

    def _flush(self) -> None:
        """Thread body: flush the outbox; on failure tell the user and retry later."""
        had_failed = self.meeting.last_error is not None
        try:
            self.meeting.flush()
        except StoreError as error:
            self.app.call_from_thread(self._save_failed, str(error))
            return
        if had_failed:
            self.app.call_from_thread(self._saved_after_retry)

    def _save_failed(self, reason: str) -> None:
        """Keep the note, say why, and schedule a retry."""
        self.notify(
            t("run.saved_pending", reason=reason), severity="error", timeout=8, markup=False
        )
        self.refresh_notes()
        if not self._retrying:
            self._retrying = True
            self.set_timer(RETRY_SECONDS, self._retry)

    def _saved_after_retry(self) -> None:
        """Pending notes reached the disk after a failure: say so and clear their markers."""
        self.notify(t("run.retry_ok"), markup=False)
        self.refresh_notes()

    def _retry(self) -> None:
        """Try the pending writes again."""
        self._retrying = False
        if self.meeting.pending:
            self.persist()

    # -- notes --------------------------------------------------------------------------
    @on(Input.Submitted, "#note-input")
    def save_note(self, event: Input.Submitted) -> None:
        """Enter: save the typed note (or the edit) at once and queue the write."""
        entry = parse_entry(event.value, self.meeting.session.groups)
        if entry.group is not None:
            self.group = None if entry.group == PLENUM else entry.group
        if entry.kind is not None and not entry.text:
            self.kind = entry.kind
        if not entry.text:
            event.input.clear()
            self.refresh_notes()
            return
        if self.editing:
            changes: dict[str, object] = {"text": entry.text}
            if entry.kind is not None:
                changes["kind"] = entry.kind
            if entry.group is not None:
                changes["group"] = self.group
            self.meeting.update_note(self.editing, **changes)
            self.editing = None
            note = None
        else:
            kind = entry.kind or self.default_kind()
            note = self.meeting.add_note(kind, entry.text, self.current_step, self.group)
        event.input.clear()
        self.refresh_notes()
        self.refresh_step_detail()
        # Paint the note first, then write it (one frame later) so typing never waits on disk.
        self.call_after_refresh(self.persist)
        if note is not None and note.kind is NoteKind.TILTAK:
            self.open_details(note.id)

    @on(NoteList.NoteAction)
    def note_action(self, event: NoteList.NoteAction) -> None:
        """Delete, edit or open the details of a note from the list."""
        if event.action == "delete":
            self.meeting.delete_note(event.note_id)
            self.notify(t("run.deleted"), markup=False)
            self.refresh_notes()
            self.refresh_step_detail()
            self.persist()
        elif event.action == "edit":
            note = self.meeting.notes[event.note_id]
            self.editing = note.id
            note_input = self.query_one("#note-input", Input)
            note_input.value = note.text
            note_input.focus()
            self.refresh_notes()
        else:
            self.open_details(event.note_id)

    def open_details(self, note_id: str) -> None:
        """Open the tiltak/rank dialog for a note."""

        from tui.screens.note_details import NoteDetails, NoteDetailsDialog

        def apply(result: NoteDetails | None) -> None:
            if result is not None:
                self.meeting.update_note(note_id, **result.changes)
                self.refresh_notes()
                self.persist()
            self.query_one("#note-input", Input).focus()

        self.app.push_screen(NoteDetailsDialog(self.meeting.notes[note_id]), apply)

    def action_cancel_edit(self) -> None:
        """Esc: stop editing and return to the note input."""
        if self.editing:
            self.editing = None
            self.query_one("#note-input", Input).clear()
            self.refresh_notes()
        self.query_one("#note-input", Input).focus()

    def action_undo(self) -> None:
        """Undo this seat's last note change."""
        if self.meeting.undo() is None:
            self.notify(t("run.nothing_to_undo"), markup=False)
            return
        self.notify(t("run.undone"), markup=False)
        self.refresh_notes()
        self.refresh_step_detail()
        self.persist()

    def action_cycle_kind(self) -> None:
        """Choose the next note kind for new notes."""
        index = KIND_ORDER.index(self.default_kind())
        self.kind = KIND_ORDER[(index + 1) % len(KIND_ORDER)]
        self.refresh_notes()

    def action_cycle_group(self) -> None:
        """Choose the next group (after the last group comes plenum)."""
        groups = self.meeting.session.groups
        if self.group is None:
            self.group = 1
        elif self.group >= groups:
            self.group = None
        else:
            self.group += 1
        self.refresh_notes()

    def action_toggle_notes(self) -> None:
        """Move focus between the note input and the note list."""
        note_list = self.query_one(NoteList)
        if note_list.has_focus:
            self.query_one("#note-input", Input).focus()
        else:
            note_list.focus()
            if note_list.highlighted is None and note_list.option_count:
                note_list.highlighted = 0

    @on(StepList.OptionSelected, "#steps")
    def step_chosen(self, event: StepList.OptionSelected) -> None:
        """Enter or click on a step in the list jumps there."""
        self._moved(self.meeting.go_to(event.option_index))
        self.query_one("#note-input", Input).focus()
