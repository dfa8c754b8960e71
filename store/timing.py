"""Meeting timing derived from the event log and an injected clock; nothing here is stored.

The event log is replayed by store.event_replay. A step counts as done once the meeting has
moved past it; a later step that was only visited keeps its remaining time in the projection.
Timing depends only on the events and ``now``, so a restarted app continues exactly.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from agendas.model import Agenda
from store.event_replay import EventReplay, MeetingState, meeting_state, replay
from store.model import Event

#: How long after a round boundary RoundTiming.just_switched stays true.
ROUND_SWITCH_WINDOW = dt.timedelta(seconds=1)

_ZERO = dt.timedelta(0)


class StepStatus(StrEnum):
    """Where a step stands: done (visited and passed), active, upcoming (perhaps visited and
    left again), or skipped (never visited, passed)."""

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
    #: How the facilitator re-planned the step to hold the end time (in `planned` already).
    replanned: dt.timedelta = _ZERO

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

    @property
    def note_step(self) -> int:
        """The step notes go to: the active one, else the last one once ended, else the first."""
        if self.current is not None:
            return self.current
        return len(self.steps) - 1 if self.state is MeetingState.ENDED else 0


def _round_timing(
    fold: EventReplay, agenda: Agenda, index: int, elapsed: dt.timedelta
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


def _status(fold: EventReplay, index: int) -> StepStatus:
    if index == fold.current and fold.state in (MeetingState.RUNNING, MeetingState.PAUSED):
        return StepStatus.ACTIVE
    ahead = fold.current is not None and index > fold.current
    if fold.first_entered[index] is not None and not (
        ahead and fold.state is not MeetingState.ENDED
    ):
        return StepStatus.DONE
    if fold.state is MeetingState.ENDED or (fold.current is not None and index < fold.current):
        return StepStatus.SKIPPED
    return StepStatus.UPCOMING


def meeting_timing(agenda: Agenda, events: Sequence[Event], now: dt.datetime) -> MeetingTiming:
    """Each step's elapsed/remaining/overtime/round and "Kl.", and the meeting's projected end."""
    fold = replay(agenda, events, now)
    planned_total = dt.timedelta(minutes=agenda.planned_minutes)
    # Before the start, project from now; after the start, the plan is anchored on the start.
    origin = fold.started_at or now
    steps: list[StepTiming] = []
    cursor = now
    for index, step in enumerate(agenda.steps):
        added, replanned = fold.added[index], fold.replanned[index]
        planned = max(_ZERO, dt.timedelta(minutes=step.duration.planned) + added + replanned)
        limit = max(_ZERO, dt.timedelta(minutes=step.duration.limit) + added + replanned)
        elapsed = fold.elapsed[index]
        remaining = planned - elapsed
        status = _status(fold, index)
        clock = fold.first_entered[index]
        if status is StepStatus.ACTIVE:
            cursor = now + max(_ZERO, remaining)
        elif status is StepStatus.UPCOMING:
            clock = cursor
            cursor += max(_ZERO, remaining)  # a step visited and left keeps what it has left
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
                replanned=replanned,
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


__all__ = [
    "MeetingState",
    "MeetingTiming",
    "RoundTiming",
    "StepStatus",
    "StepTiming",
    "meeting_state",
    "meeting_timing",
]
