"""The checklist before or after a meeting: the method's framing (before), the items to tick,
and a note below them (after a Starte meeting: where the suggested e-mail is, and its text).

Attributes down: the items and texts come in; each change of the ticks is handed to
`on_change` (the Run screen queues its write in the meeting's outbox).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.widgets import Label, SelectionList, Static
from textual.widgets.selection_list import Selection

from store.checklists import ChecklistItem
from tui.i18n import t
from tui.screens.dialogs import Dialog
from tui.widgets.guide_panel import framing_text


class ChecklistDialog(Dialog[None]):
    """One checklist with its ticks; Space or Enter ticks an item, Esc closes."""

    BINDINGS = [Binding("escape", "dismiss(None)", t("key.close"))]

    def __init__(
        self,
        title: str,
        items: Sequence[ChecklistItem],
        on_change: Callable[[frozenset[str]], None],
        *,
        framing: Sequence[str] = (),
        notes: Sequence[str] = (),
    ) -> None:
        super().__init__()
        self.heading = title
        self.items = tuple(items)
        self.on_change = on_change
        self.framing = tuple(framing)
        self.notes = tuple(notes)
        self.ticked = frozenset(item.key for item in self.items if item.done)

    def compose(self) -> ComposeResult:
        """Title, framing, the items, the progress line, notes and the keys."""
        with Vertical(classes="dialog form checklist"):
            yield Label(Text(self.heading), classes="dialog-title")
            with VerticalScroll(classes="dialog-body"):
                if self.framing:
                    yield Label(t("checklist.framing_title"), classes="checklist-part")
                    yield Static(framing_text(self.framing), id="framing", classes="framing")
                if self.items:
                    yield SelectionList[str](
                        *[Selection(Text(i.text), i.key, i.done) for i in self.items],
                        id="checklist",
                    )
                    yield Label(self._progress(), id="checklist-progress")
                else:
                    yield Label(t("checklist.empty"))
                for note in self.notes:
                    yield Static(Text(note), classes="checklist-note")
            yield Label(t("checklist.help"), classes="checklist-help")

    def on_mount(self) -> None:
        """Start on the first item."""
        for found in self.query("#checklist"):
            found.focus()

    def _progress(self) -> Text:
        done = len(self.ticked)
        return Text(t("checklist.progress", done=done, total=len(self.items)))

    def on_selection_list_selected_changed(self, event: SelectionList.SelectedChanged[str]) -> None:
        """An item was ticked or unticked: hand the new ticks up and update the count."""
        ticked = frozenset(event.selection_list.selected)
        if ticked == self.ticked:
            return
        self.ticked = ticked
        self.query_one("#checklist-progress", Label).update(self._progress())
        self.on_change(ticked)
