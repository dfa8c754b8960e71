"""The tiltak and ranking dialog: IGLO level, ansvarlig, ressurser, frist, status, rank."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, Select

from agendas.model import IgloLevel, NoteKind
from store.model import Note, NoteStatus
from tui.i18n import t


@dataclass(frozen=True, slots=True)
class NoteDetails:
    """The fields the dialog edits, ready for Meeting.update_note(**changes)."""

    changes: dict[str, object]


class NoteDetailsDialog(ModalScreen[NoteDetails | None]):
    """Edit a note's tiltak fields (IGLO, ansvarlig, ressurser, frist, status) and rank."""

    BINDINGS = [Binding("escape", "dismiss(None)", t("key.close"))]

    def __init__(self, note: Note) -> None:
        super().__init__()
        self.note = note

    def compose(self) -> ComposeResult:
        """The fields for this note's kind."""
        note = self.note
        with VerticalScroll(classes="dialog"):
            yield Label(t("details.title"), classes="dialog-title")
            yield Label(Text(note.text), classes="quote")
            if note.kind is NoteKind.TILTAK:
                yield Label(t("details.iglo"))
                yield Select(
                    [(level.value.capitalize(), level) for level in IgloLevel],
                    value=note.iglo or Select.NULL,
                    id="iglo",
                    allow_blank=True,
                )
                yield Label(t("details.ansvarlig"))
                yield Input(note.ansvarlig, id="ansvarlig")
                yield Label(t("details.ressurser"))
                yield Input(note.ressurser, id="ressurser")
                yield Label(t("details.frist"))
                yield Input(
                    note.frist.isoformat() if note.frist else "",
                    id="frist",
                    placeholder="2026-12-31",
                )
                yield Label(t("details.status"))
                yield Select(
                    [(s.value, s) for s in NoteStatus],
                    value=note.status,
                    id="status",
                    allow_blank=False,
                )
            yield Label(t("details.rank"))
            yield Input("" if note.rank is None else str(note.rank), id="rank", type="integer")
            yield Label("", id="details-error", classes="error")
            with Horizontal(classes="buttons"):
                yield Button(t("details.save"), variant="primary", id="save")
                yield Button(t("new.cancel"), id="cancel")

    def on_button_pressed(self, event: Button.Pressed) -> None:
        """Save or cancel."""
        if event.button.id == "cancel":
            self.dismiss(None)
            return
        self.action_save()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        """Enter in any field saves."""
        event.stop()
        self.action_save()

    def action_save(self) -> None:
        """Validate and dismiss with the changes."""
        changes: dict[str, object] = {}
        rank = self.query_one("#rank", Input).value.strip()
        changes["rank"] = int(rank) if rank else None
        if self.note.kind is NoteKind.TILTAK:
            iglo = self.query_one("#iglo", Select).value
            changes["iglo"] = iglo if isinstance(iglo, IgloLevel) else None
            changes["ansvarlig"] = self.query_one("#ansvarlig", Input).value.strip()
            changes["ressurser"] = self.query_one("#ressurser", Input).value.strip()
            status = self.query_one("#status", Select).value
            changes["status"] = status if isinstance(status, NoteStatus) else NoteStatus.APEN
            frist = self.query_one("#frist", Input).value.strip()
            try:
                changes["frist"] = dt.date.fromisoformat(frist) if frist else None
            except ValueError:
                self.query_one("#details-error", Label).update(t("new.bad_date"))
                return
        self.dismiss(NoteDetails(changes))
