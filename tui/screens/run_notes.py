"""The Run screen's note pane: lines from the note field become notes, edits, kind and group
changes; the note list's delete/edit/details; one undo and redo; the draft kept with the
session so a crash loses nothing typed."""

from __future__ import annotations

from typing import TYPE_CHECKING

from agendas.model import NoteKind
from store.factors import factor_choices, meeting_factors, parse_note_line
from store.note_entry import PLENUM
from tui.i18n import t
from tui.views import KIND_ORDER, group_label, kind_label, note_text
from tui.widgets.note_list import NoteList

if TYPE_CHECKING:
    from textual.timer import Timer

    from tui.screens.run import RunScreen

NOTE_LIST_LIMIT = 50
#: How long the field must rest before its text is kept as the session's draft.
DRAFT_SECONDS = 1.0


class NoteDesk:
    """What the note field and the note list do with the meeting's notes."""

    def __init__(self, screen: RunScreen) -> None:
        self.screen = screen
        self.meeting = screen.meeting
        self.kind: NoteKind | None = None
        groups = screen.meeting.session.groups
        self.group: int | None = 1 if groups > 1 else None
        self._group_work_group = self.group  # the group to come back to in group work
        self.editing: str | None = None
        self._draft = screen.meeting.draft(screen.seat)
        self._draft_timer: Timer | None = None

    def step_changed(self, step: int) -> None:
        """A new step: plenum where the agenda has no group work, else the last group used."""
        if self.meeting.agenda.steps[step].group_work is None:
            if self.group is not None:
                self._group_work_group = self.group
            self.group = None
        elif self.group is None and self.meeting.session.groups > 1:
            self.group = self._group_work_group or 1

    # -- reading a line -----------------------------------------------------------------
    def refusal(self, line: str) -> str | None:
        """Why the meeting cannot take this line (an unknown group), or None when it can."""
        groups = self.meeting.session.groups
        factors = meeting_factors(self.meeting.session)
        entry, pick = parse_note_line(line, groups, factors)
        if entry.unknown_group is not None:
            return t("run.no_group", n=entry.unknown_group, count=groups)
        if pick is not None and pick.unknown is not None:
            return t("run.no_factor", token=pick.unknown, factors=factor_choices(factors))
        return None

    def default_kind(self) -> NoteKind:
        """The kind a plain note gets: the chosen kind, else the step's first target kind."""
        if self.kind is not None:
            return self.kind
        targets = self.meeting.agenda.steps[self.screen.step].targets
        return targets[0].kind if targets else NoteKind.NOTAT

    def entered(self, line: str) -> None:
        """A finished line: change the field's kind or group, save a note, or save an edit."""
        factors = meeting_factors(self.meeting.session)
        entry, pick = parse_note_line(line, self.meeting.session.groups, factors)
        factor = None if pick is None else pick.factor
        group = None if entry.group in (None, PLENUM) else entry.group
        if self.editing is not None:
            if entry.text:
                self._save_edit(
                    self.editing, entry.text, entry.kind, entry.group, group, factor=factor
                )
            self.redraw()
            return
        if entry.group is not None:
            self.group = group
        if entry.kind is not None and not entry.text:
            self.kind = entry.kind
        if not entry.text:
            self.redraw()
            return
        kind = entry.kind or self.default_kind()
        note = self.meeting.add_note(
            kind, entry.text, self.screen.step, self.group, factor=factor or ""
        )
        self._saved()
        if note.kind is NoteKind.TILTAK:
            self.open_details(note.id)

    def _save_edit(
        self,
        note_id: str,
        text: str,
        kind: NoteKind | None,
        named: int | None,
        group: int | None,
        *,
        factor: str | None = None,
    ) -> None:
        """An edit changes only the note: its text, and the kind, group and factor it names."""
        changes: dict[str, object] = {"text": text}
        if factor is not None:
            changes["factor"] = factor
        if kind is not None:
            changes["kind"] = kind
        if named is not None:
            changes["group"] = group
        self.meeting.update_note(note_id, **changes)
        self.editing = None
        self._saved()

    def _saved(self) -> None:
        """A note changed: redraw now, write one frame later so typing never waits on disk."""
        if self._draft_timer is not None:
            self._draft_timer.stop()
            self._draft_timer = None
        if self._draft:
            self._draft = ""
            self.meeting.save_draft(self.screen.seat, "")
        self.redraw()
        self.screen.dashboard.refresh_step_detail()
        self.screen.call_after_refresh(self.screen.persist)

    # -- showing ------------------------------------------------------------------------
    def redraw(self) -> None:
        """The step's notes, newest first, and the field's kind and group (while editing,
        the edited note's own)."""
        meeting, screen = self.meeting, self.screen
        notes = meeting.step_notes(screen.step)
        # Mark unsaved notes only while saving fails (not in the frame before a save).
        unsaved = meeting.unsaved_note_ids() if meeting.last_error else set()
        lines = [(n.id, note_text(n, n.id in unsaved)) for n in notes[:NOTE_LIST_LIMIT]]
        older = len(notes) - NOTE_LIST_LIMIT
        hidden = t("run.older_notes", count=older) if older > 0 else ""
        screen.query_one(NoteList).show(lines, t("run.no_notes"), hidden)
        field = screen.field
        edited = meeting.notes.get(self.editing) if self.editing else None
        if edited is not None:
            field.border_title = f"{kind_label(edited.kind)} · {group_label(edited.group)}"
            field.border_subtitle = t("run.editing")
        else:
            field.border_title = f"{kind_label(self.default_kind())} · {group_label(self.group)}"
            field.border_subtitle = ""

    # -- the note list --------------------------------------------------------------------
    def note_action(self, action: str, note_id: str) -> None:
        """Delete, edit or open the details of a note from the list."""
        if action == "delete":
            self.meeting.delete_note(note_id)
            self.screen.notify(t("run.deleted"), markup=False)
            self._changed()
        elif action == "edit":
            self.editing = note_id
            field = self.screen.field
            field.value = self.meeting.notes[note_id].text
            field.focus()
            self.redraw()
        else:
            self.open_details(note_id)

    def open_details(self, note_id: str) -> None:
        """Open the tiltak/rank dialog for a note."""
        from tui.screens.note_details import NoteDetails, NoteDetailsDialog

        def apply(result: NoteDetails | None) -> None:
            if result is not None:
                self.meeting.update_note(note_id, **result.changes)
                self._changed()
            self.screen.field.focus()

        self.screen.app.push_screen(NoteDetailsDialog(self.meeting.notes[note_id]), apply)

    def _changed(self) -> None:
        """Redraw after a change from the list or an undo, and write it."""
        self.redraw()
        self.screen.dashboard.refresh_step_detail()
        self.screen.persist()

    def cancel_edit(self) -> None:
        """Esc: stop editing and return to the note field."""
        if self.editing:
            self.editing = None
            self.screen.field.clear()
            self.redraw()
        self.screen.field.focus()

    def undo(self) -> None:
        """Undo this seat's last note change and say which note it was."""
        change = self.meeting.undo()
        if change is None:
            self.screen.notify(t("run.nothing_to_undo"), markup=False)
            return
        self.screen.notify(t("run.undone_note", text=change.text), markup=False)
        self._changed()

    def redo(self) -> None:
        """Do again what the last undo took back."""
        change = self.meeting.redo()
        if change is None:
            self.screen.notify(t("run.nothing_to_redo"), markup=False)
            return
        self.screen.notify(t("run.redone_note", text=change.text), markup=False)
        self._changed()

    def cycle_kind(self) -> None:
        """Choose the next note kind for new notes."""
        index = KIND_ORDER.index(self.default_kind())
        self.kind = KIND_ORDER[(index + 1) % len(KIND_ORDER)]
        self.redraw()

    def cycle_group(self) -> None:
        """Choose the next group (after the last group comes plenum)."""
        groups = self.meeting.session.groups
        if self.group is None:
            self.group = 1
        elif self.group >= groups:
            self.group = None
        else:
            self.group += 1
        self.redraw()

    def toggle_focus(self) -> None:
        """Move focus between the note field and the note list."""
        note_list = self.screen.query_one(NoteList)
        if note_list.has_focus:
            self.screen.field.focus()
        else:
            note_list.focus()
            if note_list.highlighted is None and note_list.option_count:
                note_list.highlighted = 0

    # -- the draft ------------------------------------------------------------------------
    def offer_draft(self) -> None:
        """On resume: put back the note this seat was typing when the app stopped."""
        if self._draft and not self.screen.field.value:
            self.screen.field.value = self._draft
            self.screen.notify(t("run.draft_back"), markup=False)

    def draft_changed(self, text: str) -> None:
        """Keep the field's text with the session once typing rests (never while editing)."""
        if self.editing is not None or text == self._draft:
            return
        if self._draft_timer is not None:
            self._draft_timer.stop()
        self._draft_timer = self.screen.set_timer(DRAFT_SECONDS, self._keep_draft)

    def _keep_draft(self) -> None:
        """Queue the draft write (the timer fired; not on a screen that is leaving, as when a
        new round replaces it and its field is gone)."""
        self._draft_timer = None
        if not self.screen.query("#note-input"):
            return
        text = self.screen.field.value if self.editing is None else self._draft
        if text != self._draft:
            self._draft = text
            self.meeting.save_draft(self.screen.seat, text)
            self.screen.persist()
