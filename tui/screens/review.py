"""The opening review: open tiltak from earlier meetings in the chain, with their status."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import Label, OptionList
from textual.widgets.option_list import Option

from store.clock import format_date
from store.model import Note, NoteStatus, Session
from tui.i18n import t
from tui.screens.dialogs import Dialog

STATUS_CYCLE = (NoteStatus.IKKE_STARTET, NoteStatus.PABEGYNT, NoteStatus.GJENNOMFORT)


def action_line(session: Session, note: Note) -> Text:
    """`[pågår] Kurs i forflytning – ledelse – Avdelingsleder – frist 15.12.2026 (Statusmøte)`."""
    line = Text(f"[{note.status.value}] ", style="bold")
    line.append(note.text)
    details = [
        note.iglo.value if note.iglo else "",
        note.ansvarlig,
        f"frist {format_date(note.frist)}" if note.frist else "",
    ]
    extra = " – ".join(d for d in details if d)
    if extra:
        line.append(f" – {extra}", style="dim")
    line.append(f"  ({session.title})", style="italic dim")
    return line


class ReviewDialog(Dialog[dict[str, tuple[str, NoteStatus]]]):
    """Space cycles a tiltak's status; Esc closes with the changes {note id: (session, status)}."""

    BINDINGS = [
        Binding("space", "cycle", t("review.cycle")),
        Binding("escape", "close", t("key.close")),
    ]

    def __init__(self, actions: list[tuple[Session, Note]]) -> None:
        super().__init__()
        self.actions = actions
        self.changes: dict[str, tuple[str, NoteStatus]] = {}

    def compose(self) -> ComposeResult:
        """Title, explanation and the list."""
        with Vertical(classes="dialog review"):
            yield Label(t("review.title"), classes="dialog-title")
            yield Label(t("review.help"))
            yield OptionList(*[Option(action_line(s, n)) for s, n in self.actions])

    def on_mount(self) -> None:
        """Focus the first tiltak."""
        options = self.query_one(OptionList)
        options.highlighted = 0
        options.focus()

    def action_cycle(self) -> None:
        """åpen → pågår → ferdig → åpen for the highlighted tiltak."""
        options = self.query_one(OptionList)
        index = options.highlighted
        if index is None:
            return
        session, note = self.actions[index]
        status = STATUS_CYCLE[(STATUS_CYCLE.index(note.status) + 1) % len(STATUS_CYCLE)]
        from dataclasses import replace

        self.actions[index] = (session, replace(note, status=status))
        self.changes[note.id] = (session.id, status)
        options.replace_option_prompt_at_index(index, action_line(session, self.actions[index][1]))

    def action_close(self) -> None:
        """Close with the status changes."""
        self.dismiss(self.changes)
