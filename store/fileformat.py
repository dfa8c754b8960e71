"""The stored file format: compact UTF-8 JSON in TinyDB's layout, meta table first.

``{"meta":{"1":{"schema":N,"rev":R,...}},"notes":{...},...}``: schema and rev lead the file so
a change can be noticed by reading its first bytes. encode_reusing() produces the same bytes
as encode() while re-serialising only the chunks of documents that changed since last time.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import Any

from store.errors import CorruptSessionFile
from store.migrations import SCHEMA_VERSION, Tables

Token = tuple[int, ...]

_HEADER = re.compile(rb'^\{"meta":\{"1":\{"schema":(\d+),"rev":(\d+)')
HEADER_BYTES = 64


def _ordered(tables: Tables) -> Tables:
    """The tables with meta first and schema, rev first inside it (so they can be peeked)."""
    meta = dict(tables.get("meta", {}).get("1", {}))
    head = {"schema": meta.pop("schema", SCHEMA_VERSION), "rev": meta.pop("rev", 0), **meta}
    return {"meta": {"1": head}, **{k: v for k, v in tables.items() if k != "meta"}}


def _dumps(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def encode(tables: Tables) -> bytes:
    """Compact UTF-8 JSON with the meta table (schema, rev) first so it can be peeked cheaply."""
    return _dumps(_ordered(tables)).encode("utf-8")


CHUNK = 32

#: Per table: a list of (snapshot of a chunk of documents, its UTF-8 JSON text).
Fragments = dict[str, list[tuple[list[tuple[str, Any]], bytes]]]


def _snapshot(text: str) -> list[tuple[str, Any]]:
    """A deep copy of a chunk, rebuilt from its JSON text (in-place changes cannot reach it)."""
    return list(json.loads("{" + text + "}").items())


def encode_reusing(tables: Tables, fragments: Fragments) -> bytes:
    """The same bytes as encode(), re-serialising only chunks of documents that changed.

    A save into a large session then costs a comparison of the unchanged documents (done in
    C) and the serialisation of the last chunk, not a full JSON dump. ``fragments`` is updated.
    """
    pieces: list[bytes] = [b"{"]
    for position, (name, table) in enumerate(_ordered(tables).items()):
        items = list(table.items())
        old = fragments.get(name, [])
        new: list[tuple[list[tuple[str, Any]], bytes]] = []
        for number, start in enumerate(range(0, len(items), CHUNK)):
            chunk = items[start : start + CHUNK]
            if number < len(old) and old[number][0] == chunk:
                new.append(old[number])
            else:
                text = _dumps(dict(chunk))[1:-1]
                new.append((_snapshot(text), text.encode("utf-8")))
        fragments[name] = new
        pieces.append((b',"' if position else b'"') + _dumps(name)[1:].encode("utf-8") + b":{")
        for number, (_, data) in enumerate(new):
            if number:
                pieces.append(b",")
            pieces.append(data)
        pieces.append(b"}")
    pieces.append(b"}")
    for name in set(fragments) - set(tables) - {"meta"}:
        del fragments[name]
    return b"".join(pieces)


def decode(raw: bytes, path: Path) -> Tables:
    """Parse a stored file and check it has TinyDB's shape; CorruptSessionFile otherwise."""
    try:
        tables = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as error:
        raise CorruptSessionFile(path, f"ugyldig UTF-8 ved byte {error.start}") from error
    except json.JSONDecodeError as error:
        reason = f"ugyldig JSON på linje {error.lineno}, kolonne {error.colno}: {error.msg}"
        raise CorruptSessionFile(path, reason) from error
    if not isinstance(tables, dict) or not all(
        isinstance(table, dict) and all(isinstance(doc, dict) for doc in table.values())
        for table in tables.values()
    ):
        raise CorruptSessionFile(path, "uventet struktur (ikke en TinyDB-fil)")
    return tables


def _rev(header: bytes) -> int:
    """The rev written in a file's first bytes; -1 when the file does not start with one."""
    match = _HEADER.match(header)
    return int(match.group(2)) if match else -1


def file_token(stat: os.stat_result, header: bytes) -> Token:
    """A change token: inode, size and mtime, plus the rev every save increments."""
    return (stat.st_ino, stat.st_size, stat.st_mtime_ns, _rev(header))
