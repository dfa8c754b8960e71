"""The agenda's steps with planned clock times (Kl.), state and actual against planned."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import OptionList
from textual.widgets.option_list import Option


class StepList(OptionList):
    """One line per step: `✓ 10:15 Velkommen 16/15`; selecting one asks to jump there."""

    DEFAULT_CSS = """
    StepList { height: 1fr; border: none; padding: 0; text-wrap: nowrap; text-overflow: ellipsis; }
    """

    def show(self, lines: list[Text], active: int | None) -> None:
        """Replace the step lines, keeping the highlight on the active step."""
        keep = self.highlighted
        self.set_options([Option(line, id=f"step-{i}") for i, line in enumerate(lines)])
        target = active if active is not None else keep
        if target is not None and 0 <= target < len(lines):
            self.highlighted = target
