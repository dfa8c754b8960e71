"""Note changes inside one session file: add, edit, soft delete and undo, with a history table.

Edits and deletes record the note's previous version in ``history`` so undo can restore it;
nothing is ever removed. Adds need no history entry: the notes table keeps them in the order
they were made, and each history entry remembers how many notes existed when it was made
(``n``), which orders adds against edits. Each function works on an open TinyDB and is
idempotent on retry.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, MutableMapping
from typing import Any, cast

from tinydb import TinyDB
from tinydb.table import Document, Table

from agendas.model import IgloLevel, NoteKind
from store.codec import Doc, note_from_doc, note_to_doc, time_to_str
from store.errors import InvalidInput
from store.model import EDITABLE_NOTE_FIELDS, Note, NoteStatus

NOTES = "notes"
HISTORY = "history"


class KeyedTable(Table):
    """A TinyDB table keyed by strings we choose, so a lookup is a dict access, not a scan."""

    document_id_class = str  # type: ignore[assignment]

    def _update_table(self, updater: Callable[[dict[Any, Any]], None]) -> None:
        """TinyDB's read-update-write, minus its key conversions (our keys are already str).

        TinyDB rebuilds the whole table twice per change to turn int ids into str and back;
        for string keys both are identities, so the table is updated in place instead.
        """
        tables = self._storage.read() or {}
        table = tables.setdefault(self.name, {})
        updater(table)
        self._storage.write(tables)
        self.clear_cache()

    def by_id(self, key: str) -> Doc | None:
        """The stored document under this key, or None."""
        found = self.get(doc_id=cast(Any, key))
        return None if found is None else dict(found)

    def put(self, key: str, doc: Doc) -> None:
        """Store a new document under its key."""
        self.insert(Document(doc, doc_id=cast(Any, key)))

    def replace(self, key: str, doc: Doc) -> None:
        """Replace a stored document whole (fields left out are gone)."""

        def transform(stored: MutableMapping[str, Any]) -> None:
            stored.clear()
            stored.update(doc)

        self.update(transform, doc_ids=[cast(Any, key)])

    def change(self, key: str, fields: Doc) -> None:
        """Set some fields of a stored document."""
        self.update(fields, doc_ids=[cast(Any, key)])


def notes_table(db: TinyDB) -> KeyedTable:
    """The session file's notes, keyed by note id."""
    return KeyedTable(db.storage, NOTES)


def history_table(db: TinyDB) -> KeyedTable:
    """The session file's change history, keyed by zero-padded sequence numbers."""
    return KeyedTable(db.storage, HISTORY)


def _append(history: KeyedTable, entry: Doc) -> str:
    number = len(history) + 1
    while history.contains(doc_id=cast(Any, f"{number:08d}")):
        number += 1
    key = f"{number:08d}"
    history.put(key, entry)
    return key


def _find(db: TinyDB, note_id: str) -> tuple[str, Doc] | None:
    found = notes_table(db).by_id(note_id)
    return None if found is None else (note_id, found)


def _record(db: TinyDB, op: str, note_id: str, before: Doc, at: dt.datetime, **extra: Any) -> None:
    notes = len(notes_table(db))
    entry: Doc = {"op": op, "note": note_id, "n": notes, "at": time_to_str(at), **extra}
    entry["before"] = before
    _append(history_table(db), entry)


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


def restore(db: TinyDB, note_id: str, at: dt.datetime) -> Note | None:
    """Bring a soft-deleted note back (recorded, so undo deletes it again); None if unknown."""
    found = _find(db, note_id)
    if found is None:
        return None
    doc_id, before = found
    old = note_from_doc(before)
    if not old.deleted:
        return old
    notes_table(db).replace(doc_id, {k: v for k, v in before.items() if k != "deleted"})
    _record(db, "restore", note_id, before, at)
    return dataclasses.replace(old, deleted=False)


def _last_undoable(db: TinyDB) -> tuple[str, Doc] | None:
    """The newest change not yet undone: ("add", note) or (history key, entry)."""
    history = history_table(db)
    entries = sorted(history.all(), key=lambda doc: str(doc.doc_id), reverse=True)
    undone_adds = {e["note"] for e in entries if e["op"] == "undo" and e.get("undoes") == "add"}
    change = next((e for e in entries if e["op"] != "undo" and not e.get("undone")), None)
    notes = list(notes_table(db).all())
    for position in range(len(notes), 0, -1):
        if change is not None and position <= int(change.get("n", 0)):
            break  # the edit or delete came after this add
        if notes[position - 1]["id"] not in undone_adds:
            return "add", dict(notes[position - 1])
    return None if change is None else (str(change.doc_id), dict(change))


def undo_last(db: TinyDB, at: dt.datetime) -> Note | None:
    """Undo the latest add, edit or delete not yet undone; None when there is nothing to undo.

    Undoing an add (or a restore) soft-deletes the note; undoing an edit restores the previous
    version; undoing a delete brings the note back. The undo itself is recorded too.
    """
    last = _last_undoable(db)
    if last is None:
        return None
    key, entry = last
    note_id = str(entry["id"] if key == "add" else entry["note"])
    found = _find(db, note_id)
    if found is None:  # a history entry about a note that is gone: skip it
        history_table(db).change(key, {"undone": True})
        return None
    doc_id, current = found
    if key == "add" or entry["op"] == "restore":
        restored = {**current, "deleted": True}
    elif entry["op"] == "edit":
        restored = dict(entry["before"])
    else:
        restored = {name: value for name, value in current.items() if name != "deleted"}
    notes_table(db).replace(doc_id, restored)
    if key != "add":
        history_table(db).change(key, {"undone": True})
    _record(db, "undo", note_id, current, at, undoes=key)
    return note_from_doc(restored)
