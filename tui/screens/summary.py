"""Consolidate the inner-circle summary at the end of the meeting: reword, merge, reorder."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import Input, Label, OptionList
from textual.widgets.option_list import Option

from store import summary_edit as edit
from store.model import SummaryItem
from tui.i18n import t
from tui.widgets.form_input import FormInput
from tui.widgets.key_bar import KeyBar
from tui.widgets.title_bar import TitleBar

Operation = Callable[[tuple[SummaryItem, ...], int], tuple[SummaryItem, ...]]


def item_line(item: SummaryItem) -> Text:
    """`1. [Arbeidsmengde] Mye avbrytelser (3)`: rank, topic, text and merged note count."""
    line = Text(f"{item.order}. ", style="bold")
    if item.topic:
        line.append(f"[{item.topic}] ", style="cyan")
    line.append(item.text)
    if len(item.sources) > 1:
        line.append(f"  ({len(item.sources)})", style="dim")
    return line


class SummaryScreen(Screen[None]):
    """Every change is saved at once, so the consolidation survives a crash."""

    CSS_PATH = "summary.tcss"

    BINDINGS = [
        Binding("enter", "edit('text')", t("summary.reword"), show=True),
        Binding("t", "edit('topic')", t("summary.topic")),
        Binding("m", "apply('merge')", t("summary.merge")),
        Binding("s", "apply('split')", t("summary.split")),
        Binding("shift+up", "apply('up')", t("summary.up")),
        Binding("shift+down", "apply('down')", t("summary.down")),
        Binding("delete", "apply('remove')", t("summary.remove")),
        Binding("ctrl+z", "undo", t("key.undo")),
        Binding("ctrl+y", "redo", t("key.redo")),
        Binding("escape", "close", t("key.close")),
    ]

    def __init__(
        self,
        items: tuple[SummaryItem, ...],
        save: Callable[[tuple[SummaryItem, ...]], None],
        note_texts: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__()
        self._save = save
        self.editor = edit.SummaryEditor(items, note_texts)
        self.editing: str | None = None

    @property
    def items(self) -> tuple[SummaryItem, ...]:
        """The summary as it stands."""
        return self.editor.items

    def compose(self) -> ComposeResult:
        """Explanation, the items, an edit line and the footer."""
        yield TitleBar()
        yield Label(t("summary.help"), id="summary-help")
        yield OptionList(id="summary-items")
        yield FormInput(id="summary-input", placeholder=t("summary.placeholder"))
        yield KeyBar()

    def on_mount(self) -> None:
        """Show the items and save the draft right away."""
        self.title = t("summary.title")
        self.show_items(0)
        self.save()
        self.query_one(OptionList).focus()

    def show_items(self, highlight: int | None) -> None:
        """Redraw the list, keeping a highlight."""
        options = self.query_one(OptionList)
        options.set_options([Option(item_line(item)) for item in self.items])
        if self.items:
            options.highlighted = min(highlight or 0, len(self.items) - 1)

    @property
    def index(self) -> int:
        """The highlighted item (or -1)."""
        highlighted = self.query_one(OptionList).highlighted
        return -1 if highlighted is None else highlighted

    def action_apply(self, name: str) -> None:
        """Merge, split, move or remove the highlighted item (each can be undone)."""
        index = self.index
        if name == "merge":
            changed = self.editor.merge(index)
        elif name == "split":
            changed = self.editor.split(index)
            if not changed:
                self.notify(t("summary.cannot_split"), markup=False)
        else:
            operations: dict[str, Operation] = {
                "up": lambda items, i: edit.move(items, i, -1),
                "down": lambda items, i: edit.move(items, i, 1),
                "remove": edit.remove,
            }
            changed = self.editor.apply(operations[name](self.items, index))
        if changed:
            shift = {"up": -1, "down": 1}.get(name, 0)
            self.show_items(max(0, index + shift))
            self.save()

    def action_undo(self) -> None:
        """Ctrl+Z: take back the last change (a merge, a removal, a move, a rewording)."""
        if not self.editor.undo():
            self.notify(t("run.nothing_to_undo"), markup=False)
            return
        self.notify(t("run.undone"), markup=False)
        self.show_items(self.index)
        self.save()

    def action_redo(self) -> None:
        """Ctrl+Y: make the last undone change again."""
        if not self.editor.redo():
            self.notify(t("summary.nothing_to_redo"), markup=False)
            return
        self.show_items(self.index)
        self.save()

    def action_edit(self, field: str) -> None:
        """Put the item's text (or topic) into the edit line."""
        if not 0 <= self.index < len(self.items):
            return
        item = self.items[self.index]
        self.editing = field
        edit_line = self.query_one("#summary-input", Input)
        edit_line.value = item.text if field == "text" else item.topic
        edit_line.focus()

    @on(OptionList.OptionSelected, "#summary-items")
    def item_selected(self, event: OptionList.OptionSelected) -> None:
        """Enter on an item rewords it."""
        event.stop()
        self.action_edit("text")

    @on(Input.Submitted, "#summary-input")
    def finish_edit(self, event: Input.Submitted) -> None:
        """Enter in the edit line: apply and save."""
        index = self.index
        if self.editing == "text":
            self.editor.apply(edit.reword(self.items, index, event.value))
        elif self.editing == "topic":
            self.editor.apply(edit.retopic(self.items, index, event.value))
        self.editing = None
        event.input.clear()
        self.show_items(index)
        self.save()
        self.query_one(OptionList).focus()

    def save(self) -> None:
        """Hand the summary to the meeting's write queue (it is written off the event loop)."""
        self._save(self.items)

    def action_close(self) -> None:
        """Back to the meeting (or cancel an edit)."""
        if self.editing:
            self.editing = None
            self.query_one("#summary-input", Input).clear()
            self.query_one(OptionList).focus()
            return
        self.dismiss()
