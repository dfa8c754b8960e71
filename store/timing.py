"""Meeting timing derived from the event log and an injected clock; nothing here is stored.

Rules: pauses stop the active step and its round clock; time added extends a step; entering
a step (forward or back) ends the time in the previous one and revisiting adds to its elapsed;
``ended`` stops everything (a later start/resume/step event reopens the meeting).
Timing depends only on the events and ``now``, so a restarted app continues exactly.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from agendas.model import Agenda
from store.model import Event, EventType

#: How long after a round boundary RoundTiming.just_switched stays true.
ROUND_SWITCH_WINDOW = dt.timedelta(seconds=1)

_ZERO = dt.timedelta(0)


class MeetingState(StrEnum):
    """The state of a meeting's clock."""

    NEW = "new"
    RUNNING = "running"
    PAUSED = "paused"
    ENDED = "ended"


class StepStatus(StrEnum):
    """Where a step stands: done (visited), active, upcoming, or skipped (never visited, passed)."""

    DONE = "done"
    ACTIVE = "active"
    UPCOMING = "upcoming"
    SKIPPED = "skipped"


@dataclass(frozen=True, slots=True)
class RoundTiming:
    """The current round inside a step with rounds (index is 0-based)."""

    index: int
    count: int
    length: dt.timedelta
    elapsed: dt.timedelta
    remaining: dt.timedelta
    just_switched: bool

    @property
    def overtime(self) -> dt.timedelta:
        """How far the last round has run past its end (zero otherwise)."""
        return max(_ZERO, -self.remaining)


@dataclass(frozen=True, slots=True)
class StepTiming:
    """One step's planned and actual time; ``clock`` is its "Kl." (actual or projected start)."""

    index: int
    planned: dt.timedelta
    limit: dt.timedelta
    added: dt.timedelta
    elapsed: dt.timedelta
    remaining: dt.timedelta
    overtime: dt.timedelta
    status: StepStatus
    clock: dt.datetime | None
    actual_start: dt.datetime | None
    round: RoundTiming | None

    @property
    def actual(self) -> dt.timedelta:
        """The total time spent in the step (same as elapsed)."""
        return self.elapsed

    @property
    def over_limit(self) -> bool:
        """True when the step has run past its upper limit (the 60 of a 45–60 min range)."""
        return self.elapsed > self.limit

    @property
    def deviation(self) -> dt.timedelta:
        """Actual minus planned: positive when the step took longer than planned."""
        return self.elapsed - self.planned


@dataclass(frozen=True, slots=True)
class MeetingTiming:
    """The whole meeting's timing at one instant."""

    state: MeetingState
    current: int | None
    started_at: dt.datetime | None
    ended_at: dt.datetime | None
    steps: tuple[StepTiming, ...]
    projected_end: dt.datetime
    planned_end: dt.datetime
    overrun: dt.timedelta
    time_left: dt.timedelta
    elapsed: dt.timedelta
    paused: dt.timedelta

    @property
    def current_step(self) -> StepTiming | None:
        """The timing of the current step, if any."""
        return None if self.current is None else self.steps[self.current]


@dataclass(slots=True)
class _Fold:
    """Mutable accumulator while replaying the event log."""

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
    first_entered: list[dt.datetime | None] = field(init=False)
    round_marks: dict[int, tuple[dt.timedelta, int]] = field(init=False)

    def __post_init__(self) -> None:
        self.elapsed = [_ZERO] * self.n
        self.added = [_ZERO] * self.n
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


def _replay(agenda: Agenda, events: Sequence[Event], now: dt.datetime | None) -> _Fold:
    fold = _Fold(len(agenda.steps))
    for event in sorted(events, key=lambda e: e.at):
        fold.apply(event)
    if now is not None:
        fold.finish(now)
    return fold


def meeting_state(events: Sequence[Event], step_count: int | None = None) -> MeetingState:
    """The meeting's state ("new", "running", "paused", "ended") from its event log alone."""
    if step_count is None:
        step_count = 1 + max((e.step for e in events if e.step is not None), default=0)
    fold = _Fold(step_count)
    for event in sorted(events, key=lambda e: e.at):
        fold.apply(event)
    return fold.state


def _round_timing(
    fold: _Fold, agenda: Agenda, index: int, elapsed: dt.timedelta
) -> RoundTiming | None:
    """The round clock of a step with rounds; manual switches re-anchor it."""
    rounds = agenda.steps[index].rounds
    if rounds is None or rounds.count <= 0 or rounds.minutes <= 0:
        return None
    length = dt.timedelta(minutes=rounds.minutes)
    base_elapsed, base_round = fold.round_marks.get(index, (_ZERO, 0))
    base_round = min(base_round, rounds.count - 1)
    since = max(_ZERO, elapsed - base_elapsed)
    passed = min(since // length, rounds.count - 1 - base_round)
    in_round = since - passed * length
    round_index = base_round + passed
    ticking = fold.state is MeetingState.RUNNING and fold.current == index
    boundary = round_index > 0 or index in fold.round_marks
    switched = ticking and boundary and in_round < ROUND_SWITCH_WINDOW
    return RoundTiming(round_index, rounds.count, length, in_round, length - in_round, switched)


def _status(fold: _Fold, index: int) -> StepStatus:
    if index == fold.current and fold.state in (MeetingState.RUNNING, MeetingState.PAUSED):
        return StepStatus.ACTIVE
    if fold.first_entered[index] is not None:
        return StepStatus.DONE
    if fold.state is MeetingState.ENDED or (fold.current is not None and index < fold.current):
        return StepStatus.SKIPPED
    return StepStatus.UPCOMING


def meeting_timing(agenda: Agenda, events: Sequence[Event], now: dt.datetime) -> MeetingTiming:
    """Each step's elapsed/remaining/overtime/round and "Kl.", and the meeting's projected end."""
    fold = _replay(agenda, events, now)
    planned_total = dt.timedelta(minutes=agenda.planned_minutes)
    # Before the start, project from now; after the start, the plan is anchored on the start.
    origin = fold.started_at or now
    steps: list[StepTiming] = []
    cursor = now
    for index, step in enumerate(agenda.steps):
        added = fold.added[index]
        planned = max(_ZERO, dt.timedelta(minutes=step.duration.planned) + added)
        limit = max(_ZERO, dt.timedelta(minutes=step.duration.limit) + added)
        elapsed = fold.elapsed[index]
        remaining = planned - elapsed
        status = _status(fold, index)
        clock = fold.first_entered[index]
        if status is StepStatus.ACTIVE:
            cursor = now + max(_ZERO, remaining)
        elif status is StepStatus.UPCOMING:
            clock = cursor
            cursor += planned
        steps.append(
            StepTiming(
                index=index,
                planned=planned,
                limit=limit,
                added=added,
                elapsed=elapsed,
                remaining=remaining,
                overtime=max(_ZERO, elapsed - planned),
                status=status,
                clock=clock,
                actual_start=fold.first_entered[index],
                round=_round_timing(fold, agenda, index, elapsed),
            )
        )
    if fold.state is MeetingState.ENDED and fold.ended_at is not None:
        projected_end = fold.ended_at
    else:
        projected_end = cursor
    planned_end = origin + planned_total
    return MeetingTiming(
        state=fold.state,
        current=fold.current if fold.state is not MeetingState.NEW else None,
        started_at=fold.started_at,
        ended_at=fold.ended_at if fold.state is MeetingState.ENDED else None,
        steps=tuple(steps),
        projected_end=projected_end,
        planned_end=planned_end,
        overrun=projected_end - planned_end,
        time_left=max(_ZERO, projected_end - now),
        elapsed=sum(fold.elapsed, _ZERO),
        paused=fold.paused,
    )
