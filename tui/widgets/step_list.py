"""The agenda's steps with planned clock times (Kl.), state and actual against planned."""

from __future__ import annotations

import re

from rich.text import Text
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from tui.widgets.wrap import hang

#: Where the title starts in a step line: mark, Kl. and the minutes column.
_TITLE_COLUMN = re.compile(r"^. \S+ +\d+(?:/\d+)? *")


def wrapped(line: Text, width: int) -> Text:
    """A step line whose long title wraps under itself instead of being cut."""
    match = _TITLE_COLUMN.match(line.plain)
    line = line.copy()
    line.no_wrap = False
    line.overflow = "fold"
    return hang(line, width, match.end() if match else 2)


class StepList(OptionList):
    """One line per step: `✓ 10:15 16/15 Velkommen`; selecting one asks to jump there."""

    DEFAULT_CSS = """
    StepList { height: 1fr; border: none; padding: 0; }
    """

    #: Cells kept free for the vertical scrollbar, whether or not it is shown.
    SCROLLBAR_ROOM = 2

    def __init__(
        self, *, name: str | None = None, id: str | None = None, classes: str | None = None
    ) -> None:
        super().__init__(name=name, id=id, classes=classes)
        self._step_lines: list[Text] = []
        self._active_step: int | None = None

    def show(self, lines: list[Text], active: int | None) -> None:
        """Replace the step lines, keeping the highlight on the active step."""
        self._step_lines, self._active_step = lines, active
        keep = self.highlighted
        width = self.size.width - self.SCROLLBAR_ROOM
        self.set_options(
            [Option(wrapped(line, width), id=f"step-{i}") for i, line in enumerate(lines)]
        )
        target = active if active is not None else keep
        if target is not None and 0 <= target < len(lines):
            self.highlighted = target

    def on_resize(self) -> None:
        """Wrap the titles again for the new width."""
        if self._step_lines:
            self.show(self._step_lines, self._active_step)
