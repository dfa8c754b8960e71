"""The step's notes, newest first; Delete removes, Enter edits, d opens tiltak details."""

from __future__ import annotations

from rich.text import Text
from textual.binding import Binding
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from tui.i18n import t


class NoteList(OptionList):
    """A list of notes; posts NoteAction messages for the screen to act on."""

    DEFAULT_CSS = """
    NoteList { height: 1fr; border: none; padding: 0 1; }
    """

    BINDINGS = [
        Binding("delete,backspace", "note('delete')", t("key.delete")),
        Binding("e", "note('edit')", t("key.edit")),
        Binding("d", "note('details')", t("key.details")),
    ]

    class NoteAction(Message):
        """The user asked to delete, edit or open details of a note."""

        def __init__(self, note_id: str, action: str) -> None:
            self.note_id = note_id
            self.action = action
            super().__init__()

    def show(self, notes: list[tuple[str, Text]], empty: str, older: str = "") -> None:
        """Replace the list with (note id, line) pairs, keeping the highlighted note."""
        highlighted = self.highlighted_option.id if self.highlighted_option else None
        if not notes:
            self.set_options([Option(Text(empty, style="dim"), id="-empty", disabled=True)])
            return
        options = [Option(line, id=note_id) for note_id, line in notes]
        if older:
            options.append(Option(Text(older, style="dim italic"), id="-empty", disabled=True))
        self.set_options(options)
        ids = [note_id for note_id, _ in notes]
        if highlighted in ids:
            self.highlighted = ids.index(highlighted)
        elif self.has_focus:
            self.highlighted = 0

    def action_note(self, action: str) -> None:
        """Post the action for the highlighted note."""
        option = self.highlighted_option
        if option is not None and option.id and option.id != "-empty":
            self.post_message(self.NoteAction(option.id, action))

    def _on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        """Enter on a note edits it."""
        event.stop()
        if event.option.id and event.option.id != "-empty":
            self.post_message(self.NoteAction(event.option.id, "edit"))
