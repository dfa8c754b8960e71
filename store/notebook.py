"""A session's notes, kept in numbered segment files of at most SEGMENT_NOTES notes each.

A new note is written into the last segment only, so a save costs the same in a session of
ten notes and of ten thousand: the bytes written do not grow with the session's history.
Files: ``notes-0001.json``, ``notes-0002.json``, ... beside ``session.json``; the session
file's own ``notes`` table (used by files migrated from version 0) counts as segment zero.
Use a NoteBook only inside the session's lock.
"""

from __future__ import annotations

from collections.abc import Iterator

from tinydb import TinyDB

from store.keyed import Doc, KeyedTable, keyed_table
from store.tinyfile import open_file
from store.vault import Vault

SEGMENT_NOTES = 100
SEGMENT_PREFIX = "notes-"
SESSION_FILE = "session"
NOTES = "notes"


def segment_name(number: int) -> str:
    """The file name (without .json) of segment ``number``."""
    return f"{SEGMENT_PREFIX}{number:04d}"


def segment_number(name: str) -> int:
    """The number of a segment file name; -1 for anything else."""
    digits = name[len(SEGMENT_PREFIX) :]
    return int(digits) if name.startswith(SEGMENT_PREFIX) and digits.isdigit() else -1


class NoteBook:
    """The notes of one session across the session file and its segment files."""

    def __init__(self, vault: Vault, session_id: str, session_db: TinyDB) -> None:
        self.vault = vault
        self.session_id = session_id
        self.session_db = session_db
        self.segments = vault.segment_names(session_id)

    def _tables(self) -> Iterator[tuple[str, KeyedTable]]:
        """(file name, notes table) for every file, oldest first (read-only use)."""
        yield SESSION_FILE, keyed_table(self.session_db, NOTES)
        for name in self.segments:
            with open_file(self.vault, (self.session_id, name), commit=False) as db:
                yield name, keyed_table(db, NOTES)

    def find(self, note_id: str) -> tuple[str, Doc] | None:
        """(file name, stored document) of a note, or None when no file holds it."""
        legacy = keyed_table(self.session_db, NOTES).by_id(note_id)
        if legacy is not None:
            return SESSION_FILE, legacy
        for name in reversed(self.segments):  # a retried add is found in the newest first
            with open_file(self.vault, (self.session_id, name), commit=False) as db:
                found = keyed_table(db, NOTES).by_id(note_id)
            if found is not None:
                return name, found
        return None

    def docs(self) -> list[Doc]:
        """Every note document, in the order the notes were added."""
        return [dict(doc) for _, table in self._tables() for doc in table.all()]

    def count(self) -> int:
        """How many notes the session holds (deleted ones included)."""
        return sum(len(table) for _, table in self._tables())

    def append(self, note_id: str, doc: Doc) -> None:
        """Save a new note durably into the last segment, starting a new one when it is full."""
        name = self.segments[-1] if self.segments else ""
        if name:
            with open_file(self.vault, (self.session_id, name), commit=False) as db:
                full = len(keyed_table(db, NOTES)) >= SEGMENT_NOTES
        if not name or full:
            last = segment_number(name) if name else 0
            name = segment_name(last + 1)
            self.segments.append(name)
        with open_file(self.vault, (self.session_id, name)) as db:
            keyed_table(db, NOTES).put(note_id, doc)

    def replace(self, where: str, note_id: str, doc: Doc) -> None:
        """Overwrite a stored note in the file ``where`` (segment files are saved at once)."""
        if where == SESSION_FILE:
            keyed_table(self.session_db, NOTES).replace(note_id, doc)
            return
        with open_file(self.vault, (self.session_id, where)) as db:
            keyed_table(db, NOTES).replace(note_id, doc)
