"""The tiltak and ranking dialog: IGLO level, ansvarlig, ressurser, frist, status, rank."""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical, VerticalScroll
from textual.widgets import Input, Label, Select

from agendas.model import IgloLevel, NoteKind
from store.model import Note, NoteStatus
from tui.i18n import t
from tui.screens.dialogs import FieldError, FormDialog, dialog_footer, parse_date, show_error
from tui.views import kind_label, status_label
from tui.widgets.form_input import FormInput


def parse_rank(text: str) -> int | None:
    """A rank of 1 or more (1 = most important), or None when blank; raises FieldError."""
    if not text.strip():
        return None
    try:
        rank = int(text)
    except ValueError:
        rank = 0
    if rank < 1:
        raise FieldError(t("details.bad_rank"))
    return rank


@dataclass(frozen=True, slots=True)
class NoteDetails:
    """The fields the dialog edits, ready for Meeting.update_note(**changes)."""

    changes: dict[str, object]


class NoteDetailsDialog(FormDialog[NoteDetails]):
    """Edit a note's tiltak fields (IGLO, ansvarlig, ressurser, frist, status) and rank."""

    def __init__(self, note: Note) -> None:
        super().__init__()
        self.note = note

    def compose(self) -> ComposeResult:
        """The fields for this note's kind."""
        note = self.note
        with Vertical(classes="dialog form"):
            yield Label(Text(self._title()), classes="dialog-title")
            with VerticalScroll(classes="dialog-body"):
                yield Label(Text(note.text), classes="quote")
                if note.kind is NoteKind.TILTAK:
                    yield Label(t("details.iglo"))
                    yield Select(
                        [(level.value.capitalize(), level) for level in IgloLevel],
                        value=note.iglo or Select.NULL,
                        id="iglo",
                        allow_blank=True,
                        prompt=t("details.iglo_none"),
                    )
                    yield Label(t("details.ansvarlig"))
                    yield FormInput(note.ansvarlig, id="ansvarlig")
                    yield Label(t("details.ressurser"))
                    yield FormInput(note.ressurser, id="ressurser")
                    yield Label(t("details.frist"))
                    yield FormInput(
                        note.frist.isoformat() if note.frist else "",
                        id="frist",
                        placeholder="2026-12-31",
                    )
                    yield Label(t("details.status"))
                    yield Select(
                        [(status_label(s), s) for s in NoteStatus],
                        value=note.status,
                        id="status",
                        allow_blank=False,
                    )
                yield Label(t("details.rank"))
                rank = "" if note.rank is None else str(note.rank)
                yield FormInput(rank, id="rank", type="integer")
            yield from dialog_footer("save", t("details.save"), "details-error")

    def _title(self) -> str:
        """`Tiltak og rangering` for a tiltak, else `Rangering av ønske` (what the dialog edits)."""
        if self.note.kind is NoteKind.TILTAK:
            return t("details.title")
        return t("details.rank_title", kind=kind_label(self.note.kind))

    def on_mount(self) -> None:
        """Start in the first field (IGLO level for a tiltak, else the rank)."""
        first = "#iglo" if self.note.kind is NoteKind.TILTAK else "#rank"
        self.query_one(first).focus()

    def _refuse(self, field: str, message: str) -> None:
        """Show the problem in the footer and put the cursor in the field to fix."""
        show_error(self.query_one("#details-error", Label), message, self.query_one(f"#{field}"))

    def action_submit(self) -> None:
        """Validate and dismiss with the changes."""
        changes: dict[str, object] = {}
        rank = self.query_one("#rank", Input).value.strip()
        try:
            changes["rank"] = parse_rank(rank)
        except FieldError as error:
            self._refuse("rank", str(error))
            return
        if self.note.kind is NoteKind.TILTAK:
            iglo = self.query_one("#iglo", Select).value
            changes["iglo"] = iglo if isinstance(iglo, IgloLevel) else None
            changes["ansvarlig"] = self.query_one("#ansvarlig", Input).value.strip()
            changes["ressurser"] = self.query_one("#ressurser", Input).value.strip()
            status = self.query_one("#status", Select).value
            changes["status"] = (
                status if isinstance(status, NoteStatus) else NoteStatus.IKKE_STARTET
            )
            frist = self.query_one("#frist", Input).value.strip()
            try:
                changes["frist"] = parse_date(frist) if frist else None
            except FieldError as error:
                self._refuse("frist", str(error))
                return
        self.dismiss(NoteDetails(changes))
