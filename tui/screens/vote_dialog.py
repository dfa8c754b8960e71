"""The votes of a room without devices: a count per note typed in from a show of hands."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.widgets import Button, Input, Label

from store.model import Note
from store.votes import MAX_HAND_COUNT
from tui.i18n import t
from tui.screens.dialogs import Dialog, dialog_footer, show_error


class VoteDialog(Dialog[dict[str, int] | None]):
    """One count field per note voted on; dismisses with the counts per note id, or None."""

    BINDINGS = [Binding("escape", "dismiss(None)", t("key.close"))]

    def __init__(self, notes: list[Note], counts: dict[str, int]) -> None:
        super().__init__()
        self.notes = notes
        self.counts = counts

    def compose(self) -> ComposeResult:
        """The title, the help line, a labelled field per note, the footer."""
        with Vertical(classes="dialog"):
            yield Label(t("vote.dialog_title"), classes="dialog-title")
            yield Label(t("vote.dialog_help"))
            with VerticalScroll(id="vote-fields"):
                for index, note in enumerate(self.notes):
                    yield Label(Text(f"{index + 1}. {note.text}"))
                    value = str(self.counts.get(note.id, 0) or "")
                    yield Input(value, id=f"vote-{index}", restrict=r"[0-9]*", max_length=3)
            yield from dialog_footer("save", t("vote.save"), "vote-error")

    def on_mount(self) -> None:
        """The cursor in the first count."""
        if self.notes:
            self.query_one("#vote-0", Input).focus()

    def counted(self) -> dict[str, int] | None:
        """The counts typed in, or None (and the error shown) when one is not a count."""
        counts: dict[str, int] = {}
        for index, note in enumerate(self.notes):
            field = self.query_one(f"#vote-{index}", Input)
            text = field.value.strip() or "0"
            if not text.isdigit() or int(text) > MAX_HAND_COUNT:
                show_error(
                    self.query_one("#vote-error", Label), t("vote.bad_count", value=text), field
                )
                return None
            counts[note.id] = int(text)
        return counts

    def on_input_submitted(self, event: Input.Submitted) -> None:
        """Enter in the last field saves; in another, it moves on."""
        if event.input.id == f"vote-{len(self.notes) - 1}":
            self._save()
        else:
            self.focus_next()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        """Save or cancel."""
        if event.button.id == "save":
            self._save()
        else:
            self.dismiss(None)

    def _save(self) -> None:
        if (counts := self.counted()) is not None:
            self.dismiss(counts)
