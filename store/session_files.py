"""One session's folder: where its files are, and the lock every seat takes to write.

::

    <root>/sessions/<id>/session.json      meta, events, summary, progress plan
    <root>/sessions/<id>/agenda.json       the frozen agenda copy, written once
    <root>/sessions/<id>/notes-0001.json   notes, at most SEGMENT_NOTES per file
    <root>/sessions/<id>/session.lock      the lock every seat takes to write

(Sessions upgraded from version 0 keep their first notes in the session file's own ``notes``
table; it counts as a notes file named ``session``. See store.note_files.)
"""

from __future__ import annotations

import contextlib
import os
import random
import re
from collections.abc import Iterator
from pathlib import Path

import filelock

from store.durable import FILE_MODE, clean_temp_files, unavailable
from store.errors import AmbiguousSessionId, LockTimeout, SessionNotFound
from store.json_storage import Token, file_token

SEGMENT_NOTES = 100
SESSION = "session"
_SEGMENT = re.compile(r"notes-(\d+)\.json")
SAVED_FILE = re.compile(r"(session|agenda|notes-\d+)\.json")
"""The files a save ends in (not temp files, the lock, backups or room.json)."""
ID_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"  # no i, l, o, 0, 1: easy to read and type
ID_LENGTH = 6
_ID_SHAPE = re.compile(r"[a-z0-9]{1,32}")  # what a typed id (or prefix) may look like
_RANDOM = random.SystemRandom()  # the OS's randomness, as `secrets` uses (without its imports)


def new_session_id() -> str:
    """A random six-character id such as ``k3x9qa``."""
    return "".join(_RANDOM.choice(ID_ALPHABET) for _ in range(ID_LENGTH))


def session_ids(sessions_dir: Path) -> list[str]:
    """Ids of every session folder that holds a session file (half-created ones are skipped)."""
    try:
        names = sorted(p.name for p in sessions_dir.iterdir() if not p.name.startswith("."))
    except OSError as error:
        raise unavailable(sessions_dir, error, "read") from error
    return [name for name in names if (sessions_dir / name / "session.json").exists()]


def resolve_id(sessions_dir: Path, typed: str) -> str:
    """The full id of a session given its id or a unique prefix of it (any case)."""
    typed = typed.strip().lower()
    where = str(sessions_dir.parent)
    if not _ID_SHAPE.fullmatch(typed):
        raise SessionNotFound(typed, where)
    if (sessions_dir / typed / "session.json").exists():
        return typed
    matches = [sid for sid in session_ids(sessions_dir) if sid.startswith(typed)]
    if not matches:
        raise SessionNotFound(typed, where)
    if len(matches) > 1:
        raise AmbiguousSessionId(typed, matches)
    return matches[0]


def claim_folder(path: Path) -> bool:
    """Create a new session's folder (0700); False when another process took the id."""
    try:
        path.mkdir(mode=0o700)
    except FileExistsError:
        return False
    except OSError as error:
        raise unavailable(path, error, "create") from error
    path.chmod(0o700)
    return True


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
            raise unavailable(self.directory, error, "read") from error
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
            raise unavailable(lock_path, error, "lock") from error
        try:
            if not self._cleaned:
                clean_temp_files(self.directory)
                self._cleaned = True
            yield
        finally:
            with contextlib.suppress(OSError):
                lock.release()


class SeenFiles:
    """The version of each of a session's files that this process last read or wrote.

    A file whose version differs was written by another process (another seat); a foreign
    write found just before one of our own writes is remembered until the next full read.
    """

    def __init__(self) -> None:
        self.tokens: dict[str, Token | None] = {}
        self.foreign = True  # nothing read yet

    def read(self, name: str, token: Token | None) -> None:
        """We read file ``name`` as it was at ``token`` (taken before reading it)."""
        self.tokens[name] = token

    def read_all(self) -> None:
        """A full read of the session finished: every foreign change is in it now."""
        self.foreign = False

    def wrote(self, name: str, before: Token | None, after: Token | None) -> None:
        """Our own write replaced ``name`` (``before`` is its version just before, under lock)."""
        if name in self.tokens and self.tokens[name] != before:
            self.foreign = True
        self.tokens[name] = after

    def changed(self, files: SessionFiles) -> bool:
        """True when another process changed the session since we last read or wrote it."""
        if self.foreign:
            return True
        names = [SESSION, *files.segments()]
        return any(file_token(files.path(n)) != self.tokens.get(n) for n in names)
