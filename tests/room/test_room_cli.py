"""`plansje room` on the command line: clear messages and exit code 1, never a traceback."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from agendas.library import resolve_agenda
from store.model import Event, EventType
from store.room.room_file import read_room
from store.sessions import SessionStore
from tui.cli import main
from tui.room.server import RoomServer, RoomThread


def _session(store_dir: Path, *, ended: bool = False) -> str:
    store = SessionStore.open(store_dir)
    session = store.create_session(resolve_agenda("hora"), title="T", date=dt.date.today())
    now = dt.datetime.now(dt.UTC)
    store.record_event(session.id, Event(EventType.STARTED, now, step=0))
    if ended:
        store.record_event(session.id, Event(EventType.ENDED, now))
    return session.id


def test_an_ended_meeting_opens_no_room(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    sid = _session(tmp_path, ended=True)
    assert main(["room", sid, "--store", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert "avsluttet" in err and "Traceback" not in err


def test_an_unknown_session_or_port_is_refused_clearly(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _session(tmp_path)
    assert main(["room", "zzzzzz", "--store", str(tmp_path)]) == 1
    assert main(["room", "--port", "70000", "--store", str(tmp_path), "--lang", "en"]) == 1
    err = capsys.readouterr().err
    assert "zzzzzz" in err and "70000" in err and "Traceback" not in err


def test_another_host_warns_that_notes_are_sensitive_before_anything_listens(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sid = _session(tmp_path)
    argv = ["room", sid, "--host", "no-such-host.invalid", "--store", str(tmp_path)]
    assert main([*argv, "--port", "0"]) == 1
    err = capsys.readouterr().err
    assert "ADVARSEL" in err and "arbeidsplassens eget trådløse nett" in err
    assert "Traceback" not in err


def test_the_room_closes_by_itself_when_the_meeting_ends(tmp_path: Path) -> None:
    sid = _session(tmp_path)
    server = RoomServer(tmp_path, sid, host="127.0.0.1", port=0)
    thread = RoomThread(server)
    record = thread.start()
    assert record.join_url.startswith("http://127.0.0.1:")
    store = SessionStore.open(tmp_path)
    store.record_event(sid, Event(EventType.ENDED, dt.datetime.now(dt.UTC)))
    assert thread.wait_stopped(10)
    closed = read_room(tmp_path / "sessions" / sid)
    assert closed is not None and closed.join_url == ""
