"""The live meeting a seat works on: local state changed at once, every store write queued in
order in one Outbox (flushed by the UI's worker thread), and one undo/redo history."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from agendas.model import Agenda, NoteKind
from store.control import control_holder
from store.event_replay import start_events
from store.model import (
    EDITABLE_NOTE_FIELDS,
    Event,
    EventType,
    Note,
    PlanEntry,
    Seat,
    Session,
    SummaryItem,
    new_note_id,
)
from store.outbox import (
    Outbox,
    add_note_write,
    delete_note_write,
    draft_write,
    event_write,
    plan_write,
    restore_note_write,
    summary_write,
    update_note_write,
)
from store.sessions import SessionStore
from store.timing import MeetingState, MeetingTiming, meeting_timing

Clock = Callable[[], dt.datetime]


@dataclass(frozen=True, slots=True)
class NoteChange:
    """One change this seat made to a note: the note before it (None: it was new) and after."""

    note_id: str
    before: Note | None
    after: Note

    @property
    def text(self) -> str:
        """The note's text as the change left it (what the user saw last)."""
        return self.after.text


class Meeting:
    """One session as seen by one seat: optimistic local notes and events, an ordered outbox."""

    def __init__(self, store: SessionStore, session: Session, clock: Clock) -> None:
        self.store = store
        self.session = session
        self.clock = clock
        self.notes: dict[str, Note] = {note.id: note for note in session.notes}
        self.events: list[Event] = list(session.events)
        self.outbox = Outbox(store)
        self._undo: list[NoteChange] = []
        self._redo: list[NoteChange] = []
        self._log_version = 0  # changes whenever the event log does (the timing cache's key)
        self._timing_key: tuple[int, dt.datetime] | None = None
        self._timing: MeetingTiming | None = None

    # -- reading -----------------------------------------------------------------------
    @property
    def agenda(self) -> Agenda:
        """The session's frozen agenda."""
        return self.session.agenda

    def timing(self) -> MeetingTiming:
        """The meeting's timing now, derived from the event log and the clock (computed once
        per instant and event log)."""
        now = self.clock()
        key = (self._log_version, now)
        if self._timing is None or key != self._timing_key:
            self._timing = meeting_timing(self.session.agenda, self.events, now)
            self._timing_key = key
        return self._timing

    def step_notes(self, step: int) -> list[Note]:
        """Live notes of a step, newest first."""
        notes = [n for n in self.notes.values() if n.step == step and not n.deleted]
        return sorted(reversed(notes), key=lambda n: n.created, reverse=True)

    def unsaved_note_ids(self) -> set[str]:
        """Ids of the notes with a write that has not reached the disk yet."""
        return self.outbox.pending_note_ids()

    @property
    def pending(self) -> int:
        """How many writes wait in the outbox."""
        return self.outbox.pending

    @property
    def last_error(self) -> str | None:
        """Why the last flush stopped, while writes are still waiting; None when all is saved."""
        error = self.outbox.last_error
        return None if error is None else str(error)

    # -- writing -----------------------------------------------------------------------
    def flush(self) -> int:
        """Write queued operations in order; raise StoreError and keep the rest on failure."""
        return self.outbox.flush()

    def _changed(self, change: NoteChange) -> None:
        """Remember a new change for undo; a new change ends what could be redone."""
        self._undo.append(change)
        self._redo.clear()

    def add_note(
        self, kind: NoteKind, text: str, step: int, group: int | None, factor: str = ""
    ) -> Note:
        """Create a note now and queue its save (`factor`: its poster segment, "" for none)."""
        note = Note(new_note_id(), kind, text, step, group, self.clock(), factor=factor)
        self.notes[note.id] = note
        self._changed(NoteChange(note.id, None, note))
        self.outbox.enqueue(add_note_write(self.session.id, note))
        return note

    def update_note(self, note_id: str, **changes: Any) -> Note:
        """Change a note's fields now and queue the save; the old version can be undone."""
        old = self.notes[note_id]
        new = replace(old, edited=self.clock(), **changes)
        self.notes[note_id] = new
        self._changed(NoteChange(note_id, old, new))
        self.outbox.enqueue(update_note_write(self.session.id, note_id, **changes))
        return new

    def delete_note(self, note_id: str) -> Note:
        """Soft-delete a note now and queue the save."""
        old = self.notes[note_id]
        new = replace(old, deleted=True)
        self.notes[note_id] = new
        self._changed(NoteChange(note_id, old, new))
        self.outbox.enqueue(delete_note_write(self.session.id, note_id))
        return old

    def _become(self, note_id: str, target: Note) -> None:
        """Make a note look like `target` (deleted or not, same fields) and queue the writes."""
        current = self.notes[note_id]
        sid = self.session.id
        if target.deleted and not current.deleted:
            self.outbox.enqueue(delete_note_write(sid, note_id))
        elif current.deleted and not target.deleted:
            self.outbox.enqueue(restore_note_write(sid, note_id))
        fields = {name: getattr(target, name) for name in sorted(EDITABLE_NOTE_FIELDS)}
        if any(getattr(current, name) != value for name, value in fields.items()):
            self.outbox.enqueue(update_note_write(sid, note_id, **fields))
        self.notes[note_id] = replace(current, deleted=target.deleted, **fields)

    def undo(self) -> NoteChange | None:
        """Undo this seat's last add, edit or delete; None when there is nothing to undo."""
        if not self._undo:
            return None
        change = self._undo.pop()
        before = change.before or replace(self.notes[change.note_id], deleted=True)
        self._become(change.note_id, before)
        self._redo.append(change)
        return change

    def redo(self) -> NoteChange | None:
        """Do again what the last undo took back; None when there is nothing to redo."""
        if not self._redo:
            return None
        change = self._redo.pop()
        self._become(change.note_id, change.after)
        self._undo.append(change)
        return change

    def record(
        self,
        kind: EventType,
        *,
        step: int | None = None,
        minutes: int | None = None,
        round: int | None = None,
        seat: Seat | None = None,
    ) -> Event:
        """Append an event to the time log now and queue its save."""
        event = Event(kind, self.clock(), step=step, minutes=minutes, round=round, seat=seat)
        self.events.append(event)
        self._log_version += 1
        self.outbox.enqueue(event_write(self.session.id, event))
        return event

    def save_summary(self, items: Sequence[SummaryItem]) -> None:
        """Keep the consolidated summary with the session and queue its save."""
        self.session = replace(self.session, summary=tuple(items))
        self.outbox.enqueue(summary_write(self.session.id, items))

    def save_plan(self, entries: Sequence[PlanEntry]) -> None:
        """Keep the progress plan with the session and queue its save."""
        self.session = replace(self.session, plan=tuple(entries))
        self.outbox.enqueue(plan_write(self.session.id, entries))

    def follow_up(self, session_id: str, note_id: str, changes: dict[str, object]) -> None:
        """Queue the follow-up of a tiltak of an earlier meeting (the review at the start): its
        status, effect or next review; the store dates it in the tiltak's history."""
        self.outbox.enqueue(update_note_write(session_id, note_id, **changes))

    @property
    def title(self) -> str:
        """The session's title, with its round when it is one: «Status 2. etg · Kveldsvakt»."""
        name = self.session.round_name
        return f"{self.session.title} · {name}" if name else self.session.title

    def draft(self, seat: Seat) -> str:
        """What this seat had typed but not entered when the session was last saved."""
        return dict(self.session.drafts).get(seat.value, "")

    def save_draft(self, seat: Seat, text: str) -> None:
        """Queue keeping the seat's half-typed note with the session ("" forgets it)."""
        self.outbox.enqueue(draft_write(self.session.id, seat, text))

    # -- meeting controls ---------------------------------------------------------------
    @property
    def controller(self) -> Seat:
        """The seat that moves the steps and the timer now."""
        return control_holder(self.events)

    def hand_control(self, seat: Seat) -> bool:
        """Give control of the steps and the timer to a seat; False when it already has it."""
        if self.controller is seat:
            return False
        self.record(EventType.CONTROL_GIVEN, seat=seat)
        return True

    def start(self) -> None:
        """Start the meeting on its first step (no-op when already started)."""
        if self.timing().state is MeetingState.NEW:
            for event in start_events(self.clock()):
                self.record(event.type, step=event.step)

    def go_to(self, index: int) -> bool:
        """Enter a step; False when the index is out of range or the meeting has ended."""
        timing = self.timing()
        if timing.state is MeetingState.ENDED or not 0 <= index < len(self.agenda.steps):
            return False
        if timing.state is MeetingState.NEW:
            self.record(EventType.STARTED)
        elif index == timing.current:
            return False
        if timing.state is MeetingState.PAUSED:
            self.record(EventType.RESUMED)
        self.record(EventType.STEP_ENTERED, step=index)
        return True

    def toggle_pause(self) -> MeetingState:
        """Pause a running meeting or resume a paused one; returns the new state."""
        state = self.timing().state
        if state is MeetingState.RUNNING:
            self.record(EventType.PAUSED)
            return MeetingState.PAUSED
        if state is MeetingState.PAUSED:
            self.record(EventType.RESUMED)
            return MeetingState.RUNNING
        return state

    def add_time(self, minutes: int) -> bool:
        """Add minutes to the active step."""
        timing = self.timing()
        if timing.current is None or timing.state is MeetingState.ENDED:
            return False
        self.record(EventType.TIME_ADDED, step=timing.current, minutes=minutes)
        return True

    def replan(self, cuts: dict[int, int]) -> None:
        """Shorten later steps by these minutes (step index -> minutes), to hold the end."""
        for step, minutes in sorted(cuts.items()):
            if minutes:
                self.record(EventType.REPLANNED, step=step, minutes=-minutes)

    def end(self) -> bool:
        """End the meeting."""
        if self.timing().state in (MeetingState.ENDED, MeetingState.NEW):
            return False
        self.record(EventType.ENDED)
        return True

    def reload(self, session: Session) -> None:
        """Take another seat's changes from a freshly loaded session, keeping unsaved local ones."""
        self.session = session
        pending = self.unsaved_note_ids()
        local = {nid: self.notes[nid] for nid in pending if nid in self.notes}
        self.notes = {note.id: note for note in session.notes}
        self.notes.update(local)
        unsaved = Counter(self.events)
        unsaved.subtract(session.events)
        extra = [event for event, count in unsaved.items() for _ in range(max(0, count))]
        self.events = sorted([*session.events, *extra], key=lambda e: e.at)
        self._log_version += 1
