"""Holding the planned end: the overrun spread over later steps, or taken from one."""

from __future__ import annotations

import datetime as dt

from agendas.library import resolve_agenda
from store.end_time import overrun_minutes, spread, take_from_one
from store.model import Event, EventType
from store.timing import meeting_timing

T0 = dt.datetime(2026, 11, 23, 9, tzinfo=dt.UTC)
# Tiltaksmøte: 10, 45, 45, 20 minutes planned (2 h).
AGENDA = resolve_agenda("tiltaksmote")


def _late(minutes_over: int) -> tuple[list[Event], dt.datetime]:
    """The log and the time when the first step has run `minutes_over` past its plan."""
    now = T0 + dt.timedelta(minutes=AGENDA.steps[0].duration.planned + minutes_over)
    return [Event(EventType.STARTED, T0, step=0)], now


def test_the_overrun_is_spread_in_proportion_and_the_end_is_held() -> None:
    plans = [s.duration.planned for s in AGENDA.steps]
    timing = meeting_timing(AGENDA, *_late(12))
    assert overrun_minutes(timing) == 12
    replan = spread(timing)
    assert replan.uncovered == 0 and replan.taken == 12
    assert 0 not in replan.cuts  # the running step is not re-planned
    later = {i: plans[i] for i in replan.cuts}
    biggest = max(later, key=lambda i: later[i])
    assert replan.cuts[biggest] == max(replan.cuts.values())
    events, now = _late(12)
    cut = [Event(EventType.REPLANNED, now, step=i, minutes=-m) for i, m in replan.cuts.items()]
    held = meeting_timing(AGENDA, [*events, *cut], now)
    assert overrun_minutes(held) == 0 and held.planned_end == timing.planned_end
    assert [s.replanned for s in held.steps][1:] == [
        dt.timedelta(minutes=-replan.cuts.get(i, 0)) for i in range(1, len(plans))
    ]


def test_no_step_goes_below_half_its_plan_or_five_minutes() -> None:
    timing = meeting_timing(AGENDA, *_late(200))
    replan = spread(timing)
    steps = timing.steps
    for index, cut in replan.cuts.items():
        plan = int(steps[index].planned.total_seconds() // 60)
        assert plan - cut >= max(5, -(-plan // 2))
    assert replan.uncovered == 200 - replan.taken > 0  # said, not hidden


def test_the_time_can_come_from_one_chosen_step() -> None:
    timing = meeting_timing(AGENDA, *_late(12))
    replan = take_from_one(timing, 2)
    assert (replan.cuts, replan.uncovered) == ({2: 12}, 0)
    assert take_from_one(timing, 0).cuts == {}  # not the running step
    on_time = meeting_timing(AGENDA, *_late(0))
    assert spread(on_time).cuts == {} and take_from_one(on_time, 2).cuts == {}
