"""The opening review: open tiltak from earlier meetings in the chain, followed up in turn."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import Label, OptionList
from textual.widgets.option_list import Option

from agendas.model import NoteKind
from store.clock import format_date
from store.model import Note, NoteStatus, Session
from store.tiltak_status import is_overdue
from tui.i18n import t
from tui.screens.dialogs import Dialog
from tui.views import effect_label, iglo_label, kind_label, status_label

STATUS_CYCLE = tuple(NoteStatus)
#: A parked item: parked → taken up now → moved on to the next meeting → dropped.
PARKING_CYCLE = (
    NoteStatus.IKKE_STARTET,
    NoteStatus.GJENNOMFORT,
    NoteStatus.PABEGYNT,
    NoteStatus.FORKASTET,
)


def parking_label(status: NoteStatus) -> str:
    """What became of a parked item ("tatt opp" / "taken up")."""
    return t(f"parking.status.{status.name.lower()}")


#: What the review returns: note id -> (its session, the changed follow-up fields).
FollowUps = dict[str, tuple[str, dict[str, object]]]


def action_line(session: Session, note: Note, today: dt.date | None = None) -> Text:
    """`[påbegynt] Kurs i forflytning – ledelse – Avdelingsleder – frist 15.12.2026 forfalt
    – effekt: delvis (Statusmøte)`."""
    if note.kind is NoteKind.PARKERING:
        line = Text(f"[{parking_label(note.status)}] ", style="bold magenta")
        line.append(f"{kind_label(note.kind)}: ", style="magenta")
        line.append(note.text)
        line.append(f"  ({session.title})", style="italic dim")
        return line
    line = Text(f"[{status_label(note.status)}] ", style="bold")
    line.append(note.text)
    details = [
        iglo_label(note.iglo, none=""),
        note.ansvarlig,
        f"frist {format_date(note.frist)}" if note.frist else "",
        f"{t('col.effect').lower()}: {effect_label(note.effect)}" if note.effect else "",
    ]
    extra = " – ".join(d for d in details if d)
    if extra:
        line.append(f" – {extra}", style="dim")
    if today is not None and is_overdue(note, today):
        line.append(f" {t('tiltak.overdue')}", style="bold red")
    line.append(f"  ({session.title})", style="italic dim")
    return line


class ReviewDialog(Dialog[FollowUps]):
    """Space cycles a tiltak's status, Enter asks the whole follow-up (effect, next review);
    Esc closes with the changes."""

    BINDINGS = [
        Binding("space", "cycle", t("review.cycle")),
        Binding("escape", "close", t("key.close")),
    ]

    def __init__(self, actions: list[tuple[Session, Note]], today: dt.date | None = None) -> None:
        super().__init__()
        self.actions = actions
        self.today = today
        self.changes: FollowUps = {}

    def compose(self) -> ComposeResult:
        """Title, explanation and the list."""
        with Vertical(classes="dialog review"):
            yield Label(t("review.title"), classes="dialog-title")
            yield Label(t("review.help"))
            lines = [Option(action_line(s, n, self.today)) for s, n in self.actions]
            yield OptionList(*lines)

    def on_mount(self) -> None:
        """Focus the first tiltak."""
        options = self.query_one(OptionList)
        options.highlighted = 0
        options.focus()

    def action_cycle(self) -> None:
        """Space: the next status (ikke startet → påbegynt → gjennomført → forkastet)."""
        index = self.query_one(OptionList).highlighted
        if index is None:
            return
        note = self.actions[index][1]
        cycle = PARKING_CYCLE if note.kind is NoteKind.PARKERING else STATUS_CYCLE
        self._change(index, {"status": cycle[(cycle.index(note.status) + 1) % len(cycle)]})

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        """Enter: the follow-up form (status, effect, next review) of that tiltak."""
        from tui.screens.follow_up import FollowUpDialog

        index = event.option_index
        session, note = self.actions[index]
        if note.kind is NoteKind.PARKERING:
            self.action_cycle()  # a parked item has no effect to ask about
            return

        def answered(changes: dict[str, object] | None) -> None:
            if changes:
                self._change(index, changes)

        meeting = f"{session.title} ({format_date(session.date)})"
        self.app.push_screen(FollowUpDialog(note, meeting), answered)

    def _change(self, index: int, changes: dict[str, object]) -> None:
        """Show the changed tiltak and keep its changes for the close."""
        session, note = self.actions[index]
        updated = replace(note, **changes)  # type: ignore[arg-type]
        self.actions[index] = (session, updated)
        earlier = self.changes.get(note.id, (session.id, {}))[1]
        self.changes[note.id] = (session.id, {**earlier, **changes})
        line = action_line(session, updated, self.today)
        self.query_one(OptionList).replace_option_prompt_at_index(index, line)

    def action_close(self) -> None:
        """Close with the follow-ups."""
        self.dismiss(self.changes)
