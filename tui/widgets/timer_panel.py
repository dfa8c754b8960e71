"""The step timer in large digits, the round inside the step, and the whole meeting's time."""

from __future__ import annotations

from dataclasses import dataclass

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.reactive import reactive
from textual.style import Style
from textual.widgets import Digits, Static


@dataclass(frozen=True, slots=True)
class TimerView:
    """What the timer panel shows; computed by the screen from the stored event log."""

    digits: str
    caption: str
    state: str  # "normal", "warning", "overtime", "paused", "idle"
    round_text: str = ""
    meeting_text: str = ""
    meeting_late: bool = False


class TimerPanel(Vertical):
    """Large countdown digits with the caption, the round and the whole meeting's time below;
    the digits turn yellow near the end and red in overtime. `compact` leaves out the meeting
    line (a short terminal). The three lines are one text (one widget less to lay out)."""

    COMPONENT_CLASSES = {"timer-panel--caption", "timer-panel--round", "timer-panel--late"}
    DEFAULT_CSS = """
    TimerPanel { height: auto; padding: 0 1; }
    TimerPanel Digits { width: auto; }
    TimerPanel.-warning Digits { color: $warning; }
    TimerPanel.-overtime Digits { color: $error; }
    TimerPanel.-paused Digits { color: $text-muted; }
    TimerPanel > .timer-panel--caption { color: $text-muted; }
    TimerPanel > .timer-panel--round { color: $accent; text-style: bold; }
    TimerPanel > .timer-panel--late { color: $error; text-style: bold; }
    """

    compact: reactive[bool] = reactive(False, init=False)
    _shown: TimerView | None = None

    def compose(self) -> ComposeResult:
        """Digits, then the caption, round and meeting lines."""
        yield Digits("--:--", id="digits")
        yield Static(id="timer-lines")

    def show(self, view: TimerView) -> None:
        """Display a TimerView (nothing to do when it has not changed since the last tick)."""
        if view == self._shown:
            return
        self._shown = view
        self.query_one(Digits).update(view.digits)
        self._draw_lines()
        for state in ("warning", "overtime", "paused", "idle"):
            self.set_class(view.state == state, f"-{state}")

    def watch_compact(self) -> None:
        """The meeting line comes or goes."""
        self._draw_lines()

    def _draw_lines(self) -> None:
        view = self._shown
        if view is None:
            return
        parts: list[tuple[str, Style] | str] = [
            (view.caption, self.get_visual_style("timer-panel--caption"))
        ]
        if view.round_text:
            parts += ["\n", (view.round_text, self.get_visual_style("timer-panel--round"))]
        if view.meeting_text and not self.compact:
            late = self.get_visual_style("timer-panel--late") if view.meeting_late else Style()
            parts += ["\n", (view.meeting_text, late)]
        self.query_one("#timer-lines", Static).update(Content.assemble(*parts))
