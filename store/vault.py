"""Where the store's TinyDB files live: on disk (durable, locked, cached) or in memory.

Files are addressed by a key: ``(session_id, "session")``, ``(session_id, "agenda")``,
``(session_id, "notes-0001")``... or ``(None, "index")``. A vault reads whole files, writes
them durably and hands out locks. On disk::

    <root>/index.json                      rebuildable list of sessions
    <root>/sessions/<id>/session.json      meta, events, summary, plan, history (undo)
    <root>/sessions/<id>/agenda.json       the frozen agenda copy, written once
    <root>/sessions/<id>/notes-0001.json   notes, at most 100 per file
    <root>/sessions/<id>/session.lock      the lock both seats take to write
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

import filelock
from tinydb.storages import MemoryStorage

from store.durable import (
    FILE_MODE,
    clean_temp_files,
    make_private_dir,
    unavailable,
    write_durably,
)
from store.errors import CorruptSessionFile, LockTimeout, StoreUnavailable, UnsupportedSchema
from store.fileformat import (
    HEADER_BYTES,
    Fragments,
    Token,
    decode,
    encode,
    encode_reusing,
    file_token,
)
from store.migrations import SCHEMA_VERSION, Tables, file_schema, migrate

FileKey = tuple[str | None, str]

CACHE_FILES = 64  # parsed files kept per store (a big session is about a dozen)


class Vault(Protocol):
    """The storage behind SessionStore: whole-file reads, durable writes, locks."""

    def describe(self, key: FileKey) -> str:
        """A human-readable location of the file (its path) for messages."""
        ...

    def session_ids(self) -> list[str]:
        """Ids of every session whose session file exists."""
        ...

    def claim_session_id(self, session_id: str) -> bool:
        """Reserve a new session id; False when it is taken."""
        ...

    def segment_names(self, session_id: str) -> list[str]:
        """The session's note segment files (``notes-0001``...), oldest first."""
        ...

    def lock(self, session_id: str | None) -> contextlib.AbstractContextManager[None]:
        """Exclusive lock of one session's files (or of the index when None)."""
        ...

    def read(self, key: FileKey) -> Tables | None:
        """The parsed, migrated file (None if missing). Callers may mutate it, then write it."""
        ...

    def write(self, key: FileKey, tables: Tables) -> None:
        """Save the file durably (bumping its rev) before returning."""
        ...

    def forget(self, key: FileKey) -> None:
        """Drop any cached copy (after a failed operation mutated it)."""
        ...

    def token(self, key: FileKey) -> Token | None:
        """A cheap value that changes whenever the file changes (None when missing)."""
        ...

    def set_aside(self, key: FileKey) -> None:
        """Move a broken derived file (the index) out of the way, keeping its bytes."""
        ...


def _kind(key: FileKey) -> str:
    """The kind of file behind a key: session, agenda, notes or index."""
    return key[1].split("-")[0]


def _bump_rev(tables: Tables, kind: str) -> None:
    meta = tables.setdefault("meta", {}).setdefault("1", {})
    meta["schema"] = SCHEMA_VERSION
    meta["rev"] = int(meta.get("rev", 0)) + 1
    meta.setdefault("kind", kind)


_SEGMENT = re.compile(r"notes-(\d+)")


def _segments(names: list[str]) -> list[str]:
    """The segment file names among ``names``, sorted by number."""
    found = [(int(m.group(1)), name) for name in names if (m := _SEGMENT.fullmatch(name))]
    return [name for _, name in sorted(found)]


@dataclass(slots=True)
class _Cached:
    token: Token
    tables: Tables
    disk_schema: int
    raw: bytes | None
    fragments: Fragments = field(default_factory=dict)


class DiskVault:
    """One directory per session under ``<root>/sessions``; files 0600, directories 0700."""

    def __init__(self, root: Path, lock_timeout: float = 5.0) -> None:
        self.root = root
        self.sessions_dir = root / "sessions"
        self.lock_timeout = lock_timeout
        self._cache: dict[Path, _Cached] = {}
        self._cleaned: set[Path] = set()
        make_private_dir(self.sessions_dir)

    def path(self, key: FileKey) -> Path:
        """The file behind a key."""
        session_id, name = key
        base = self.root if session_id is None else self.sessions_dir / session_id
        return base / f"{name}.json"

    def describe(self, key: FileKey) -> str:
        """The file's path."""
        return str(self.path(key))

    def session_ids(self) -> list[str]:
        """Directories under sessions/ that hold a session file (half-created ones are skipped)."""
        try:
            entries = list(os.scandir(self.sessions_dir))
        except OSError as error:
            raise unavailable(self.sessions_dir, error, "lese") from error
        return sorted(
            entry.name
            for entry in entries
            if not entry.name.startswith(".")
            and entry.is_dir()
            and os.path.exists(os.path.join(entry.path, "session.json"))
        )

    def claim_session_id(self, session_id: str) -> bool:
        """Create the session's directory atomically (mkdir fails if another process won)."""
        path = self.sessions_dir / session_id
        try:
            path.mkdir(mode=0o700)
        except FileExistsError:
            return False
        except OSError as error:
            raise unavailable(path, error, "opprette") from error
        os.chmod(path, 0o700)
        return True

    def segment_names(self, session_id: str) -> list[str]:
        """``notes-NNNN`` files in the session's directory, in number order."""
        directory = self.sessions_dir / session_id
        try:
            names = [e.name[:-5] for e in os.scandir(directory) if e.name.endswith(".json")]
        except FileNotFoundError:
            return []
        except OSError as error:
            raise unavailable(directory, error, "lese") from error
        return _segments(names)

    @contextlib.contextmanager
    def lock(self, session_id: str | None) -> Iterator[None]:
        """A filelock.FileLock on ``session.lock`` (or ``index.lock``); LockTimeout if held."""
        directory = self.root if session_id is None else self.sessions_dir / session_id
        lock_path = directory / ("index.lock" if session_id is None else "session.lock")
        lock = filelock.FileLock(lock_path, timeout=self.lock_timeout, mode=FILE_MODE)
        try:
            lock.acquire()
        except filelock.Timeout as error:
            raise LockTimeout(lock_path, self.lock_timeout) from error
        except OSError as error:
            raise unavailable(lock_path, error, "låse") from error
        try:
            if directory not in self._cleaned:
                clean_temp_files(directory)
                self._cleaned.add(directory)
            yield
        finally:
            try:
                lock.release()
            except OSError as error:
                raise unavailable(lock_path, error, "låse opp") from error

    def _load(self, path: Path) -> tuple[Token, bytes | None] | None:
        """The file's token and bytes; bytes None when the cached parse is still current."""
        try:
            with open(path, "rb") as handle:
                stat = os.fstat(handle.fileno())
                header = handle.read(HEADER_BYTES)
                cached = self._cache.get(path)
                token = file_token(stat, header)
                if cached is not None and token[3] >= 0 and cached.token == token:
                    return token, None
                return token, header + handle.read()
        except FileNotFoundError:
            return None
        except OSError as error:
            raise unavailable(path, error, "lese") from error

    def read(self, key: FileKey) -> Tables | None:
        """Parse the file, or return the cached parse when its token (stat + rev) is unchanged."""
        path = self.path(key)
        loaded = self._load(path)
        if loaded is None:
            self._cache.pop(path, None)
            return None
        token, raw = loaded
        if raw is None:
            return self._cache[path].tables
        tables = decode(raw, path)
        found = file_schema(tables)
        if found > SCHEMA_VERSION:
            raise UnsupportedSchema(path, found, SCHEMA_VERSION)
        if found < SCHEMA_VERSION:
            try:
                tables = migrate(_kind(key), tables, found)
            except (KeyError, ValueError, TypeError, AttributeError) as error:
                reason = f"kan ikke oppgradere fra skjema {found}: {error!r}"
                raise CorruptSessionFile(path, reason) from error
        self._remember(path, _Cached(token, tables, found, raw if found < SCHEMA_VERSION else None))
        return tables

    def write(self, key: FileKey, tables: Tables) -> None:
        """Durably replace the file; an upgraded file first gets a backup of its old bytes."""
        path = self.path(key)
        cached = self._cache.get(path)
        if cached is not None and cached.raw is not None:
            backup = path.with_name(f"{path.stem}.v{cached.disk_schema}.bak.json")
            if not backup.exists():
                write_durably(backup, cached.raw)
        _bump_rev(tables, _kind(key))
        fragments = cached.fragments if cached is not None and cached.tables is tables else {}
        try:
            data = encode_reusing(tables, fragments)
            write_durably(path, data)
            stat = os.stat(path)
        except StoreUnavailable:
            self._cache.pop(path, None)
            raise
        except OSError as error:
            self._cache.pop(path, None)
            raise unavailable(path, error, "lese") from error
        token = file_token(stat, data[:HEADER_BYTES])
        self._remember(path, _Cached(token, tables, SCHEMA_VERSION, None, fragments))

    def _remember(self, path: Path, entry: _Cached) -> None:
        """Cache a parse, keeping only the most recently used files."""
        self._cache.pop(path, None)
        self._cache[path] = entry
        while len(self._cache) > CACHE_FILES:
            del self._cache[next(iter(self._cache))]

    def forget(self, key: FileKey) -> None:
        """Drop the cached parse of this file."""
        self._cache.pop(self.path(key), None)

    def set_aside(self, key: FileKey) -> None:
        """Rename the file to ``<name>.broken-<time>.json`` (bytes kept) so it can be rebuilt."""
        path = self.path(key)
        stamp = time.strftime("%Y%m%d-%H%M%S")
        with contextlib.suppress(OSError):
            os.replace(path, path.with_name(f"{path.stem}.broken-{stamp}.json"))
        self._cache.pop(path, None)

    def token(self, key: FileKey) -> Token | None:
        """stat (inode, size, mtime) plus the rev peeked from the first bytes; no full parse."""
        path = self.path(key)
        try:
            with open(path, "rb") as handle:
                return file_token(os.fstat(handle.fileno()), handle.read(HEADER_BYTES))
        except FileNotFoundError:
            return None
        except OSError as error:
            raise unavailable(path, error, "lese") from error


class MemoryVault:
    """The same behaviour without a disk: each file is a TinyDB MemoryStorage."""

    def __init__(self) -> None:
        self._files: dict[FileKey, MemoryStorage] = {}
        self._revs: dict[FileKey, int] = {}
        self._claimed: set[str] = set()
        self._lock = threading.RLock()

    def describe(self, key: FileKey) -> str:
        """A pseudo-path naming the in-memory file."""
        session_id, name = key
        return f"<minne>/{session_id or ''}/{name}.json"

    def session_ids(self) -> list[str]:
        """Sessions whose session file has been written."""
        return sorted(sid for sid, name in self._files if sid is not None and name == "session")

    def claim_session_id(self, session_id: str) -> bool:
        """Reserve an id unless taken."""
        if session_id in self._claimed:
            return False
        self._claimed.add(session_id)
        return True

    def segment_names(self, session_id: str) -> list[str]:
        """The session's note segment files, in number order."""
        return _segments([name for sid, name in self._files if sid == session_id])

    @contextlib.contextmanager
    def lock(self, session_id: str | None) -> Iterator[None]:
        """One in-process lock stands in for the file locks."""
        with self._lock:
            yield

    def read(self, key: FileKey) -> Tables | None:
        """A fresh copy of the stored tables (so a failed operation never leaks half-changes)."""
        storage = self._files.get(key)
        if storage is None:
            return None
        tables: Tables = json.loads(encode(storage.read() or {}))
        return tables

    def write(self, key: FileKey, tables: Tables) -> None:
        """Store a JSON-normalised copy of the tables (the same encoding the disk uses)."""
        _bump_rev(tables, _kind(key))
        if key not in self._files:
            self._files[key] = MemoryStorage()  # type: ignore[no-untyped-call]
        storage = self._files[key]
        storage.write(json.loads(encode(tables)))
        self._revs[key] = self._revs.get(key, 0) + 1

    def forget(self, key: FileKey) -> None:
        """Nothing is cached in memory."""

    def set_aside(self, key: FileKey) -> None:
        """Drop the in-memory file."""
        self._files.pop(key, None)

    def token(self, key: FileKey) -> Token | None:
        """The file's write counter."""
        if key not in self._files:
            return None
        return (self._revs[key],)
