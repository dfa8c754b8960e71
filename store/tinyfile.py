"""Short-lived TinyDB objects over one vault file: read once, write once, durably, at the end.

TinyDB rewrites the whole storage on every table change; buffering the changes of one
operation and saving once makes each operation atomic (all of it or none of it on disk).
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import Any

from tinydb import TinyDB
from tinydb.storages import Storage

from store.vault import FileKey, Vault


class BufferedStorage(Storage):
    """A TinyDB storage that reads a vault file on first use and saves it on commit()."""

    def __init__(self, vault: Vault, key: FileKey) -> None:
        self._vault = vault
        self._key = key
        self._tables: dict[str, dict[str, Any]] | None = None
        self._loaded = False
        self._dirty = False

    def read(self) -> dict[str, dict[str, Any]] | None:
        """The file's tables, read from the vault once per operation."""
        if not self._loaded:
            self._tables = self._vault.read(self._key)
            self._loaded = True
        return self._tables

    def write(self, data: dict[str, dict[str, Any]]) -> None:
        """Keep the new state until commit()."""
        self._tables = data
        self._loaded = True
        self._dirty = True

    def commit(self) -> None:
        """Save the buffered state durably (no-op when nothing changed)."""
        if self._dirty and self._tables is not None:
            self._vault.write(self._key, self._tables)
            self._dirty = False


@contextlib.contextmanager
def open_file(vault: Vault, key: FileKey, *, commit: bool = True) -> Iterator[TinyDB]:
    """A TinyDB over one file; changes are saved when the block ends without an exception."""
    storage = BufferedStorage(vault, key)
    db = TinyDB(storage=lambda: storage)
    try:
        yield db
        if commit:
            storage.commit()
    except BaseException:
        vault.forget(key)
        raise


def commit_now(db: TinyDB) -> None:
    """Save an open_file() TinyDB's changes now, before the block ends (no-op if unchanged)."""
    storage = db.storage
    if isinstance(storage, BufferedStorage):
        storage.commit()
