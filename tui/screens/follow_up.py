"""The follow-up form of one tiltak: was it carried out, did it have an effect, next review."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical, VerticalScroll
from textual.widgets import Input, Label, Select

from store.clock import format_date, local_zone
from store.model import Effect, Note, NoteStatus
from tui.i18n import t
from tui.screens.dialogs import FieldError, FormDialog, dialog_footer, parse_date, show_error
from tui.views import effect_label, status_label
from tui.widgets.form_input import FormInput


def history_lines(note: Note) -> list[str]:
    """The tiltak's earlier follow-ups, newest first: `12.03.2027: gjennomført · delvis`."""
    lines = []
    for entry in reversed(note.history):
        parts = [status_label(entry.status)]
        if entry.effect is not None:
            parts.append(effect_label(entry.effect))
        if entry.effect_note:
            parts.append(entry.effect_note)
        day = entry.at.astimezone(local_zone()).date()
        lines.append(f"{format_date(day)}: {' · '.join(parts)}")
    return lines


class FollowUpDialog(FormDialog[dict[str, object]]):
    """Ask the two review questions of a tiltak and its next review date; dismiss with the
    changed answers, ready for SessionStore.update_note (which dates them in its history)."""

    def __init__(self, note: Note, meeting: str) -> None:
        super().__init__()
        self.note = note
        self.meeting = meeting

    def compose(self) -> ComposeResult:
        """The tiltak, the questions, and what was answered before."""
        note = self.note
        with Vertical(classes="dialog form"):
            yield Label(t("followup.title"), classes="dialog-title")
            with VerticalScroll(classes="dialog-body"):
                yield Label(Text(note.text), classes="quote")
                yield Label(Text(self.meeting), classes="help-entry")
                yield Label(t("followup.status"))
                statuses = [(status_label(s), s) for s in NoteStatus]
                yield Select(statuses, value=note.status, id="status", allow_blank=False)
                yield Label(t("followup.effect"))
                yield Select(
                    [(effect_label(e), e) for e in Effect],
                    value=note.effect or Select.NULL,
                    id="effect",
                    allow_blank=True,
                    prompt=effect_label(None),
                )
                yield Label(t("followup.effect_note"))
                yield FormInput(note.effect_note, id="effect-note")
                yield Label(t("followup.review_on"))
                review = note.review_on.isoformat() if note.review_on else ""
                yield FormInput(review, id="review-on", placeholder="2027-03-01")
                earlier = history_lines(note)
                if earlier:
                    yield Label(t("followup.history"), classes="dialog-title")
                    yield Label(Text("\n".join(earlier)))
            yield from dialog_footer("save", t("followup.save"), "followup-error")

    def on_mount(self) -> None:
        """Start at the status."""
        self.query_one("#status").focus()

    def action_submit(self) -> None:
        """Check the date and dismiss with the answers that changed (nothing: no changes)."""
        status = self.query_one("#status", Select).value
        effect = self.query_one("#effect", Select).value
        review = self.query_one("#review-on", Input).value.strip()
        try:
            review_on = parse_date(review) if review else None
        except FieldError as error:
            label = self.query_one("#followup-error", Label)
            show_error(label, str(error), self.query_one("#review-on"))
            return
        answers: dict[str, object] = {
            "status": status if isinstance(status, NoteStatus) else self.note.status,
            "effect": effect if isinstance(effect, Effect) else None,
            "effect_note": self.query_one("#effect-note", Input).value.strip(),
            "review_on": review_on,
        }
        self.dismiss({k: v for k, v in answers.items() if getattr(self.note, k) != v})
