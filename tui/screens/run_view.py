"""Turn a meeting's timing into what the Run screen's widgets show (pure, no Textual)."""

from __future__ import annotations

import datetime as dt

from rich.text import Text

from store.clock import countdown_text, span_text, whole_minutes
from store.timing import MeetingState, MeetingTiming, StepStatus, StepTiming
from tui.i18n import t
from tui.views import local_clock
from tui.widgets.timer_panel import TimerView

WARN_BEFORE = dt.timedelta(minutes=2)
_MINUTE = dt.timedelta(minutes=1)
_MARKS = {
    StepStatus.DONE: "✓",
    StepStatus.ACTIVE: "▶",
    StepStatus.UPCOMING: " ",
    StepStatus.SKIPPED: "–",
}


def timer_view(timing: MeetingTiming, step_count: int, zone: dt.tzinfo | None = None) -> TimerView:
    """The timer panel's content: countdown, colour state, round and the meeting's end.

    Clock times are in `zone` (pass store.clock.session_zone(session); default: local_zone).
    """
    step = timing.current_step
    if timing.state is MeetingState.ENDED:
        return TimerView("--:--", t("run.ended"), "idle", meeting_text=_meeting_text(timing, zone))
    if step is None:
        return TimerView("--:--", t("run.not_started"), "idle")
    caption = t("run.step_of", n=step.index + 1, count=step_count)
    if step.remaining < dt.timedelta(0):
        caption += f" · {t('run.overtime')}"
    else:
        caption += f" · {t('run.remaining')}"
    if timing.state is MeetingState.PAUSED:
        state, caption = "paused", f"{t('run.paused')} · {caption}"
    elif step.over_limit or (step.remaining < dt.timedelta(0) and step.limit == step.planned):
        state = "overtime"
    elif step.remaining <= WARN_BEFORE:
        state = "warning"
    else:
        state = "normal"
    round_text = ""
    if step.round is not None:
        key = "run.round_switch" if step.round.just_switched else "run.round"
        round_text = t(key, n=step.round.index + 1, count=step.round.count)
        round_text += f" · {countdown_text(step.round.remaining)}"
    return TimerView(
        countdown_text(step.remaining),
        caption,
        state,
        round_text,
        _meeting_text(timing, zone),
        timing.overrun > dt.timedelta(minutes=1),
    )


def _meeting_text(timing: MeetingTiming, zone: dt.tzinfo | None) -> str:
    """`Møtet: 45 min igjen · slutt ca. kl. 11:45`, or the overrun warning."""
    if timing.state is MeetingState.ENDED:
        return f"{local_clock(timing.started_at, zone)}–{local_clock(timing.ended_at, zone)}"
    end = local_clock(timing.projected_end, zone)
    if timing.overrun > dt.timedelta(minutes=1):
        return t("run.meeting_over", late=span_text(timing.overrun), end=end)
    if timing.overrun < -dt.timedelta(minutes=1) and timing.state is not MeetingState.NEW:
        return t("run.meeting_ahead", ahead=span_text(-timing.overrun), end=end)
    return t("run.meeting_left", left=span_text(timing.time_left), end=end)


def step_line(title: str, step: StepTiming, zone: dt.tzinfo | None = None) -> Text:
    """`✓ 10:15 16/15 Velkommen`: mark, Kl., actual against planned minutes, and title.

    The Kl. is in `zone` (default: local_zone). A finished step's minutes are rounded as in
    the minutes' "Brukt"; the running step counts whole minutes gone.
    """
    active = step.status is StepStatus.ACTIVE
    line = Text(no_wrap=True, overflow="ellipsis")
    line.append(f"{_MARKS[step.status]} ", style="bold" if active else "")
    line.append(f"{local_clock(step.clock, zone)} ", style="dim")
    planned = whole_minutes(step.planned)
    if step.status in (StepStatus.DONE, StepStatus.ACTIVE):
        actual = whole_minutes(step.elapsed) if not active else int(step.elapsed // _MINUTE)
        style = "red" if step.elapsed > step.limit else "green"
        line.append(f"{actual:>3}/{planned:<3}", style=style)
    elif step.replanned:
        line.append(f"{planned:>6}* ", style="yellow")  # re-planned to hold the end
    else:
        line.append(f"{planned:>7} ", style="dim")
    line.append(title, style="bold" if active else "")
    return line
