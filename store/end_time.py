"""Holding the planned end when steps have run over: which later steps give up how many minutes.

Two ways, as a facilitator would do it on paper: spread the overrun over the remaining steps
in proportion to their plans, or take it from one chosen step. No step is cut below its floor:
half its plan, and never under FLOOR_MINUTES (a step planned shorter than that is not cut).
Pure: the meeting's timing in, the cuts out; the Meeting records them as `replanned` events.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from store.timing import MeetingTiming, StepStatus, StepTiming

FLOOR_MINUTES = 5


@dataclass(frozen=True)
class Replan:
    """The cuts that hold the end: minutes per step index (positive: minutes taken away), and
    the minutes of overrun they could not cover (0 when the planned end is held)."""

    cuts: dict[int, int]
    uncovered: int

    @property
    def taken(self) -> int:
        """How many minutes the cuts take."""
        return sum(self.cuts.values())


def overrun_minutes(timing: MeetingTiming) -> int:
    """Whole minutes the meeting is projected to end after its planned end (0 when on time)."""
    return max(0, math.ceil(timing.overrun.total_seconds() / 60 - 1e-9))


def _minutes(step: StepTiming) -> int:
    """The step's plan as it stands, in whole minutes."""
    return int(step.planned.total_seconds() // 60)


def spare(step: StepTiming) -> int:
    """Minutes a later step can give up without going under its floor."""
    if step.status is not StepStatus.UPCOMING:
        return 0
    plan = _minutes(step)
    floor = min(plan, max(FLOOR_MINUTES, math.ceil(plan / 2)))
    return max(0, plan - floor)


def take_from_one(timing: MeetingTiming, index: int) -> Replan:
    """Take the overrun from step `index` (as much as its floor allows)."""
    needed = overrun_minutes(timing)
    available = spare(timing.steps[index]) if 0 <= index < len(timing.steps) else 0
    cut = min(needed, available)
    return Replan({index: cut} if cut else {}, needed - cut)


def spread(timing: MeetingTiming) -> Replan:
    """Spread the overrun over the remaining steps in proportion to their plans."""
    needed = overrun_minutes(timing)
    room = {s.index: spare(s) for s in timing.steps if spare(s)}
    cuts: dict[int, int] = {}
    left = needed
    while left and room:
        weights = {i: _minutes(timing.steps[i]) for i in room}
        total = sum(weights.values())
        share = {i: min(room[i], left * weights[i] // total) for i in room}
        if not any(share.values()):  # what is left is less than a minute per step
            for i in sorted(room, key=lambda i: -weights[i])[:left]:
                share[i] = 1
        for i, minutes in share.items():
            cuts[i] = cuts.get(i, 0) + minutes
            room[i] -= minutes
            left -= minutes
        room = {i: r for i, r in room.items() if r}
    return Replan({i: m for i, m in sorted(cuts.items()) if m}, left)
