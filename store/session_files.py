"""One session's folder: its files, its lock, and the map from note id to the file holding it.

::

    <root>/sessions/<id>/session.json      meta, events, summary, progress plan
    <root>/sessions/<id>/agenda.json       the frozen agenda copy, written once
    <root>/sessions/<id>/notes-0001.json   notes, at most SEGMENT_NOTES per file
    <root>/sessions/<id>/session.lock      the lock every seat takes to write

A new note goes into the last notes file, so a save costs the same at ten notes and at ten
thousand. Notes never move between files, so the map from note id to file only grows; it is
filled from what this process read or wrote and refreshed from the files whose token changed
when an id is not in it. (Sessions upgraded from version 0 keep their first notes in the
session file's own ``notes`` table; it counts as a notes file named ``session``.)
"""

from __future__ import annotations

import contextlib
import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import filelock

from store.durable import FILE_MODE, clean_temp_files, unavailable
from store.errors import LockTimeout
from store.json_storage import Token, file_token, keyed_table, opened

SEGMENT_NOTES = 100
SESSION = "session"
NOTES = "notes"
_SEGMENT = re.compile(r"notes-(\d+)\.json")

Doc = dict[str, Any]


def segment_name(number: int) -> str:
    """The file name (without .json) of notes file ``number``."""
    return f"notes-{number:04d}"


class SessionFiles:
    """The paths, lock and notes files of one session's folder."""

    def __init__(self, directory: Path, lock_timeout: float = 5.0) -> None:
        self.directory = directory
        self.lock_timeout = lock_timeout
        self._cleaned = False

    def path(self, name: str) -> Path:
        """The file ``name`` (session, agenda, notes-0001...) in the folder."""
        return self.directory / f"{name}.json"

    def segments(self) -> list[str]:
        """The notes files (``notes-0001``...) in number order."""
        try:
            names = os.listdir(self.directory)
        except FileNotFoundError:
            return []
        except OSError as error:
            raise unavailable(self.directory, error, "lese") from error
        found = sorted(
            (int(m.group(1)), m.group(0)[:-5]) for n in names if (m := _SEGMENT.fullmatch(n))
        )
        return [name for _, name in found]

    @contextlib.contextmanager
    def lock(self) -> Iterator[None]:
        """Hold the session's file lock (LockTimeout when another seat keeps it too long)."""
        lock_path = self.directory / "session.lock"
        lock = filelock.FileLock(lock_path, timeout=self.lock_timeout, mode=FILE_MODE)
        try:
            lock.acquire()
        except filelock.Timeout as error:
            raise LockTimeout(lock_path, self.lock_timeout) from error
        except OSError as error:
            raise unavailable(lock_path, error, "låse") from error
        try:
            if not self._cleaned:
                clean_temp_files(self.directory)
                self._cleaned = True
            yield
        finally:
            with contextlib.suppress(OSError):
                lock.release()


class NoteLocator:
    """Which notes file holds each note of one session (notes never move between files)."""

    def __init__(self, files: SessionFiles) -> None:
        self.files = files
        self._where: dict[str, str] = {}
        self._seen: dict[str, Token | None] = {}
        self._counts: dict[str, int] = {}

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

    def where(self, note_id: str) -> str | None:
        """The file holding ``note_id``, re-reading only the files that changed; None if none."""
        found = self._where.get(note_id)
        if found is None:
            self.refresh()
            found = self._where.get(note_id)
        return found

    def refresh(self) -> None:
        """Read the notes files this process has not seen in their current version."""
        for name in [SESSION, *self.files.segments()]:
            token = file_token(self.files.path(name))
            if name in self._seen and self._seen[name] == token:
                continue
            kind = "session" if name == SESSION else "notes"
            with opened(self.files.path(name), kind, save=False) as db:
                ids = [str(doc.doc_id) for doc in keyed_table(db, NOTES).all()]
            self.learn(name, token, ids)

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
