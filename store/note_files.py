"""A session's notes, kept in numbered notes files, and the map from note id to its file.

A new note goes into the last notes file (a new file once it holds SEGMENT_NOTES), so a save
costs the same at ten notes and at ten thousand. Notes never move between files, so the map
from note id to file only grows: it is filled from what this process read or wrote, and
refreshed from the files whose token changed when an id is not in it. Every write here runs
inside the session's lock.
"""

from __future__ import annotations

from collections.abc import Callable, MutableMapping
from typing import Any, cast

from tinydb.table import Document, Table

from store.codec import Doc, note_from_doc, note_to_doc
from store.json_storage import Token, decoding, file_token, keyed_table, opened
from store.model import Note
from store.session_files import SEGMENT_NOTES, SESSION, SeenFiles, SessionFiles, segment_name

NOTES = "notes"


def _kind(name: str) -> str:
    """The kind of a notes file for migrations: the session file or a notes file."""
    return "session" if name == SESSION else "notes"


class NoteLocator:
    """Which notes file holds each note of one session (notes never move between files)."""

    def __init__(self, files: SessionFiles) -> None:
        self.files = files
        self._where: dict[str, str] = {}
        self._seen: dict[str, Token | None] = {}
        self._counts: dict[str, int] = {}
        self._stale = False  # after a failed write: search everywhere before saying "absent"

    def learn(self, name: str, token: Token | None, note_ids: list[str]) -> None:
        """Remember the notes read from file ``name`` when it had ``token``."""
        for note_id in note_ids:
            self._where[note_id] = name
        self._seen[name] = token
        self._counts[name] = len(note_ids)

    def forget(self) -> None:
        """Drop everything (after a failed write: the files may differ from what we think)."""
        self._where.clear()
        self._seen.clear()
        self._counts.clear()
        self._stale = True

    def where(self, note_id: str, *, search: bool = True) -> str | None:
        """The file holding ``note_id``, re-reading only the files that changed; None if none.

        ``search=False`` trusts the map for an id that only this process can have written (a
        new note's own id), unless a failed write left the map unsure.
        """
        found = self._where.get(note_id)
        if found is None and (search or self._stale):
            self.refresh()
            found = self._where.get(note_id)
        return found

    def refresh(self) -> None:
        """Read the notes files this process has not seen in their current version."""
        for name in [SESSION, *self.files.segments()]:
            token = file_token(self.files.path(name))
            if name in self._seen and self._seen[name] == token:
                continue
            with opened(self.files.path(name), _kind(name), save=False) as db:
                ids = [str(doc.doc_id) for doc in keyed_table(db, NOTES).all()]
            self.learn(name, token, ids)
        self._stale = False

    def count(self, name: str) -> int:
        """How many notes file ``name`` held when this process last read or wrote it."""
        return self._counts.get(name, 0)

    def target(self) -> str:
        """The notes file a new note goes into: the last one, or a new one when it is full."""
        segments = self.files.segments()
        if not segments:
            return segment_name(1)
        last = segments[-1]
        if last not in self._counts or self._seen.get(last) != file_token(self.files.path(last)):
            self.refresh()
        if self._counts.get(last, 0) >= SEGMENT_NOTES:
            return segment_name(int(last.split("-")[1]) + 1)
        return last


class SessionNotes:
    """Read, add and replace one session's notes across its notes files."""

    def __init__(self, files: SessionFiles) -> None:
        self.files = files
        self.locator = NoteLocator(files)
        self.seen = SeenFiles()
        self._sound: Token | None = None  # the session file's version last found sound

    def check_session_file(self) -> None:
        """Refuse to write notes into a session whose session file is corrupt or too new.

        A note save touches only its notes file; the session file is parsed again only when
        it changed since it was last found sound.
        """
        path = self.files.path(SESSION)
        token = file_token(path)
        if token is None or token != self._sound:
            with decoding(path), opened(path, "session", save=False) as db:
                if db.table("meta").get(doc_id=1) is None:
                    raise KeyError("meta")
            self._sound = token

    def read_all(self, legacy: list[Doc], legacy_token: Token | None) -> list[Doc]:
        """Every note document, in the order the notes were added (the session file's first)."""
        self.locator.learn(SESSION, legacy_token, [str(d["id"]) for d in legacy])
        self.seen.read(SESSION, legacy_token)
        notes = list(legacy)
        for name in self.files.segments():
            path = self.files.path(name)
            token = file_token(path)
            with decoding(path), opened(path, "notes", save=False) as db:
                docs = [dict(d) for d in keyed_table(db, NOTES).all()]
            self.locator.learn(name, token, [str(d["id"]) for d in docs])
            self.seen.read(name, token)
            notes.extend(docs)
        self.seen.read_all()
        return notes

    def stored(self, note_id: str, *, search: bool = True) -> Note | None:
        """The stored version of a note, or None when no file holds it (see NoteLocator.where)."""
        name = self.locator.where(note_id, search=search)
        if name is None:
            return None
        path = self.files.path(name)
        with decoding(path), opened(path, _kind(name), save=False) as db:
            doc = keyed_table(db, NOTES).get(doc_id=cast(Any, note_id))
            return None if doc is None else note_from_doc(dict(doc))

    def add_new(self, notes: list[Note]) -> list[Note]:
        """Save the notes whose ids no file holds yet (inside the lock); all, as stored, back.

        Note ids are new, made by the caller, so the map is trusted (``search=False``).
        """
        self.check_session_file()
        stored = {note.id: self.stored(note.id, search=False) for note in notes}
        self.add_many(list({n.id: n for n in notes if stored[n.id] is None}.values()))
        return [stored[note.id] or note for note in notes]

    def add_many(self, notes: list[Note]) -> None:
        """Save new notes in as few writes as the notes files allow (one per file touched)."""
        while notes:
            name = self.locator.target()
            room = max(SEGMENT_NOTES - self.locator.count(name), 1)
            batch, notes = notes[:room], notes[room:]

            def insert(table: Table, batch: list[Note] = batch) -> None:
                for note in batch:
                    table.insert(Document(note_to_doc(note), doc_id=cast(Any, note.id)))

            self._save(name, insert)

    def replace(self, note: Note) -> None:
        """Save a new version of a stored note, in its place in its file."""
        name = self.locator.where(note.id)
        if name is None:
            raise KeyError(note.id)
        doc = note_to_doc(note)

        def transform(stored: MutableMapping[str, Any]) -> None:
            stored.clear()
            stored.update(doc)

        self._save(name, lambda table: table.update(transform, doc_ids=[cast(Any, note.id)]))

    def _save(self, name: str, change: Callable[[Table], object]) -> None:
        """Apply ``change`` to the notes table of file ``name`` and save the file durably."""
        path = self.files.path(name)
        before = file_token(path)
        try:
            with decoding(path), opened(path, _kind(name)) as db:
                table = keyed_table(db, NOTES)
                change(table)
                ids = [str(doc.doc_id) for doc in table.all()]
        except BaseException:
            self.locator.forget()  # the file may or may not hold the change now
            raise
        after = file_token(path)
        self.locator.learn(name, after, ids)
        self.seen.wrote(name, before, after)
