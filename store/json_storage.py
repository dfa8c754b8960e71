"""TinyDB over durable JSON files, through TinyDB's own seams (a Storage and a Middleware).

``DurableJSONStorage`` reads and writes one file: compact UTF-8 JSON in TinyDB's layout with
the meta table first (``{"meta":{"1":{"schema":N,"rev":R,...}},...}``), upgraded on read when
it was written by an older schema, and replaced atomically and durably on write.
``OneWrite`` buffers one operation's changes so that the operation costs one read and one
durable write, all of it or none of it. ``opened`` puts the two together.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
from collections.abc import Iterator
from pathlib import Path

from tinydb import TinyDB
from tinydb.middlewares import Middleware
from tinydb.storages import Storage
from tinydb.table import Table

from store.durable import unavailable, write_durably
from store.errors import CorruptSessionFile, InvalidInput, Reason, UnsupportedSchema
from store.migrations import SCHEMA_VERSION, Tables, file_schema, migrate

#: A change token of a file: inode, size, mtime and the rev peeked from its first bytes.
Token = tuple[int, ...]

_HEADER = re.compile(rb'^\{"meta":\{"1":\{"schema":(\d+),"rev":(\d+)')
HEADER_BYTES = 64


def encode(tables: Tables) -> bytes:
    """Compact UTF-8 JSON with the meta table (schema, rev) first, so it can be peeked."""
    meta = dict(tables.get("meta", {}).get("1", {}))
    head = {"schema": meta.pop("schema", SCHEMA_VERSION), "rev": meta.pop("rev", 0), **meta}
    ordered = {"meta": {"1": head}, **{k: v for k, v in tables.items() if k != "meta"}}
    return json.dumps(ordered, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def decode(raw: bytes, path: Path) -> Tables:
    """Parse a stored file and check it has TinyDB's shape; CorruptSessionFile otherwise."""
    try:
        tables = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as error:
        raise CorruptSessionFile(
            path, Reason("reason.invalid_utf8", {"byte": error.start})
        ) from error
    except json.JSONDecodeError as error:
        where = {"line": error.lineno, "column": error.colno, "detail": error.msg}
        reason = Reason("reason.invalid_json", where)
        raise CorruptSessionFile(path, reason) from error
    if not isinstance(tables, dict) or not all(
        isinstance(table, dict) and all(isinstance(doc, dict) for doc in table.values())
        for table in tables.values()
    ):
        raise CorruptSessionFile(path, Reason("reason.unexpected_structure"))
    return tables


@contextlib.contextmanager
def decoding(path: Path) -> Iterator[None]:
    """Report malformed documents as a corrupt file that names the file."""
    try:
        yield
    except InvalidInput:
        raise
    except (KeyError, ValueError, TypeError, AttributeError) as error:
        raise CorruptSessionFile(
            path, Reason("reason.invalid_content", {"detail": repr(error)})
        ) from error


def file_token(path: Path) -> Token | None:
    """A cheap value that changes whenever the file is replaced (None when it is missing)."""
    try:
        with open(path, "rb") as handle:
            stat = os.fstat(handle.fileno())
            match = _HEADER.match(handle.read(HEADER_BYTES))
    except FileNotFoundError:
        return None
    except OSError as error:
        raise unavailable(path, error, "read") from error
    rev = int(match.group(2)) if match else -1
    return (stat.st_ino, stat.st_size, stat.st_mtime_ns, rev)


class DurableJSONStorage(Storage):
    """One JSON file of the store: upgraded on read, replaced durably on write (mode 0600).

    ``kind`` names the file's kind for migrations: session, agenda, notes or index.
    """

    def __init__(self, path: Path, kind: str) -> None:
        self.path = path
        self.kind = kind
        self._original: tuple[int, bytes] | None = None  # (schema, bytes) of an older file

    def read(self) -> Tables | None:
        """The file's tables (None when it does not exist), upgraded to SCHEMA_VERSION."""
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return None
        except OSError as error:
            raise unavailable(self.path, error, "read") from error
        tables = decode(raw, self.path)
        found = file_schema(tables)
        if found > SCHEMA_VERSION:
            raise UnsupportedSchema(self.path, found, SCHEMA_VERSION)
        if found < SCHEMA_VERSION:
            try:
                tables = migrate(self.kind, tables, found)
            except (KeyError, ValueError, TypeError, AttributeError) as error:
                reason = Reason("reason.cannot_upgrade", {"schema": found, "detail": repr(error)})
                raise CorruptSessionFile(self.path, reason) from error
            self._original = (found, raw)
        return tables

    def write(self, data: Tables) -> None:
        """Save the tables durably with the next rev; an upgraded file keeps a backup first."""
        if self._original is not None:
            found, raw = self._original
            backup = self.path.with_name(f"{self.path.stem}.v{found}.bak.json")
            if not backup.exists():
                write_durably(backup, raw)
            self._original = None
        meta = data.setdefault("meta", {}).setdefault("1", {})
        meta["schema"] = SCHEMA_VERSION
        meta["rev"] = int(meta.get("rev", 0)) + 1
        meta.setdefault("kind", self.kind)
        write_durably(self.path, encode(data))

    def close(self) -> None:
        """Nothing stays open between operations."""


class OneWrite(Middleware):
    """Reads the file once per operation and saves all of the operation's changes at once.

    TinyDB writes its storage on every table change; an operation that truncates a table and
    inserts into it would otherwise cost two durable writes and could be cut in between.
    """

    def __init__(self, storage_cls: type[Storage] = DurableJSONStorage) -> None:
        super().__init__(storage_cls)
        self._tables: Tables | None = None
        self._loaded = False
        self._dirty = False

    def read(self) -> Tables | None:
        """The file's tables, read on first use in this operation."""
        if not self._loaded:
            self._tables = self.storage.read()
            self._loaded = True
        return self._tables

    def write(self, data: Tables) -> None:
        """Keep the new state until commit()."""
        self._tables = data
        self._loaded = True
        self._dirty = True

    def commit(self) -> None:
        """Save the buffered state durably (nothing happens when nothing changed)."""
        if self._dirty and self._tables is not None:
            self.storage.write(self._tables)
            self._dirty = False


class NoteTable(Table):
    """A table whose documents are keyed by the ids we choose (note ids), not by numbers."""

    document_id_class = str  # type: ignore[assignment]


def keyed_table(db: TinyDB, name: str) -> NoteTable:
    """The table ``name`` of an open TinyDB, keyed by string ids."""
    return NoteTable(db.storage, name)


@contextlib.contextmanager
def opened(path: Path, kind: str, *, save: bool = True) -> Iterator[TinyDB]:
    """A TinyDB over one file; its changes are saved once when the block ends without error."""
    db = TinyDB(path, kind, storage=OneWrite(DurableJSONStorage))
    yield db
    if save:
        storage = db.storage
        assert isinstance(storage, OneWrite)
        storage.commit()
