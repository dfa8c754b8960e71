"""A TinyDB table keyed by strings we choose (note ids, sequence numbers).

Lookups by key are dict accesses instead of query scans, and updates skip TinyDB's int/str
key conversions, which rebuild the whole table twice per change.
"""

from __future__ import annotations

from collections.abc import Callable, MutableMapping
from typing import Any, cast

from tinydb import TinyDB
from tinydb.table import Document, Table

Doc = dict[str, Any]


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


def keyed_table(db: TinyDB, name: str) -> KeyedTable:
    """The table ``name`` of an open TinyDB, keyed by strings."""
    return KeyedTable(db.storage, name)
