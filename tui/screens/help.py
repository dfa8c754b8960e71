"""The help screen (F1): every key the screen lets you use, and on the Run screen the
note-entry prefixes."""

from __future__ import annotations

from collections.abc import Iterable

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Label, Static

from tui.i18n import t
from tui.key_names import keys_name
from tui.screens.dialogs import Dialog


def usable(screen: Screen[object], bindings: Iterable[BindingType]) -> list[BindingType]:
    """The bindings this screen lets the user press now (e.g. no Ctrl+F without a plan)."""
    return [
        binding
        for binding in bindings
        if not isinstance(binding, Binding) or screen.check_action(binding.action, ()) is not False
    ]


def intro_for(screen: Screen[object]) -> str:
    """What the help says before the keys: note prefixes on the Run screen, how to
    consolidate on the summary screen, nothing elsewhere."""
    from tui.screens.run import RunScreen
    from tui.screens.summary import SummaryScreen

    if isinstance(screen, RunScreen):
        return t("help.entry")
    if isinstance(screen, SummaryScreen):
        return t("summary.help")
    return ""


def bindings_table(groups: list[tuple[str, list[BindingType]]]) -> Table:
    """A two-column table of keys and what they do."""
    table = Table(show_header=False, box=None, padding=(0, 2))
    table.add_column(style="bold cyan", no_wrap=True)
    table.add_column()
    for heading, bindings in groups:
        table.add_row(Text(heading, style="bold underline"), "")
        for binding in bindings:
            if isinstance(binding, Binding) and binding.description:
                keys = binding.key_display or keys_name(binding.key)
                table.add_row(Text(keys), Text(binding.description))
    return table


class HelpScreen(Dialog[None]):
    """Lists every binding of the screen it was opened from, and the app's own."""

    BINDINGS = [Binding("escape,f1,q", "dismiss(None)", t("key.close"))]

    def __init__(self, groups: list[tuple[str, list[BindingType]]], intro: str = "") -> None:
        super().__init__()
        self.groups = groups
        self.intro = intro

    def compose(self) -> ComposeResult:
        """Title, entry syntax and the key table."""
        with VerticalScroll(classes="dialog help"):
            yield Label(t("help.title"), classes="dialog-title")
            if self.intro:
                yield Static(Text(self.intro), classes="help-entry")
            yield Static(bindings_table(self.groups))


def help_for(screen: Screen[object], app_bindings: list[BindingType]) -> HelpScreen | None:
    """The help of `screen`: its keys, the note list's on the Run screen, then the app's
    (None on the help itself)."""
    from tui.screens.run import RunScreen
    from tui.widgets.note_list import NoteList

    if isinstance(screen, HelpScreen):
        return None
    groups = [(screen.title or "Plansje", usable(screen, screen.BINDINGS))]
    if isinstance(screen, RunScreen):
        groups.append((t("run.notes"), list(NoteList.BINDINGS)))
    groups.append(("Plansje", app_bindings))
    return HelpScreen(groups, intro_for(screen))
