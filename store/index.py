"""The session index (``index.json``): one line per session, rebuilt from the session files.

Each entry remembers the session file's change token; an entry whose token no longer matches
is re-read from its session file, missing ones are added and vanished ones dropped. The index
is only a cache: losing it, or failing to write it (read-only store), costs a rebuild, no data.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import filelock

from store.codec import Doc, event_from_doc, time_from_str
from store.errors import CorruptSessionFile, StoreError, UnsupportedSchema
from store.json_storage import decoding, file_token, opened
from store.model import SessionInfo
from store.timing import MeetingState, meeting_state

SESSIONS = "sessions"

#: Reads one session's info from its own file (raises StoreError when it cannot).
InfoReader = Callable[[str], SessionInfo]

BROKEN = "broken"


def info_to_doc(info: SessionInfo, token: Any) -> Doc:
    """An index entry."""
    return {
        "id": info.id,
        "date": None if info.date is None else info.date.isoformat(),
        "agenda_id": info.agenda_id,
        "title": info.title,
        "state": info.state,
        "follows": info.follows,
        "round_of": info.round_of,
        "round_name": info.round_name,
        "created": None if info.created is None else info.created.isoformat(),
        "error": info.error,
        "token": None if token is None else list(token),
    }


def info_from_doc(doc: Doc) -> SessionInfo:
    """The SessionInfo of an index entry."""
    return SessionInfo(
        id=str(doc["id"]),
        date=None if doc.get("date") is None else dt.date.fromisoformat(doc["date"]),
        agenda_id=str(doc.get("agenda_id", "")),
        title=str(doc.get("title", "")),
        state=str(doc.get("state", "")),
        follows=doc.get("follows"),
        created=None if doc.get("created") is None else time_from_str(doc["created"]),
        error=doc.get("error"),
        round_of=doc.get("round_of"),
        round_name=str(doc.get("round_name") or ""),
    )


def info_from_meta(meta: Doc, events: list[Doc]) -> SessionInfo:
    """A session's info from its meta document and event documents."""
    state: MeetingState = meeting_state([event_from_doc(doc) for doc in events])
    return SessionInfo(
        id=str(meta["id"]),
        date=dt.date.fromisoformat(meta["date"]),
        agenda_id=str(meta.get("agenda_id", "")),
        title=str(meta.get("title", "")),
        state=state.value,
        follows=meta.get("follows"),
        created=time_from_str(meta["created"]),
        round_of=meta.get("round_of"),
        round_name=str(meta.get("round_name") or ""),
    )


def broken_info(session_id: str, error: StoreError) -> SessionInfo:
    """The list entry of a session whose file cannot be read."""
    return SessionInfo(
        id=session_id, date=None, agenda_id="", title="", state=BROKEN, error=str(error)
    )


def _read_entries(path: Path) -> dict[str, Doc]:
    """The stored index entries; a corrupt index is set aside (kept as a copy) and rebuilt."""
    try:
        with opened(path, "index", save=False) as db:
            return {str(doc["id"]): dict(doc) for doc in db.table(SESSIONS).all() if "id" in doc}
    except (CorruptSessionFile, UnsupportedSchema):
        stamp = time.strftime("%Y%m%d-%H%M%S")
        with contextlib.suppress(OSError):
            os.replace(path, path.with_name(f"{path.stem}.broken-{stamp}.json"))
        return {}


def _newest_first(info: SessionInfo) -> tuple[dt.date, dt.datetime]:
    created = info.created or dt.datetime.min.replace(tzinfo=dt.UTC)
    return (info.date or dt.date.min, created)


def read_info(path: Path) -> SessionInfo:
    """A session's list entry, read from its session file."""
    with decoding(path), opened(path, "session", save=False) as db:
        meta = db.table("meta").get(doc_id=1)
        if meta is None:
            raise KeyError("meta")
        return info_from_meta(dict(meta), [dict(d) for d in db.table("events").all()])


def list_sessions(root: Path, session_ids: list[str], read_info: InfoReader) -> list[SessionInfo]:
    """Every session, newest first; refreshes stale entries and saves the index if it changed."""
    entries = _read_entries(root / "index.json")
    infos: list[SessionInfo] = []
    fresh: dict[str, Doc] = {}
    changed = False
    for session_id in session_ids:
        try:
            token = file_token(root / "sessions" / session_id / "session.json")
        except StoreError as error:
            infos.append(broken_info(session_id, error))
            changed = True
            continue
        entry = entries.get(session_id)
        if entry is not None and token is not None and entry.get("token") == list(token):
            info = info_from_doc(entry)
        else:
            changed = True
            try:
                info = read_info(session_id)
            except StoreError as error:
                info = broken_info(session_id, error)
        infos.append(info)
        fresh[session_id] = info_to_doc(info, token)
    if changed or set(entries) != set(fresh):
        _save(root, fresh)
    infos.sort(key=_newest_first, reverse=True)
    return infos


def latest_unfinished(infos: list[SessionInfo]) -> SessionInfo | None:
    """The newest of these sessions (a listing, newest first) that is new, running or paused."""
    return next((i for i in infos if i.state in ("new", "running", "paused")), None)


def _save(root: Path, entries: dict[str, Doc]) -> None:
    """Write the index; a store that cannot be written simply keeps the old (stale) index."""
    lock = filelock.FileLock(root / "index.lock", timeout=5.0, mode=0o600)
    with (
        contextlib.suppress(StoreError, OSError, filelock.Timeout),
        lock,
        opened(root / "index.json", "index") as db,
    ):
        table = db.table(SESSIONS)
        table.truncate()
        table.insert_multiple(entries[key] for key in sorted(entries))
