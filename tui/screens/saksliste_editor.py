"""The saksliste editor: a meeting's title, Hensikt and Ønsket resultat, and its items (sak),
each with title, minutes, Hensikt, Ønsket resultat and type. Ctrl+S saves to the user agenda
folder in a worker thread; the screen keeps every change until it is saved."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.coordinate import Coordinate
from textual.screen import Screen
from textual.widgets import DataTable, Input, Label, Select, Static

from agendas.errors import AgendaError
from agendas.model import ItemType
from agendas.saksliste import Sak, Saksliste, agenda_id_for, check_saksliste
from store.agenda_files import read_saksliste, save_saksliste, taken_ids
from store.errors import StoreError
from tui.i18n import t
from tui.screens.saksliste_form import (
    TYPE_OPTIONS,
    SakslisteFailed,
    SakslisteSaved,
    file_problem_text,
    item_cells,
    problem_text,
)
from tui.widgets.form_input import FormInput
from tui.widgets.key_bar import KeyBar
from tui.widgets.title_bar import TitleBar

#: The id a new saksliste carries until its first save gives it one from its title.
NEW_ID = "ny-saksliste"
_ITEM_FIELDS = ("#item-title", "#item-minutes", "#item-purpose", "#item-outcome")


class SakslisteEditor(Screen[bool]):
    """Edits one saksliste; dismisses with True when something was saved."""

    CSS_PATH = "saksliste_editor.tcss"

    BINDINGS = [
        Binding("ctrl+s", "save", t("key.save"), priority=True),
        Binding("f2", "add_item", t("key.add_item")),
        Binding("f3", "remove_item", t("key.remove_item")),
        Binding("f5", "move(-1)", t("key.item_up")),
        Binding("f6", "move(1)", t("key.item_down")),
        Binding("escape", "back", t("key.back")),
    ]

    def __init__(
        self, draft: Saksliste, folder: Path, original: Path | None, known: set[str]
    ) -> None:
        super().__init__()
        self.folder = folder
        self.original = original
        self.known = known
        self.draft = draft
        #: What the file holds now (None: nothing saved yet); Esc warns when it differs.
        self.saved: Saksliste | None = draft if original is not None else None
        self.items = list(draft.items) or [Sak(t("hora.new_item"), 10)]
        self.current = 0
        self.saved_any = False
        self._leaving = False

    def compose(self) -> ComposeResult:
        """The meeting's fields, the item table and the selected item's fields."""
        yield TitleBar()
        with VerticalScroll(id="editor"):
            yield Label(t("hora.meeting"), classes="section")
            yield self._input(self.draft.title, "title", "hora.field.title")
            yield self._input(self.draft.purpose, "purpose", "hora.field.purpose")
            yield self._input(self.draft.outcome, "outcome", "hora.field.outcome")
            yield Label(t("hora.items"), classes="section")
            yield DataTable(id="items", cursor_type="row", zebra_stripes=True)
            yield Label(t("hora.item"), classes="section")
            yield self._input("", "item-title", "hora.field.title")
            yield self._input("", "item-minutes", "hora.field.minutes", kind="integer")
            yield self._input("", "item-purpose", "hora.field.purpose")
            yield self._input("", "item-outcome", "hora.field.outcome")
            select: Select[ItemType] = Select(
                TYPE_OPTIONS, prompt=t("hora.no_type"), id="item-type"
            )
            select.border_title = t("hora.field.type")
            yield select
            yield Static(id="problems")
        yield KeyBar()

    @staticmethod
    def _input(value: str, id: str, label: str, kind: str = "text") -> FormInput:
        """A labelled one-line field (its label in the border)."""
        field = FormInput(value, id=id, type="integer" if kind == "integer" else "text")
        field.border_title = t(label)
        return field

    def on_mount(self) -> None:
        """Fill the item table and show the first item."""
        self.title = t("hora.title")
        table = self.query_one("#items", DataTable)
        table.add_columns(t("hora.col.nr"), t("hora.field.title"), "min", t("hora.field.type"))
        self._refill()
        self.query_one("#title", Input).focus()

    # -- the items ---------------------------------------------------------------------
    def _refill(self) -> None:
        """Rebuild the item table, put its cursor on the current item and show that item."""
        table = self.query_one("#items", DataTable)
        table.clear()
        for number, item in enumerate(self.items, start=1):
            table.add_row(*item_cells(number, item))
        table.move_cursor(row=self.current)
        self._show_item()

    def _show_item(self) -> None:
        """Put the current item's values into the item fields."""
        item = self.items[self.current]
        self.query_one("#item-title", Input).value = item.title
        self.query_one("#item-minutes", Input).value = str(item.minutes) if item.minutes else ""
        self.query_one("#item-purpose", Input).value = item.purpose
        self.query_one("#item-outcome", Input).value = item.outcome
        select: Select[ItemType] = self.query_one("#item-type", Select)
        select.value = item.item_type if item.item_type is not None else Select.NULL

    def _read_item(self) -> Sak:
        """The current item as its fields show it now (its origin in the file kept)."""
        minutes = self.query_one("#item-minutes", Input).value.strip()
        kind = self.query_one("#item-type", Select).value
        return replace(
            self.items[self.current],
            title=self.query_one("#item-title", Input).value,
            minutes=int(minutes) if minutes.isdigit() else 0,
            purpose=self.query_one("#item-purpose", Input).value,
            outcome=self.query_one("#item-outcome", Input).value,
            item_type=kind if isinstance(kind, ItemType) else None,
        )

    @on(Input.Changed, ", ".join(_ITEM_FIELDS))
    @on(Select.Changed, "#item-type")
    def item_changed(self) -> None:
        """An item field changed: keep it, and update its row."""
        item = self._read_item()
        if item == self.items[self.current]:
            return
        self.items[self.current] = item
        table = self.query_one("#items", DataTable)
        for column, cell in enumerate(item_cells(self.current + 1, item)):
            table.update_cell_at(Coordinate(self.current, column), cell)

    @on(DataTable.RowHighlighted, "#items")
    def item_highlighted(self, event: DataTable.RowHighlighted) -> None:
        """Another item chosen in the table: show it in the item fields."""
        row = event.cursor_row
        if 0 <= row < len(self.items) and row != self.current:
            self.current = row
            self._show_item()

    def action_add_item(self) -> None:
        """F2: a new item below the current one."""
        self.items.insert(self.current + 1, Sak(self._new_title(), 10))
        self.current += 1
        self._refill()
        self.query_one("#item-title", Input).focus()

    def _new_title(self) -> str:
        """`Ny sak`, or `Ny sak 2`... when that title is taken."""
        taken = {item.title.casefold() for item in self.items}
        base, number = t("hora.new_item"), 2
        title = base
        while title.casefold() in taken:
            title, number = f"{base} {number}", number + 1
        return title

    def action_remove_item(self) -> None:
        """F3: remove the current item (a saksliste keeps at least one)."""
        if len(self.items) > 1:
            del self.items[self.current]
            self.current = min(self.current, len(self.items) - 1)
            self._refill()

    def action_move(self, offset: int) -> None:
        """F5 / F6: move the current item up or down."""
        target = self.current + offset
        if 0 <= target < len(self.items):
            items = self.items
            items[self.current], items[target] = items[target], items[self.current]
            self.current = target
            self._refill()

    # -- saving and leaving -------------------------------------------------------------
    def current_draft(self) -> Saksliste:
        """The saksliste as the screen shows it now."""
        return Saksliste(
            id=self.draft.id,
            title=self.query_one("#title", Input).value,
            purpose=self.query_one("#purpose", Input).value,
            outcome=self.query_one("#outcome", Input).value,
            items=tuple(self.items),
        )

    def action_save(self) -> None:
        """Ctrl+S: check the saksliste, then write it in a worker (problems are shown)."""
        draft = self.current_draft()
        problems = check_saksliste(draft)
        self.query_one("#problems", Static).update(problem_text(problems))
        if not problems:
            self._save(draft)

    @work(thread=True, exclusive=True, group="save")
    def _save(self, draft: Saksliste) -> None:
        """Thread: give a new saksliste its id, write the file, read it back."""
        try:
            if self.original is None:
                taken = taken_ids(self.folder, self.known)
                draft = replace(draft, id=agenda_id_for(draft.title, taken))
            result = save_saksliste(draft, self.folder, self.original, self.saved)
            reread = read_saksliste(result.path) if result.ok else None
        except (StoreError, AgendaError, OSError) as error:
            self.post_message(SakslisteFailed(str(error)))
            return
        self.post_message(SakslisteSaved(result, reread))

    def on_saksliste_saved(self, message: SakslisteSaved) -> None:
        """Saved: the editor now edits that file; or show why the file was refused."""
        self.query_one("#problems", Static).update(file_problem_text(message.result))
        if message.reread is None:
            return
        self.original, self.draft, self.saved = message.result.path, message.reread, message.reread
        self.items = list(message.reread.items)
        self.current = min(self.current, len(self.items) - 1)
        self.saved_any = True
        self._leaving = False
        self._refill()
        self.notify(t("hora.saved", path=message.result.path), markup=False)

    def on_saksliste_failed(self, message: SakslisteFailed) -> None:
        """Could not write: say why; the editor keeps everything."""
        text = Text(t("hora.failed", reason=message.reason), style="bold red")
        self.query_one("#problems", Static).update(text)
        self.notify(t("hora.failed", reason=message.reason), severity="error", markup=False)

    def action_back(self) -> None:
        """Esc: back to Home; with unsaved changes only on the second Esc."""
        unsaved = self.saved is None or self.current_draft() != self.saved
        if unsaved and not self._leaving:
            self._leaving = True
            self.notify(t("hora.unsaved"), severity="warning", markup=False)
            return
        self.dismiss(self.saved_any)
