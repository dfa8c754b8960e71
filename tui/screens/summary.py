"""Consolidate the inner-circle summary at the end of the meeting: reword, merge, reorder."""

from __future__ import annotations

from collections.abc import Callable

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

    BINDINGS = [
        Binding("enter", "edit('text')", t("summary.reword"), show=True),
        Binding("t", "edit('topic')", t("summary.topic")),
        Binding("m", "apply('merge')", t("summary.merge")),
        Binding("shift+up", "apply('up')", t("summary.up")),
        Binding("shift+down", "apply('down')", t("summary.down")),
        Binding("delete", "apply('remove')", t("summary.remove")),
        Binding("escape", "close", t("key.close")),
    ]

    def __init__(
        self, items: tuple[SummaryItem, ...], save: Callable[[tuple[SummaryItem, ...]], None]
    ) -> None:
        super().__init__()
        self._save = save
        self.items = edit.ordered(items)
        self.editing: str | None = None

    def compose(self) -> ComposeResult:
        """Explanation, the items, an edit line and the footer."""
        yield TitleBar()
        yield Label(t("summary.help"), id="summary-help")
        yield OptionList(id="summary-items")
        yield Input(id="summary-input", placeholder=t("summary.placeholder"))
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
        """Merge, move or remove the highlighted item."""
        index = self.index
        operations: dict[str, tuple[Operation, int]] = {
            "merge": (edit.merge_next, 0),
            "up": (lambda items, i: edit.move(items, i, -1), -1),
            "down": (lambda items, i: edit.move(items, i, 1), 1),
            "remove": (edit.remove, 0),
        }
        operation, shift = operations[name]
        changed = operation(self.items, index)
        if changed != self.items:
            self.items = changed
            self.show_items(max(0, index + shift))
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
            self.items = edit.reword(self.items, index, event.value)
        elif self.editing == "topic":
            self.items = edit.retopic(self.items, index, event.value)
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
