"""Replaying a meeting's event log: which step runs, and the time spent in each step.

Rules: pauses stop the active step and its round clock; time added extends a step; entering
a step (forward or back) ends the time in the previous one and revisiting adds to its elapsed;
``ended`` stops everything (a later start/resume/step event reopens the meeting).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from agendas.model import Agenda
from store.model import Event, EventType

_ZERO = dt.timedelta(0)


class MeetingState(StrEnum):
    """The state of a meeting's clock."""

    NEW = "new"
    RUNNING = "running"
    PAUSED = "paused"
    ENDED = "ended"


@dataclass(slots=True)
class EventReplay:
    """The meeting's clock while the event log is replayed, one event at a time."""

    n: int
    state: MeetingState = MeetingState.NEW
    current: int | None = None
    segment_start: dt.datetime | None = None
    pause_start: dt.datetime | None = None
    started_at: dt.datetime | None = None
    ended_at: dt.datetime | None = None
    paused: dt.timedelta = _ZERO
    elapsed: list[dt.timedelta] = field(init=False)
    added: list[dt.timedelta] = field(init=False)
    replanned: list[dt.timedelta] = field(init=False)
    first_entered: list[dt.datetime | None] = field(init=False)
    round_marks: dict[int, tuple[dt.timedelta, int]] = field(init=False)

    def __post_init__(self) -> None:
        self.elapsed = [_ZERO] * self.n
        self.added = [_ZERO] * self.n
        self.replanned = [_ZERO] * self.n
        self.first_entered = [None] * self.n
        self.round_marks = {}

    def valid(self, step: int | None) -> bool:
        """True when ``step`` is an index of the agenda."""
        return step is not None and 0 <= step < self.n

    def close_segment(self, at: dt.datetime) -> None:
        """Add the running stretch of the current step to its elapsed time."""
        if self.segment_start is not None and self.current is not None:
            self.elapsed[self.current] += max(_ZERO, at - self.segment_start)
        self.segment_start = None

    def close_pause(self, at: dt.datetime) -> None:
        """Add the open pause to the paused total."""
        if self.pause_start is not None:
            self.paused += max(_ZERO, at - self.pause_start)
        self.pause_start = None

    def enter(self, step: int, at: dt.datetime) -> None:
        """Make ``step`` current; its clock runs unless the meeting is paused."""
        if self.first_entered[step] is None:
            self.first_entered[step] = at
        self.current = step
        if self.state is MeetingState.PAUSED:
            return
        self.state = MeetingState.RUNNING
        self.segment_start = at

    def start(self, step: int, at: dt.datetime) -> None:
        """Start (or reopen after "ended") the meeting in ``step``."""
        if self.started_at is None:
            self.started_at = at
        if self.state is MeetingState.ENDED:
            self.paused += max(_ZERO, at - (self.ended_at or at))
            self.ended_at = None
        self.state = MeetingState.RUNNING
        self.enter(step, at)

    def step_elapsed(self, step: int, at: dt.datetime) -> dt.timedelta:
        """The time spent in ``step`` up to ``at``."""
        running = self.state is MeetingState.RUNNING and self.current == step
        extra = max(_ZERO, at - self.segment_start) if running and self.segment_start else _ZERO
        return self.elapsed[step] + extra

    def apply(self, event: Event) -> None:
        """Replay one event."""
        at, kind = event.at, event.type
        if kind in (EventType.STARTED, EventType.STEP_ENTERED):
            step = event.step if event.step is not None else (self.current or 0)
            if not self.valid(step) or self.n == 0:
                return
            if self.state in (MeetingState.NEW, MeetingState.ENDED):
                self.start(step, at)
            elif kind is EventType.STEP_ENTERED and step != self.current:
                self.close_segment(at)
                self.enter(step, at)
        elif kind is EventType.PAUSED and self.state is MeetingState.RUNNING:
            self.close_segment(at)
            self.pause_start = at
            self.state = MeetingState.PAUSED
        elif kind is EventType.RESUMED:
            if self.state is MeetingState.PAUSED:
                self.close_pause(at)
                self.state = MeetingState.RUNNING
                self.segment_start = at
            elif self.state is MeetingState.ENDED and self.current is not None:
                self.start(self.current, at)
        elif kind is EventType.TIME_ADDED and event.minutes:
            step = event.step if event.step is not None else (self.current or 0)
            if self.valid(step):
                self.added[step] += dt.timedelta(minutes=event.minutes)
        elif kind is EventType.REPLANNED and event.minutes and self.valid(event.step):
            self.replanned[event.step or 0] += dt.timedelta(minutes=event.minutes)
        elif kind is EventType.ROUND_SWITCHED and event.round is not None:
            target = event.step if event.step is not None else self.current
            if target is not None and self.valid(target):
                self.round_marks[target] = (self.step_elapsed(target, at), max(0, event.round))
        elif kind is EventType.ENDED and self.state in (MeetingState.RUNNING, MeetingState.PAUSED):
            self.close_segment(at)
            self.close_pause(at)
            self.ended_at = at
            self.state = MeetingState.ENDED

    def finish(self, now: dt.datetime) -> None:
        """Count the open segment (or pause) up to now."""
        if self.state is MeetingState.RUNNING:
            self.close_segment(now)
            self.segment_start = now
        elif self.state is MeetingState.PAUSED:
            self.close_pause(now)
            self.pause_start = now


def replay(agenda: Agenda, events: Sequence[Event], now: dt.datetime | None) -> EventReplay:
    """The event log replayed in time order, counted up to ``now`` when given."""
    fold = EventReplay(len(agenda.steps))
    for event in sorted(events, key=lambda e: e.at):
        fold.apply(event)
    if now is not None:
        fold.finish(now)
    return fold


def meeting_state(events: Sequence[Event], step_count: int | None = None) -> MeetingState:
    """The meeting's state ("new", "running", "paused", "ended") from its event log alone."""
    if step_count is None:
        step_count = 1 + max((e.step for e in events if e.step is not None), default=0)
    fold = EventReplay(step_count)
    for event in sorted(events, key=lambda e: e.at):
        fold.apply(event)
    return fold.state


def start_events(at: dt.datetime) -> tuple[Event, Event]:
    """What starting a meeting records: started, and on its first step."""
    return (Event(EventType.STARTED, at), Event(EventType.STEP_ENTERED, at, step=0))
