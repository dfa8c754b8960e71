"""The help screen (F1): every key binding and the note-entry prefixes."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Label, Static

from tui.i18n import t


def bindings_table(groups: list[tuple[str, list[BindingType]]]) -> Table:
    """A two-column table of keys and what they do."""
    table = Table(show_header=False, box=None, padding=(0, 2))
    table.add_column(style="bold cyan", no_wrap=True)
    table.add_column()
    for heading, bindings in groups:
        table.add_row(Text(heading, style="bold underline"), "")
        for binding in bindings:
            if isinstance(binding, Binding) and binding.description:
                keys = binding.key_display or binding.key.replace(",", " / ")
                table.add_row(Text(keys), Text(binding.description))
    return table


class HelpScreen(ModalScreen[None]):
    """Lists every binding of the screen it was opened from, and the app's own."""

    BINDINGS = [Binding("escape,f1,q", "dismiss(None)", t("key.close"))]

    def __init__(self, groups: list[tuple[str, list[BindingType]]]) -> None:
        super().__init__()
        self.groups = groups

    def compose(self) -> ComposeResult:
        """Title, entry syntax and the key table."""
        with VerticalScroll(classes="dialog help"):
            yield Label(t("help.title"), classes="dialog-title")
            yield Static(Text(t("help.entry")), classes="help-entry")
            yield Static(bindings_table(self.groups))
