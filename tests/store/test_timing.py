"""Timing is a pure function of the event log and a fake clock: no sleeping, no stored timers."""

from __future__ import annotations

import datetime as dt

from agendas.model import Agenda
from store.model import Event, EventType
from store.timing import MeetingState, StepStatus, meeting_state, meeting_timing
from tests.store.helpers import at, make_agenda

MIN = dt.timedelta(minutes=1)


def started(minute: float = 0) -> list[Event]:
    return [Event(EventType.STARTED, at(minute)), Event(EventType.STEP_ENTERED, at(minute), step=0)]


def test_new_meeting_projects_every_step_from_now(agenda: Agenda) -> None:
    timing = meeting_timing(agenda, [], at(0))
    assert timing.state is MeetingState.NEW
    assert timing.current is None
    assert [s.status for s in timing.steps] == [StepStatus.UPCOMING] * 4
    assert [s.clock for s in timing.steps] == [at(0), at(10), at(30), at(45)]
    assert timing.projected_end == at(50) == timing.planned_end
    assert timing.overrun == dt.timedelta(0)


def test_running_step_counts_elapsed_and_remaining(agenda: Agenda) -> None:
    timing = meeting_timing(agenda, started(), at(4))
    step = timing.steps[0]
    assert timing.state == "running"
    assert timing.current == 0
    assert step.status == "active"
    assert step.elapsed == 4 * MIN
    assert step.remaining == 6 * MIN
    assert step.overtime == dt.timedelta(0)
    assert [s.clock for s in timing.steps] == [at(0), at(10), at(30), at(45)]
    assert timing.projected_end == at(50)
    assert timing.time_left == 46 * MIN


def test_overtime_pushes_the_kl_column_and_projected_end(agenda: Agenda) -> None:
    timing = meeting_timing(agenda, started(), at(13))
    step = timing.steps[0]
    assert step.remaining == -3 * MIN
    assert step.overtime == 3 * MIN
    assert [s.clock for s in timing.steps] == [at(0), at(13), at(33), at(48)]
    assert timing.projected_end == at(53)
    assert timing.planned_end == at(50)
    assert timing.overrun == 3 * MIN


def test_range_step_warns_only_past_its_upper_limit(agenda: Agenda) -> None:
    events = [*started(), Event(EventType.STEP_ENTERED, at(0), step=2)]
    assert not meeting_timing(agenda, events, at(20)).steps[2].over_limit
    late = meeting_timing(agenda, events, at(26)).steps[2]
    assert late.over_limit
    assert late.overtime == 11 * MIN
    assert late.limit == 25 * MIN


def test_pause_stops_the_step_and_resume_continues(agenda: Agenda) -> None:
    events = [*started(), Event(EventType.PAUSED, at(3))]
    paused = meeting_timing(agenda, events, at(6))
    assert paused.state is MeetingState.PAUSED
    assert paused.steps[0].elapsed == 3 * MIN
    assert paused.steps[0].status is StepStatus.ACTIVE
    assert paused.projected_end == at(6) + 7 * MIN + 40 * MIN
    # The pause keeps stretching the meeting while it lasts.
    assert meeting_timing(agenda, events, at(9)).steps[0].elapsed == 3 * MIN
    events.append(Event(EventType.RESUMED, at(8)))
    resumed = meeting_timing(agenda, events, at(10))
    assert resumed.state is MeetingState.RUNNING
    assert resumed.steps[0].elapsed == 5 * MIN
    assert resumed.paused == 5 * MIN
    assert resumed.overrun == 5 * MIN


def test_added_time_extends_the_active_step(agenda: Agenda) -> None:
    events = [*started(), Event(EventType.TIME_ADDED, at(9), minutes=5)]
    step = meeting_timing(agenda, events, at(12)).steps[0]
    assert step.added == 5 * MIN
    assert step.planned == 15 * MIN
    assert step.remaining == 3 * MIN
    assert step.overtime == dt.timedelta(0)
    assert meeting_timing(agenda, events, at(12)).steps[1].clock == at(15)


def test_entering_a_step_closes_the_previous_one(agenda: Agenda) -> None:
    events = [*started(), Event(EventType.STEP_ENTERED, at(12), step=1)]
    timing = meeting_timing(agenda, events, at(15))
    first, second = timing.steps[0], timing.steps[1]
    assert first.status is StepStatus.DONE
    assert first.elapsed == 12 * MIN
    assert first.deviation == 2 * MIN  # planned versus actual
    assert second.status is StepStatus.ACTIVE
    assert second.clock == at(12) == second.actual_start
    assert second.elapsed == 3 * MIN
    assert [s.clock for s in timing.steps[2:]] == [at(32), at(47)]


def test_revisiting_a_step_adds_to_its_elapsed(agenda: Agenda) -> None:
    events = [
        *started(),
        Event(EventType.STEP_ENTERED, at(12), step=1),
        Event(EventType.STEP_ENTERED, at(20), step=0),
        Event(EventType.STEP_ENTERED, at(25), step=1),
    ]
    timing = meeting_timing(agenda, events, at(27))
    assert timing.steps[0].elapsed == 17 * MIN
    assert timing.steps[0].clock == at(0)  # Kl. of a done step is its first actual start
    assert timing.steps[1].elapsed == 10 * MIN
    assert timing.current == 1


def test_jumping_ahead_skips_steps_and_leaves_them_out_of_the_projection(agenda: Agenda) -> None:
    events = [*started(), Event(EventType.STEP_ENTERED, at(10), step=2)]
    timing = meeting_timing(agenda, events, at(12))
    assert timing.steps[1].status is StepStatus.SKIPPED
    assert timing.steps[1].clock is None
    assert timing.projected_end == at(12) + 13 * MIN + 5 * MIN


def test_rounds_switch_on_the_step_clock(agenda: Agenda) -> None:
    events = [*started(), Event(EventType.STEP_ENTERED, at(10), step=1)]
    first = meeting_timing(agenda, events, at(15)).steps[1].round
    assert first is not None
    assert (first.index, first.count, first.remaining) == (0, 2, 5 * MIN)
    assert not first.just_switched
    switch = meeting_timing(agenda, events, at(20) + dt.timedelta(seconds=0.5)).steps[1].round
    assert switch is not None
    assert switch.index == 1
    assert switch.just_switched
    later = meeting_timing(agenda, events, at(22)).steps[1].round
    assert later is not None
    assert (later.index, later.remaining, later.just_switched) == (1, 8 * MIN, False)
    over = meeting_timing(agenda, events, at(31)).steps[1].round
    assert over is not None
    assert (over.index, over.remaining, over.overtime) == (1, -MIN, MIN)


def test_pause_stops_the_round_clock(agenda: Agenda) -> None:
    events = [
        *started(),
        Event(EventType.STEP_ENTERED, at(10), step=1),
        Event(EventType.PAUSED, at(12)),
        Event(EventType.RESUMED, at(17)),
    ]
    current = meeting_timing(agenda, events, at(22)).steps[1].round
    assert current is not None
    assert (current.index, current.remaining) == (0, 3 * MIN)


def test_manual_round_switch_restarts_the_round_clock(agenda: Agenda) -> None:
    events = [
        *started(),
        Event(EventType.STEP_ENTERED, at(10), step=1),
        Event(EventType.ROUND_SWITCHED, at(14), step=1, round=1),
    ]
    now = meeting_timing(agenda, events, at(14)).steps[1].round
    assert now is not None
    assert (now.index, now.remaining, now.just_switched) == (1, 10 * MIN, True)
    late = meeting_timing(agenda, events, at(25)).steps[1].round
    assert late is not None
    assert (late.index, late.remaining) == (1, -MIN)


def test_steps_without_rounds_have_no_round_clock(agenda: Agenda) -> None:
    assert meeting_timing(agenda, started(), at(1)).steps[0].round is None


def test_ended_stops_everything(agenda: Agenda) -> None:
    events = [
        *started(),
        Event(EventType.STEP_ENTERED, at(10), step=1),
        Event(EventType.ENDED, at(40)),
    ]
    for now in (at(40), at(100)):
        timing = meeting_timing(agenda, events, now)
        assert timing.state is MeetingState.ENDED
        assert timing.ended_at == at(40) == timing.projected_end
        assert timing.steps[1].elapsed == 30 * MIN
        assert timing.steps[1].status is StepStatus.DONE
        assert [s.status for s in timing.steps[2:]] == [StepStatus.SKIPPED] * 2
        assert timing.time_left == dt.timedelta(0)
        assert timing.elapsed == 40 * MIN


def test_a_stray_end_can_be_resumed(agenda: Agenda) -> None:
    events = [
        *started(),
        Event(EventType.ENDED, at(5)),
        Event(EventType.RESUMED, at(7)),
    ]
    timing = meeting_timing(agenda, events, at(9))
    assert timing.state is MeetingState.RUNNING
    assert timing.steps[0].elapsed == 7 * MIN
    assert timing.paused == 2 * MIN


def test_events_count_in_time_order_and_duplicates_are_harmless(agenda: Agenda) -> None:
    ordered = [
        *started(),
        Event(EventType.PAUSED, at(3)),
        Event(EventType.PAUSED, at(4)),
        Event(EventType.RESUMED, at(5)),
        Event(EventType.STEP_ENTERED, at(11), step=1),
        Event(EventType.STEP_ENTERED, at(12), step=1),
    ]
    shuffled = [ordered[4], ordered[0], ordered[5], ordered[2], ordered[1], ordered[3], ordered[6]]
    assert meeting_timing(agenda, shuffled, at(20)) == meeting_timing(agenda, ordered, at(20))
    timing = meeting_timing(agenda, ordered, at(20))
    assert timing.steps[0].elapsed == 9 * MIN
    assert timing.steps[1].elapsed == 9 * MIN


def test_restart_continues_exactly_from_the_log(agenda: Agenda) -> None:
    events = [*started(), Event(EventType.STEP_ENTERED, at(7), step=1)]
    before = meeting_timing(agenda, tuple(events), at(18))
    again = meeting_timing(agenda, list(events), at(18))
    assert again == before
    assert again.steps[1].elapsed == 11 * MIN


def test_meeting_state_needs_only_events() -> None:
    assert meeting_state([]) is MeetingState.NEW
    assert meeting_state(started()) is MeetingState.RUNNING
    assert meeting_state([*started(), Event(EventType.PAUSED, at(1))]) is MeetingState.PAUSED
    assert meeting_state([*started(), Event(EventType.ENDED, at(1))]) is MeetingState.ENDED


def test_a_step_visited_and_left_again_is_not_done_and_keeps_its_time() -> None:
    agenda = make_agenda()
    events = [
        Event(EventType.STARTED, at(0), step=0),
        Event(EventType.STEP_ENTERED, at(5), step=1),
        Event(EventType.STEP_ENTERED, at(6), step=2),  # a step too far
        Event(EventType.STEP_ENTERED, at(6.5), step=1),  # and straight back
    ]
    before = meeting_timing(agenda, events[:2], at(6.5))
    timing = meeting_timing(agenda, events, at(6.5))
    assert timing.steps[2].status is StepStatus.UPCOMING
    assert timing.steps[2].elapsed == dt.timedelta(minutes=0.5)
    # the half minute moved from step 1 to step 2: the projection and the Kl. times stand
    assert timing.projected_end == before.projected_end
    assert timing.steps[3].clock == before.steps[3].clock
    assert timing.steps[2].clock == at(6.5) + timing.steps[1].remaining  # when it comes again
    ended = meeting_timing(agenda, [*events, Event(EventType.ENDED, at(9))], at(9))
    assert ended.steps[2].status is StepStatus.DONE  # in the minutes: it was held
