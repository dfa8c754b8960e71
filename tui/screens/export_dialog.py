"""Choose what to export; dismisses with the export kind (see tui.export_command.KINDS)."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import Label, OptionList
from textual.widgets.option_list import Option

from tui.i18n import t
from tui.screens.dialogs import Dialog


class ExportDialog(Dialog[str | None]):
    """A list of exports; the Starte plan exports are offered only when a plan exists."""

    BINDINGS = [Binding("escape", "dismiss(None)", t("key.close"))]

    def __init__(self, with_plan: bool) -> None:
        super().__init__()
        self.with_plan = with_plan

    def compose(self) -> ComposeResult:
        """Title and choices."""
        kinds = ["minutes", "summary", "actions"]
        if self.with_plan:
            kinds += ["plan", "ics", "invitation"]
        with Vertical(classes="dialog"):
            yield Label(t("export.title"), classes="dialog-title")
            yield OptionList(*[Option(Text(t(f"export.{kind}")), id=kind) for kind in kinds])

    def on_mount(self) -> None:
        """Start on the minutes."""
        options = self.query_one(OptionList)
        options.highlighted = 0
        options.focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        """Dismiss with the chosen kind."""
        self.dismiss(event.option.id)
