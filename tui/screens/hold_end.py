"""Holding the planned end after an overrun: spread it over the rest, or take it from one step."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import Label, OptionList
from textual.widgets.option_list import Option

from tui.i18n import t
from tui.screens.dialogs import Dialog

SPREAD = "spread"


class HoldEndDialog(Dialog[str | None]):
    """Choose how to win back `late` minutes; dismiss with SPREAD, a step index, or None."""

    BINDINGS = [Binding("escape", "dismiss(None)", t("key.close"))]

    def __init__(self, late: int, steps: list[tuple[int, str, int]]) -> None:
        super().__init__()
        self.late = late
        self.steps = steps  # (index, title, minutes it can give up)

    def compose(self) -> ComposeResult:
        """The overrun, then the ways to hold the end."""
        with Vertical(classes="dialog"):
            yield Label(t("hold.title", late=self.late), classes="dialog-title")
            yield Label(t("hold.help"))
            options = [Option(Text(t("hold.spread", late=self.late)), id=SPREAD)]
            options += [
                Option(Text(t("hold.from_step", step=f"{i + 1}. {title}", spare=spare)), id=str(i))
                for i, title, spare in self.steps
            ]
            yield OptionList(*options, id="hold-options")

    def on_mount(self) -> None:
        """Start on spreading it."""
        options = self.query_one(OptionList)
        options.highlighted = 0
        options.focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        """Dismiss with the choice."""
        self.dismiss(event.option.id)
