"""On-disk behaviour: permissions, location, corrupt files, the index and two seats."""

from __future__ import annotations

import datetime as dt
import json
import os
import stat
import threading
from pathlib import Path

import filelock
import pytest

from agendas.model import Agenda
from store.durable import drain_discards
from store.errors import CorruptSessionFile, LockTimeout, UnsupportedSchema
from store.index import latest_unfinished
from store.location import ENV_VAR, resolve_root
from store.model import Event, EventType
from store.outbox import Outbox, add_note_write
from store.session_files import SEGMENT_NOTES
from store.sessions import SessionStore
from tests.store.helpers import at, note, stored_files
from tui.session_lines import format_session_lines

DAY = dt.date(2026, 3, 10)


def session_file(store: SessionStore, sid: str, name: str = "session") -> Path:
    assert store.root is not None
    return store.root / "sessions" / sid / f"{name}.json"


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_directories_are_0700_and_files_0600(tmp_path: Path, agenda: Agenda) -> None:
    old_umask = os.umask(0o022)
    try:
        store = SessionStore.open(tmp_path / "new" / "store")
        sid = store.create_session(agenda, title="t", date=DAY).id
        store.add_note(sid, note())
        store.list_sessions()
    finally:
        os.umask(old_umask)
    drain_discards()
    root = tmp_path / "new" / "store"
    dirs = [root, *(p for p in root.rglob("*") if p.is_dir())]
    files = [p for p in root.rglob("*") if p.is_file()]
    assert {mode(d) for d in dirs} == {0o700}
    assert {p.name for p in files} >= {"session.json", "agenda.json", "index.json"}
    assert {mode(f) for f in files} == {0o600}


def test_location_comes_from_argument_then_env_then_platformdirs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ENV_VAR, str(tmp_path / "from-env"))
    assert resolve_root(tmp_path / "given") == tmp_path / "given"
    assert resolve_root(None) == tmp_path / "from-env"
    monkeypatch.delenv(ENV_VAR)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert resolve_root(None) == tmp_path / "xdg" / "plansje"
    monkeypatch.setenv(ENV_VAR, str(tmp_path / "env-store"))
    store = SessionStore.open()
    assert store.root == tmp_path / "env-store"
    assert (tmp_path / "env-store" / "sessions").is_dir()


def test_a_corrupt_session_is_reported_untouched_and_others_keep_working(
    disk_store: SessionStore, agenda: Agenda
) -> None:
    broken = disk_store.create_session(agenda, title="Ødelagt", date=DAY).id
    fine = disk_store.create_session(agenda, title="Hel", date=DAY).id
    path = session_file(disk_store, broken)
    garbage = path.read_bytes()[:-40] + b"\x00\xff garbage"
    path.write_bytes(garbage)

    fresh = SessionStore.open(disk_store.root)
    for attempt in (
        lambda: fresh.load(broken),
        lambda: fresh.add_note(broken, note()),
        lambda: fresh.record_event(broken, Event(EventType.STARTED, at(0))),
        lambda: fresh.update_note(broken, "abc", text="endret"),
    ):
        with pytest.raises(CorruptSessionFile) as caught:
            attempt()
        assert caught.value.path == path
        assert str(path) in str(caught.value)
    infos = {info.id: info for info in fresh.list_sessions()}
    assert infos[broken].state == "broken"
    assert str(path) in (infos[broken].error or "")
    assert infos[fine].state == "new"
    assert any("skadet fil" in line for line in format_session_lines(list(infos.values())))

    fresh.add_note(fine, note(text="Fortsatt mulig"))
    assert len(fresh.load(fine).notes) == 1
    assert path.read_bytes() == garbage  # byte for byte as the user left it
    assert latest_unfinished(fresh.list_sessions()) is not None


def test_a_torn_or_wrongly_shaped_file_names_the_file(
    disk_store: SessionStore, agenda: Agenda
) -> None:
    sid = disk_store.create_session(agenda, title="t", date=DAY).id
    agenda_path = session_file(disk_store, sid, "agenda")
    good_agenda = agenda_path.read_bytes()
    agenda_path.write_text('{"meta": {"1": {"schema": 1}}, "agenda": {"1": {"id": 3}}}')
    with pytest.raises(CorruptSessionFile, match=r"agenda\.json"):
        SessionStore.open(disk_store.root).load(sid)
    agenda_path.write_bytes(good_agenda)
    path = session_file(disk_store, sid)
    path.write_text('{"meta": [1, 2]}')
    with pytest.raises(CorruptSessionFile, match="uventet struktur"):
        SessionStore.open(disk_store.root).load(sid)
    path.write_text("")
    with pytest.raises(CorruptSessionFile, match="ugyldig JSON"):
        SessionStore.open(disk_store.root).load(sid)


def test_a_file_from_a_newer_plansje_is_refused_untouched(
    disk_store: SessionStore, agenda: Agenda
) -> None:
    sid = disk_store.create_session(agenda, title="t", date=DAY).id
    path = session_file(disk_store, sid)
    data = json.loads(path.read_text())
    data["meta"]["1"]["schema"] = 99
    path.write_text(json.dumps(data))
    before = path.read_bytes()
    with pytest.raises(UnsupportedSchema, match="99"):
        disk_store.add_note(sid, note())
    assert path.read_bytes() == before


def test_the_index_is_rebuilt_when_missing_corrupt_or_stale(
    disk_store: SessionStore, agenda: Agenda
) -> None:
    root = disk_store.root
    assert root is not None
    first = disk_store.create_session(agenda, title="En", date=DAY).id
    assert [i.id for i in disk_store.list_sessions()] == [first]
    index = root / "index.json"
    assert first in index.read_text()

    index.unlink()
    assert [i.title for i in disk_store.list_sessions()] == ["En"]
    assert index.exists()

    index.write_bytes(b"{not json")
    assert [i.title for i in SessionStore.open(root).list_sessions()] == ["En"]
    kept = list(root.glob("index.broken-*.json"))
    assert [p.read_bytes() for p in kept] == [b"{not json"]

    other_seat = SessionStore.open(root)
    other_seat.update_session(first, title="Endret av den andre")
    other_seat.record_event(first, Event(EventType.STARTED, at(0)))
    [info] = disk_store.list_sessions()
    assert (info.title, info.state) == ("Endret av den andre", "running")


def test_two_store_objects_on_one_session_lose_nothing(
    disk_store: SessionStore, agenda: Agenda
) -> None:
    sid = disk_store.create_session(agenda, title="t", date=DAY).id
    other = SessionStore.open(disk_store.root)
    added = []
    for i in range(30):
        seat = disk_store if i % 3 else other
        added.append(seat.add_note(sid, note(text=f"n{i}")))
    first = added[0]
    disk_store.update_note(sid, first.id, text="endret")
    assert other.load(sid).note(first.id).text == "endret"
    assert [n.id for n in disk_store.load(sid).notes] == [n.id for n in added]
    assert other.load(sid) == disk_store.load(sid)


def test_a_restarted_app_continues_the_timer_exactly(
    disk_store: SessionStore, agenda: Agenda
) -> None:
    sid = disk_store.create_session(agenda, title="t", date=DAY).id
    for event in (
        Event(EventType.STARTED, at(0), step=0),
        Event(EventType.STEP_ENTERED, at(11), step=1),
        Event(EventType.PAUSED, at(14)),
        Event(EventType.RESUMED, at(16)),
        Event(EventType.TIME_ADDED, at(17), minutes=5),
    ):
        disk_store.record_event(sid, event)
    before = disk_store.load(sid).timing(at(25))
    restarted = SessionStore.open(disk_store.root).load(sid).timing(at(25))
    assert restarted == before
    assert restarted.steps[1].elapsed == dt.timedelta(minutes=12)
    assert restarted.steps[1].remaining == dt.timedelta(minutes=13)


def test_crash_leftovers_are_cleaned_and_never_read(
    disk_store: SessionStore, agenda: Agenda
) -> None:
    sid = disk_store.create_session(agenda, title="t", date=DAY).id
    path = session_file(disk_store, sid)
    leftover = path.with_name(".session.json.abc123.tmp")
    leftover.write_bytes(b'{"half": ')
    fresh = SessionStore.open(disk_store.root)
    assert fresh.load(sid).notes == ()
    fresh.add_note(sid, note())
    drain_discards()
    assert not leftover.exists()
    assert sorted(p.name for p in path.parent.iterdir()) == [
        "agenda.json",
        "notes-0001.json",
        "session.json",
        "session.lock",
    ]


def test_a_session_locked_too_long_times_out_clearly(tmp_path: Path, agenda: Agenda) -> None:
    store = SessionStore.open(tmp_path / "store", lock_timeout=0.2)
    sid = store.create_session(agenda, title="t", date=DAY).id
    lock_path = session_file(store, sid).with_name("session.lock")
    held, release = threading.Event(), threading.Event()

    def other_seat() -> None:
        with filelock.FileLock(lock_path):
            held.set()
            release.wait(10)

    thread = threading.Thread(target=other_seat)
    thread.start()
    outbox = Outbox(store)
    waiting = note()
    try:
        assert held.wait(10)
        with pytest.raises(LockTimeout, match=r"session\.lock"):
            store.add_note(sid, waiting)
        outbox.enqueue(add_note_write(sid, waiting))
        with pytest.raises(LockTimeout):
            outbox.flush()
        assert outbox.pending == 1  # kept for the next flush
        assert store.load(sid).notes == ()  # reading never waits for the lock
    finally:
        release.set()
        thread.join()
    assert outbox.flush() == 1
    assert store.load(sid).notes == (waiting,)


def test_notes_are_split_into_segments_so_a_save_stays_small(
    disk_store: SessionStore, agenda: Agenda
) -> None:
    sid = disk_store.create_session(agenda, title="Stort møte", date=DAY).id
    count = SEGMENT_NOTES * 2 + 5
    added = [disk_store.add_note(sid, note(text=f"notat {i}")) for i in range(count)]
    directory = session_file(disk_store, sid).parent
    segments = sorted(p.name for p in directory.glob("notes-*.json"))
    assert segments == ["notes-0001.json", "notes-0002.json", "notes-0003.json"]
    sizes = [len(json.loads((directory / name).read_text())["notes"]) for name in segments]
    assert sizes == [SEGMENT_NOTES, SEGMENT_NOTES, 5]

    before = {p.name: p.read_bytes() for p in directory.glob("*.json")}
    token = stored_files(disk_store, sid)
    disk_store.add_note(sid, note(text="en til"))
    changed = {p.name for p in directory.glob("*.json") if p.read_bytes() != before.get(p.name)}
    assert changed == {"notes-0003.json"}  # only the last segment is rewritten
    assert stored_files(disk_store, sid) != token

    first = added[0]
    disk_store.add_note(sid, first)  # a retried add of an old note is still a no-op
    disk_store.update_note(sid, first.id, text="endret")
    other = SessionStore.open(disk_store.root)
    loaded = other.load(sid)
    assert [n.id for n in loaded.notes][: len(added)] == [n.id for n in added]
    assert len(loaded.notes) == len(added) + 1
    assert loaded.note(first.id).text == "endret"
    late = other.add_note(sid, note(text="fra den andre"))  # lands in a file disk_store knows
    other.update_note(sid, first.id, text="endret igjen")
    disk_store.update_note(sid, late.id, text="sett og endret")  # found without a full scan
    assert other.load(sid).note(late.id).text == "sett og endret"
    assert disk_store.load(sid).note(first.id).text == "endret igjen"
