"""Schema versions of the stored files and the path that upgrades older files.

Every file keeps ``{"meta": {"1": {"schema": N, "rev": R, ...}}}`` first. Version 0 is the
prototype layout (no meta table; session fields in ``_default``, notes with ``type`` and
``gruppe``, naive timestamps). Version 1 (release 0.1.0) kept a ``history`` table of every
note's earlier versions for the store's own undo; version 2 drops it (the one undo lives in
the running meeting). Upgrades happen in memory on read; the upgraded file is written on the
next save, after a backup copy of the original bytes is kept beside it.

Optional tables added later to a version (the session file's ``plan``, the progress plan) do
not change the version: a file without one reads as empty, and every version's writes keep
the tables it does not know, so an older build neither fails on nor loses them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

SCHEMA_VERSION = 2

Tables = dict[str, dict[str, Any]]


def file_schema(tables: Tables) -> int:
    """The schema version a parsed file declares (0 when it has no meta table)."""
    meta = tables.get("meta", {}).get("1")
    if not isinstance(meta, dict):
        return 0
    schema = meta.get("schema", 0)
    return schema if isinstance(schema, int) else 0


def _aware(value: Any) -> Any:
    """Turn a naive ISO timestamp (v0 wrote local-less UTC) into an aware UTC one."""
    if not isinstance(value, str) or not value:
        return value
    parsed = dt.datetime.fromisoformat(value)
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=dt.UTC)
    return parsed.isoformat()


def _session_v0_to_v1(tables: Tables) -> Tables:
    old = dict(tables.get("_default", {}).get("1", {}))
    meta = {
        "schema": 1,
        "rev": 0,
        "kind": "session",
        "id": old["id"],
        "agenda_id": old.get("agenda_id", ""),
        "title": old.get("title", ""),
        "date": old["date"],
        "place": old.get("place", ""),
        "roles": {"moteleder": old.get("moteleder"), "referent": old.get("referent")},
        "groups": int(old.get("groups", 1)),
        "follows": old.get("follows"),
        "created": _aware(old["created"]),
        "names_recorded": bool(old.get("names_recorded", False)),
    }
    notes: dict[str, Any] = {}
    for doc in tables.get("notes", {}).values():
        new = dict(doc)
        new["kind"] = new.pop("type", new.get("kind", "notat"))
        group = new.pop("gruppe", new.get("group"))
        new["group"] = None if group in (None, "plenum") else int(group)
        new["created"] = _aware(new["created"])
        new["edited"] = _aware(new.get("edited"))
        notes[str(new["id"])] = new
    events = {
        key: {**doc, "at": _aware(doc["at"])} for key, doc in tables.get("events", {}).items()
    }
    return {
        "meta": {"1": meta},
        "events": events,
        "notes": notes,
        "summary": dict(tables.get("summary", {})),
    }


def _session_v1_to_v2(tables: Tables) -> Tables:
    """Drop the undo history (its notes' current versions are in the note files)."""
    return {name: table for name, table in tables.items() if name != "history"}


def _identity(tables: Tables) -> Tables:
    return tables


#: Upgrade steps per file kind: _STEPS[kind][n] turns version n into version n + 1.
_STEPS: dict[str, list[Callable[[Tables], Tables]]] = {
    "session": [_session_v0_to_v1, _session_v1_to_v2],
    "agenda": [_identity, _identity],
    "notes": [_identity, _identity],
    "index": [_identity, _identity],
}


def migrate(kind: str, tables: Tables, found: int) -> Tables:
    """Upgrade a parsed file of this kind from version ``found`` to SCHEMA_VERSION."""
    steps = _STEPS[kind]
    for version in range(found, SCHEMA_VERSION):
        tables = steps[version](tables)
    meta = tables.setdefault("meta", {}).setdefault("1", {})
    meta["schema"] = SCHEMA_VERSION
    meta.setdefault("kind", kind)
    return tables
