"""The agenda's steps with planned clock times (Kl.), state and actual against planned."""

from __future__ import annotations

import re

from rich.text import Text
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from tui.widgets.wrap import HangingText, hang

#: Where the title starts in a step line: mark, Kl. and the minutes column.
_TITLE_COLUMN = re.compile(r"^. \S+ +\d+(?:/\d+)? *")


def wrapped(line: Text, width: int) -> Text:
    """A step line whose long title wraps under itself instead of being cut."""
    match = _TITLE_COLUMN.match(line.plain)
    line = line.copy()
    line.no_wrap = False
    line.overflow = "fold"
    return hang(line, width, match.end() if match else 2)


def _hanging(line: Text) -> HangingText:
    """A step line wrapped for whatever width the list has."""
    return HangingText(lambda width: wrapped(line, width))


class StepList(OptionList):
    """One line per step: `✓ 10:15 16/15 Velkommen`; selecting one asks to jump there."""

    DEFAULT_CSS = """
    StepList { height: 1fr; border: none; padding: 0; }
    """

    def show(self, lines: list[Text], active: int | None) -> None:
        """Replace the step lines, keeping the highlight on the active step."""
        keep = self.highlighted
        self.set_options([Option(_hanging(line), id=f"step-{i}") for i, line in enumerate(lines)])
        target = active if active is not None else keep
        if target is not None and 0 <= target < len(lines):
            self.highlighted = target
