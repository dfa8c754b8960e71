"""Note changes inside one session file: add, edit, soft delete and undo, with a history table.

Every change records the note's previous version in ``history`` so undo can restore it;
nothing is ever removed. Each function works on an open TinyDB and is idempotent on retry.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import MutableMapping
from typing import Any, cast

from tinydb import TinyDB
from tinydb.table import Document, Table

from agendas.model import IgloLevel, NoteKind
from store.codec import Doc, note_from_doc, note_to_doc, time_to_str
from store.errors import InvalidInput
from store.model import EDITABLE_NOTE_FIELDS, Note, NoteStatus

NOTES = "notes"
HISTORY = "history"


class NotesTable(Table):
    """The notes table, keyed by note id, so finding a note is a lookup, not a scan."""

    document_id_class = str  # type: ignore[assignment]

    def by_id(self, note_id: str) -> Doc | None:
        """The stored document of this note, or None."""
        found = self.get(doc_id=cast(Any, note_id))
        return None if found is None else dict(found)

    def put(self, note_id: str, doc: Doc) -> None:
        """Store a new note document under its id."""
        self.insert(Document(doc, doc_id=cast(Any, note_id)))

    def replace(self, note_id: str, doc: Doc) -> None:
        """Replace a stored note's whole document (fields left out return to their defaults)."""

        def transform(stored: MutableMapping[str, Any]) -> None:
            stored.clear()
            stored.update(doc)

        self.update(transform, doc_ids=[cast(Any, note_id)])


def notes_table(db: TinyDB) -> NotesTable:
    """The session file's notes table."""
    return NotesTable(db.storage, NOTES)


def _find(db: TinyDB, note_id: str) -> tuple[str, Doc] | None:
    found = notes_table(db).by_id(note_id)
    return None if found is None else (note_id, found)


def _record(db: TinyDB, op: str, note_id: str, before: Doc | None, at: dt.datetime) -> None:
    entry: Doc = {"op": op, "note": note_id, "at": time_to_str(at)}
    if before is not None:
        entry["before"] = before
    db.table(HISTORY).insert(entry)


def find_note(db: TinyDB, note_id: str) -> Note | None:
    """The stored note with this id, or None."""
    found = _find(db, note_id)
    return None if found is None else note_from_doc(found[1])


def insert_note(db: TinyDB, note: Note) -> Note:
    """Add a note; adding an id that already exists returns the stored note unchanged."""
    existing = find_note(db, note.id)
    if existing is not None:
        return existing
    notes_table(db).put(note.id, note_to_doc(note))
    _record(db, "add", note.id, None, note.created)
    return note


def normalize_changes(changes: dict[str, Any]) -> dict[str, Any]:
    """Check the field names and coerce strings to the enums/dates a Note holds."""
    unknown = set(changes) - EDITABLE_NOTE_FIELDS
    if unknown:
        raise InvalidInput(f"cannot change note field(s): {', '.join(sorted(unknown))}")
    result = dict(changes)
    try:
        if "kind" in result:
            result["kind"] = NoteKind(result["kind"])
        if result.get("iglo") is not None:
            result["iglo"] = IgloLevel(result["iglo"])
        if "status" in result:
            result["status"] = NoteStatus(result["status"])
        if isinstance(result.get("frist"), str):
            result["frist"] = dt.date.fromisoformat(result["frist"])
    except ValueError as error:
        raise InvalidInput(str(error)) from error
    return result


def edit_note(db: TinyDB, note_id: str, changes: dict[str, Any], at: dt.datetime) -> Note | None:
    """Apply changes (recording the previous version); None when the note does not exist.

    Changes that leave every field as it is are a no-op, so a retried edit is harmless.
    """
    found = _find(db, note_id)
    if found is None:
        return None
    doc_id, before = found
    old = note_from_doc(before)
    if all(getattr(old, name) == value for name, value in changes.items()):
        return old
    new = dataclasses.replace(old, **changes, edited=at)
    notes_table(db).replace(doc_id, note_to_doc(new))
    _record(db, "edit", note_id, before, at)
    return new


def soft_delete(db: TinyDB, note_id: str, at: dt.datetime) -> Note | None:
    """Mark a note deleted (it stays stored); None when the note does not exist."""
    found = _find(db, note_id)
    if found is None:
        return None
    doc_id, before = found
    old = note_from_doc(before)
    if old.deleted:
        return old
    notes_table(db).replace(doc_id, {**before, "deleted": True})
    _record(db, "delete", note_id, before, at)
    return dataclasses.replace(old, deleted=True)


def undo_last(db: TinyDB, at: dt.datetime) -> Note | None:
    """Undo the latest add, edit or delete not yet undone; None when there is nothing to undo.

    Undoing an add soft-deletes the note; undoing an edit restores the previous version;
    undoing a delete brings the note back. The undo itself is recorded too.
    """
    history = db.table(HISTORY)
    entries = sorted(history.all(), key=lambda doc: doc.doc_id, reverse=True)
    entry = next((e for e in entries if e["op"] != "undo" and not e.get("undone")), None)
    if entry is None:
        return None
    found = _find(db, entry["note"])
    if found is None:
        history.update({"undone": True}, doc_ids=[entry.doc_id])
        return None
    doc_id, current = found
    if entry["op"] == "add":
        restored = {**current, "deleted": True}
    elif entry["op"] == "edit":
        restored = dict(entry["before"])
    else:
        restored = {key: value for key, value in current.items() if key != "deleted"}
    notes_table(db).replace(doc_id, restored)
    history.update({"undone": True}, doc_ids=[entry.doc_id])
    history.insert(
        {
            "op": "undo",
            "note": entry["note"],
            "before": current,
            "at": time_to_str(at),
            "undone": False,
            "undoes": entry.doc_id,
        }
    )
    return note_from_doc(restored)
