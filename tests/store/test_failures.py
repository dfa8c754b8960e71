"""A full disk or read-only store loses nothing; old files are migrated on a copy."""

from __future__ import annotations

import datetime as dt
import errno
import json
import os
from pathlib import Path

import pytest

from agendas.model import Agenda, IgloLevel, NoteKind
from store.durable import drain_discards
from store.errors import StoreUnavailable
from store.migrations import SCHEMA_VERSION
from store.model import Event, EventType, Roles
from store.outbox import (
    Outbox,
    add_note_write,
    delete_note_write,
    event_write,
    update_note_write,
)
from store.sessions import SessionStore
from tests.store.helpers import at, note

DAY = dt.date(2026, 3, 10)


def session_path(store: SessionStore, sid: str) -> Path:
    assert store.root is not None
    return store.root / "sessions" / sid / "session.json"


def stored_bytes(directory: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in directory.iterdir() if p.suffix == ".json"}


def failing_replace(code: int) -> object:
    def replace(src: object, dst: object) -> None:
        raise OSError(code, os.strerror(code), str(dst))

    return replace


@pytest.mark.parametrize("code", [errno.ENOSPC, errno.EROFS, errno.EACCES])
def test_a_failed_save_is_kept_in_memory_and_retried(
    disk_store: SessionStore, agenda: Agenda, monkeypatch: pytest.MonkeyPatch, code: int
) -> None:
    sid = disk_store.create_session(agenda, title="t", date=DAY).id
    saved = disk_store.add_note(sid, note(text="Lagret før"))
    path = session_path(disk_store, sid)
    before = stored_bytes(path.parent)
    outbox = Outbox(disk_store)

    monkeypatch.setattr(os, "replace", failing_replace(code))
    waiting = note(text="Skrevet mens disken var full")
    with pytest.raises(StoreUnavailable) as caught:
        disk_store.add_note(sid, waiting)
    assert caught.value.path == path.parent / "notes-0001.json"
    assert str(caught.value.path) in str(caught.value)
    outbox.enqueue(add_note_write(sid, waiting))
    outbox.enqueue(update_note_write(sid, waiting.id, text="Rettet mens disken var full"))
    outbox.enqueue(event_write(sid, Event(EventType.STARTED, at(0))))
    with pytest.raises(StoreUnavailable):
        outbox.flush()
    assert outbox.pending == 3
    assert outbox.pending_note_ids() == {waiting.id}
    assert isinstance(outbox.last_error, StoreUnavailable)
    assert stored_bytes(path.parent) == before
    assert disk_store.load(sid).notes == (saved,)

    monkeypatch.undo()
    assert outbox.flush() == 3
    assert outbox.pending == 0
    assert outbox.last_error is None
    session = SessionStore.open(disk_store.root).load(sid)
    assert [n.text for n in session.live_notes] == ["Lagret før", "Rettet mens disken var full"]
    assert session.state == "running"
    drain_discards()
    assert not [p for p in path.parent.iterdir() if p.name.endswith(".tmp")]


def test_queued_writes_flush_in_order_and_a_failure_keeps_the_rest(
    disk_store: SessionStore, agenda: Agenda, monkeypatch: pytest.MonkeyPatch
) -> None:
    sid = disk_store.create_session(agenda, title="t", date=DAY).id
    outbox = Outbox(disk_store)
    first = note(text="Først")
    outbox.enqueue(add_note_write(sid, first))
    outbox.enqueue(update_note_write(sid, first.id, text="Rettet"))
    assert outbox.pending == 2 and disk_store.load(sid).notes == ()  # nothing written yet
    assert outbox.pending_note_ids() == {first.id}

    monkeypatch.setattr(os, "replace", failing_replace(errno.ENOSPC))
    with pytest.raises(StoreUnavailable):
        outbox.flush()
    assert outbox.pending == 2 and isinstance(outbox.last_error, StoreUnavailable)
    monkeypatch.undo()

    assert outbox.flush() == 2
    assert outbox.pending == 0 and outbox.last_error is None
    assert [n.text for n in disk_store.load(sid).live_notes] == ["Rettet"]


def test_a_retried_write_is_harmless(store: SessionStore, agenda: Agenda) -> None:
    sid = store.create_session(agenda, title="t", date=DAY).id
    outbox = Outbox(store)
    n = note()
    outbox.enqueue(add_note_write(sid, n))
    outbox.enqueue(add_note_write(sid, n))  # idempotent
    outbox.enqueue(delete_note_write(sid, n.id))
    outbox.enqueue(delete_note_write(sid, n.id))
    assert outbox.flush() == 4
    assert outbox.pending == 0
    assert len(store.load(sid).notes) == 1
    assert store.load(sid).live_notes == ()


@pytest.mark.skipif(
    hasattr(os, "geteuid") and os.geteuid() == 0, reason="root ignores directory permissions"
)
def test_a_read_only_store_refuses_clearly_and_recovers(
    disk_store: SessionStore, agenda: Agenda
) -> None:
    sid = disk_store.create_session(agenda, title="t", date=DAY).id
    directory = session_path(disk_store, sid).parent
    outbox = Outbox(disk_store)
    directory.chmod(0o500)
    try:
        waiting = note()
        with pytest.raises(StoreUnavailable, match="tilgang"):
            disk_store.add_note(sid, waiting)
        outbox.enqueue(add_note_write(sid, waiting))
        with pytest.raises(StoreUnavailable):
            outbox.flush()
        assert disk_store.load(sid).notes == ()  # reading still works
    finally:
        directory.chmod(0o700)
    assert outbox.flush() == 1
    assert disk_store.load(sid).notes == (waiting,)


def test_an_unwritable_index_does_not_stop_the_list(
    disk_store: SessionStore, agenda: Agenda, monkeypatch: pytest.MonkeyPatch
) -> None:
    sid = disk_store.create_session(agenda, title="Liste", date=DAY).id
    monkeypatch.setattr(os, "replace", failing_replace(errno.EROFS))
    assert [i.id for i in disk_store.list_sessions()] == [sid]


V0_SESSION = {
    "_default": {
        "1": {
            "id": "SID",
            "agenda_id": "starte",
            "title": "Gammelt statusmøte",
            "date": "2025-05-01",
            "moteleder": "Kari",
            "referent": None,
            "groups": 2,
            "created": "2025-05-01T08:00:00",
        }
    },
    "notes": {
        "1": {
            "id": "n1",
            "type": "tiltak",
            "text": "Ryddedag",
            "step": 2,
            "gruppe": "plenum",
            "created": "2025-05-01T08:30:00",
            "iglo": "gruppe",
            "ansvarlig": "Alle",
            "frist": "2025-06-01",
            "status": "åpen",
        },
        "2": {"id": "n2", "type": "notat", "text": "Støy", "step": 0, "gruppe": 2,
              "created": "2025-05-01T08:10:00"},
    },
    "events": {"1": {"type": "started", "at": "2025-05-01T08:00:00", "step": 0}},
}  # fmt: skip


def test_a_version_0_file_is_migrated_and_its_original_kept(
    disk_store: SessionStore, agenda: Agenda
) -> None:
    sid = disk_store.create_session(agenda, title="placeholder", date=DAY).id
    path = session_path(disk_store, sid)
    original = json.dumps(V0_SESSION).replace("SID", sid).encode()
    path.write_bytes(original)

    store = SessionStore.open(disk_store.root)
    session = store.load(sid)
    assert session.title == "Gammelt statusmøte"
    assert session.roles == Roles("Kari", None)
    assert session.groups == 2
    assert session.created == dt.datetime(2025, 5, 1, 8, 0, tzinfo=dt.UTC)
    tiltak, notat = session.notes
    assert (tiltak.kind, tiltak.group, tiltak.iglo) == (NoteKind.TILTAK, None, IgloLevel.GRUPPE)
    assert tiltak.frist == dt.date(2025, 6, 1)
    assert (notat.kind, notat.group) == (NoteKind.NOTAT, 2)
    assert session.state == "running"
    assert [i.title for i in store.list_sessions()] == ["Gammelt statusmøte"]
    assert path.read_bytes() == original  # reading never rewrites

    store.add_note(sid, note(text="Ny etter oppgradering"))  # goes to a new notes file
    assert path.read_bytes() == original
    store.update_note(sid, "n2", text="Støy i kantina")  # rewrites the session file
    assert json.loads(path.read_text())["meta"]["1"]["schema"] == SCHEMA_VERSION
    assert (path.parent / "session.v0.bak.json").read_bytes() == original
    reloaded = SessionStore.open(disk_store.root).load(sid)
    texts = [n.text for n in reloaded.notes]
    assert texts == ["Ryddedag", "Støy i kantina", "Ny etter oppgradering"]
    store.delete_note(sid, "n1")
    assert [n.text for n in store.load(sid).live_notes] == [
        "Støy i kantina",
        "Ny etter oppgradering",
    ]


def test_an_edit_writes_only_the_file_that_holds_the_note_and_is_retried_once(
    disk_store: SessionStore, agenda: Agenda, monkeypatch: pytest.MonkeyPatch
) -> None:
    sid = disk_store.create_session(agenda, title="t", date=DAY).id
    first = disk_store.add_note(sid, note(text="Første"))
    disk_store.add_note(sid, note(text="Andre"))
    session_bytes = session_path(disk_store, sid).read_bytes()
    real_replace = os.replace

    def fail_on_notes(src: str, dst: str) -> None:
        if Path(dst).name.startswith("notes-"):
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(dst))
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", fail_on_notes)
    outbox = Outbox(disk_store)
    outbox.enqueue(update_note_write(sid, first.id, text="Første, rettet"))
    with pytest.raises(StoreUnavailable):
        outbox.flush()
    assert disk_store.load(sid).note(first.id).text == "Første"
    monkeypatch.undo()
    assert outbox.flush() == 1
    outbox.enqueue(update_note_write(sid, first.id, text="Første, rettet"))  # a retry
    assert outbox.flush() == 1
    session = disk_store.load(sid)
    assert session.note(first.id).text == "Første, rettet"
    assert [n.text for n in session.notes] == ["Første, rettet", "Andre"]  # order kept
    assert session_path(disk_store, sid).read_bytes() == session_bytes
