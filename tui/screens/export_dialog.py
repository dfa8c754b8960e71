"""Choose what to export; dismisses with the export kind and format, like "minutes.pdf".

A bare kind ("minutes") is its default format (see store.export_formats.FORMATS).
"""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import Label, OptionList
from textual.widgets.option_list import Option

from tui.i18n import t
from tui.screens.dialogs import Dialog

#: The dialog's entries that are not a kind's default format, and the choice each makes.
_CHOICE = {
    "minutes_pdf": "minutes.pdf",
    "minutes_docx": "minutes.docx",
    "actions_pdf": "actions.pdf",
    "actions_csv": "actions.csv",
    "runsheet": "runsheet.pdf",
    "poster": "poster.pdf",
    "joinsheet": "joinsheet.pdf",
}


class ExportDialog(Dialog[str | None]):
    """A list of exports; the Starte plan exports are offered only when a plan exists."""

    BINDINGS = [Binding("escape", "dismiss(None)", t("key.close"))]

    def __init__(
        self, with_plan: bool, *, with_poster: bool = False, with_join_sheet: bool = False
    ) -> None:
        super().__init__()
        self.with_join_sheet = with_join_sheet
        self.with_plan = with_plan
        self.with_poster = with_poster

    def compose(self) -> ComposeResult:
        """Title and choices."""
        kinds = ["minutes", "minutes_pdf", "minutes_docx", "summary", "actions", "actions_pdf"]
        kinds.append("actions_csv")
        kinds.append("runsheet")
        if self.with_poster:
            kinds.append("poster")
        if self.with_plan:
            kinds += ["plan", "ics", "invitation"]
        if self.with_join_sheet:  # the room is open beside the meeting
            kinds.append("joinsheet")
        with Vertical(classes="dialog"):
            yield Label(t("export.title"), classes="dialog-title")
            yield OptionList(
                *[Option(Text(t(f"export.{kind}")), id=_CHOICE.get(kind, kind)) for kind in kinds]
            )

    def on_mount(self) -> None:
        """Start on the minutes."""
        options = self.query_one(OptionList)
        options.highlighted = 0
        options.focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        """Dismiss with the chosen kind."""
        self.dismiss(event.option.id)
