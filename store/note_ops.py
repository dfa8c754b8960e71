"""Note changes: add, edit, soft delete, restore and undo, with a history table for undo.

Edits, deletes and restores record the note's previous version in the session file's
``history`` table; nothing is ever removed. Adds need no history entry: the notebook keeps
notes in the order they were added, and each history entry remembers how many notes existed
when it was made (``n``), which orders adds against the other changes.

When a note lives in a segment file, its history entry is saved first and the note second,
so a crash in between leaves at worst an entry whose undo changes nothing. Every function
runs inside the session's lock and is idempotent when retried.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any, cast

from tinydb import TinyDB

from agendas.model import IgloLevel, NoteKind
from store.codec import Doc, note_from_doc, note_to_doc, time_to_str
from store.errors import InvalidInput
from store.keyed import KeyedTable, keyed_table
from store.model import EDITABLE_NOTE_FIELDS, Note, NoteStatus
from store.notebook import SESSION_FILE, NoteBook
from store.tinyfile import commit_now

HISTORY = "history"


def history_table(db: TinyDB) -> KeyedTable:
    """The session file's change history, keyed by zero-padded sequence numbers."""
    return keyed_table(db, HISTORY)


def _append(history: KeyedTable, entry: Doc) -> str:
    number = len(history) + 1
    while history.contains(doc_id=cast(Any, f"{number:08d}")):
        number += 1
    key = f"{number:08d}"
    history.put(key, entry)
    return key


def _record(
    book: NoteBook, op: str, note_id: str, before: Doc, at: dt.datetime, **extra: Any
) -> None:
    """Add a history entry to the session file (saved when the operation ends).

    When the newest entry already records this very change (a retry after the entry was
    saved but the note was not), it is not recorded twice.
    """
    history = history_table(book.session_db)
    last = history.by_id(f"{len(history):08d}") if op != "undo" and len(history) else None
    repeated = last is not None and not last.get("undone") and last.get("before") == before
    if repeated and last is not None and (last["op"], last["note"]) == (op, note_id):
        return
    entry: Doc = {"op": op, "note": note_id, "n": book.count(), "at": time_to_str(at), **extra}
    entry["before"] = before
    _append(history, entry)


def _change(book: NoteBook, where: str, op: str, note_id: str, before: Doc, new: Doc,
            at: dt.datetime) -> None:  # fmt: skip
    """Record the change, then store the note's new version."""
    _record(book, op, note_id, before, at)
    if where != SESSION_FILE:
        commit_now(book.session_db)
    book.replace(where, note_id, new)


def find_note(book: NoteBook, note_id: str) -> Note | None:
    """The stored note with this id, or None."""
    found = book.find(note_id)
    return None if found is None else note_from_doc(found[1])


def insert_note(book: NoteBook, note: Note) -> Note:
    """Add a note; adding an id that already exists returns the stored note unchanged."""
    existing = find_note(book, note.id)
    if existing is not None:
        return existing
    book.append(note.id, note_to_doc(note))
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


def edit_note(
    book: NoteBook, note_id: str, changes: dict[str, Any], at: dt.datetime
) -> Note | None:
    """Apply changes (recording the previous version); None when the note does not exist.

    Changes that leave every field as it is are a no-op, so a retried edit is harmless.
    """
    found = book.find(note_id)
    if found is None:
        return None
    where, before = found
    old = note_from_doc(before)
    if all(getattr(old, name) == value for name, value in changes.items()):
        return old
    new = dataclasses.replace(old, **changes, edited=at)
    _change(book, where, "edit", note_id, before, note_to_doc(new), at)
    return new


def soft_delete(book: NoteBook, note_id: str, at: dt.datetime) -> Note | None:
    """Mark a note deleted (it stays stored); None when the note does not exist."""
    found = book.find(note_id)
    if found is None:
        return None
    where, before = found
    old = note_from_doc(before)
    if old.deleted:
        return old
    _change(book, where, "delete", note_id, before, {**before, "deleted": True}, at)
    return dataclasses.replace(old, deleted=True)


def restore(book: NoteBook, note_id: str, at: dt.datetime) -> Note | None:
    """Bring a soft-deleted note back (recorded, so undo deletes it again); None if unknown."""
    found = book.find(note_id)
    if found is None:
        return None
    where, before = found
    old = note_from_doc(before)
    if not old.deleted:
        return old
    alive = {key: value for key, value in before.items() if key != "deleted"}
    _change(book, where, "restore", note_id, before, alive, at)
    return dataclasses.replace(old, deleted=False)


def _last_undoable(book: NoteBook) -> tuple[str, Doc] | None:
    """The newest change not yet undone: ("add", note) or (history key, entry)."""
    entries = sorted(
        history_table(book.session_db).all(), key=lambda doc: str(doc.doc_id), reverse=True
    )
    undone_adds = {e["note"] for e in entries if e["op"] == "undo" and e.get("undoes") == "add"}
    change = next((e for e in entries if e["op"] != "undo" and not e.get("undone")), None)
    notes = book.docs()
    for position in range(len(notes), 0, -1):
        if change is not None and position <= int(change.get("n", 0)):
            break  # the edit or delete came after this add
        if notes[position - 1]["id"] not in undone_adds:
            return "add", notes[position - 1]
    return None if change is None else (str(change.doc_id), dict(change))


def undo_last(book: NoteBook, at: dt.datetime) -> Note | None:
    """Undo the latest add, edit, delete or restore not yet undone; None when there is none.

    Undoing an add (or a restore) soft-deletes the note; undoing an edit restores the previous
    version; undoing a delete brings the note back. The note is saved first, then the undo is
    recorded, so a crash in between at worst makes the next undo repeat this one harmlessly.
    """
    last = _last_undoable(book)
    if last is None:
        return None
    key, entry = last
    note_id = str(entry["id"] if key == "add" else entry["note"])
    history = history_table(book.session_db)
    found = book.find(note_id)
    if found is None:  # a history entry about a note that is gone: skip it
        history.change(key, {"undone": True})
        return None
    where, current = found
    if key == "add" or entry["op"] == "restore":
        restored = {**current, "deleted": True}
    elif entry["op"] == "edit":
        restored = dict(entry["before"])
    else:
        restored = {name: value for name, value in current.items() if name != "deleted"}
    book.replace(where, note_id, restored)
    if key != "add":
        history.change(key, {"undone": True})
    _record(book, "undo", note_id, current, at, undoes=key)
    return note_from_doc(restored)
