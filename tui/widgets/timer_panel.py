"""The step timer in large digits, the round inside the step, and the whole meeting's time."""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical
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
    """Large countdown digits with a caption; turns yellow near the end and red in overtime."""

    DEFAULT_CSS = """
    TimerPanel { height: auto; padding: 0 1; }
    TimerPanel Digits { width: auto; }
    TimerPanel.-warning Digits { color: $warning; }
    TimerPanel.-overtime Digits { color: $error; }
    TimerPanel.-paused Digits { color: $text-muted; }
    TimerPanel #timer-caption { color: $text-muted; }
    TimerPanel #round { color: $accent; text-style: bold; }
    TimerPanel #meeting.-late { color: $error; text-style: bold; }
    """

    def compose(self) -> ComposeResult:
        """Digits, caption, round and meeting lines."""
        yield Digits("--:--", id="digits")
        yield Static(id="timer-caption")
        yield Static(id="round")
        yield Static(id="meeting")

    _shown: TimerView | None = None

    def show(self, view: TimerView) -> None:
        """Display a TimerView (nothing to do when it has not changed since the last tick)."""
        if view == self._shown:
            return
        self._shown = view
        self.query_one(Digits).update(view.digits)
        self.query_one("#timer-caption", Static).update(Text(view.caption))
        self.query_one("#round", Static).update(Text(view.round_text))
        meeting = self.query_one("#meeting", Static)
        meeting.update(Text(view.meeting_text))
        meeting.set_class(view.meeting_late, "-late")
        for state in ("warning", "overtime", "paused", "idle"):
            self.set_class(view.state == state, f"-{state}")
