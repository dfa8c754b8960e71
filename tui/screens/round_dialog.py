"""Naming a new round of a meeting (the same meeting held again for the evening or night shift)."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Input, Label

from tui.i18n import t
from tui.screens.dialogs import FormDialog, dialog_footer, show_error
from tui.widgets.form_input import FormInput

#: The longest round name kept (it is shown beside every note of the round in the minutes).
MAX_NAME = 40


class RoundDialog(FormDialog[str]):
    """Ask for the new round's name ("Kveldsvakt"); dismiss with it, or None."""

    def __init__(self, meeting: str, rounds: list[str]) -> None:
        super().__init__()
        self.meeting = meeting
        self.rounds = rounds

    def compose(self) -> ComposeResult:
        """The meeting, its rounds so far, and the name field."""
        with Vertical(classes="dialog form"):
            yield Label(t("round.new"), classes="dialog-title")
            yield Label(Text(f"{self.meeting}: {', '.join(self.rounds)}"), classes="quote")
            yield Label(t("round.name"))
            yield FormInput("", id="round-name", max_length=MAX_NAME)
            yield from dialog_footer("start", t("round.start"), "round-error")

    def on_mount(self) -> None:
        """Start in the name field."""
        self.query_one("#round-name").focus()

    def action_submit(self) -> None:
        """Dismiss with the name; a blank name is refused."""
        name = " ".join(self.query_one("#round-name", Input).value.split())
        if not name:
            error = self.query_one("#round-error", Label)
            show_error(error, t("round.no_name"), self.query_one("#round-name"))
            return
        self.dismiss(name)
