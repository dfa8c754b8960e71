"""A store written by release 0.1.0 opens and reads back everything, and keeps working."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

from store.migrations import SCHEMA_VERSION
from store.sessions import SessionStore
from store.tiltak_status import LEGACY_STATUS
from tests.fixtures.release_store import FIXTURE, expected, session_summary
from tests.store.helpers import note


def _copy(tmp_path: Path) -> Path:
    root = tmp_path / "store"
    shutil.copytree(FIXTURE, root)
    return root


def _with_todays_statuses(sessions: dict[str, Any]) -> dict[str, Any]:
    """The release's tiltak statuses (åpen, pågår, ferdig) as this release reads them."""
    for session in sessions.values():
        for stored in session["notes"]:
            stored["status"] = LEGACY_STATUS[stored["status"]].value
    return sessions


def test_every_session_note_summary_tiltak_and_plan_reads_back(tmp_path: Path) -> None:
    store = SessionStore.open(_copy(tmp_path))
    want = _with_todays_statuses(expected())
    assert {note["status"] for s in want.values() for note in s["notes"]} >= {
        "ikke startet",
        "gjennomført",
    }
    assert {info.id for info in store.list_sessions()} == set(want)
    for session_id, summary in want.items():
        assert session_summary(store.load(session_id)) == summary
    deleted = [n["id"] for s in want.values() for n in s["notes"] if n["deleted"]]
    assert deleted == ["n0007", "n0201"]  # the fixture holds deleted notes, and they load


def test_a_release_store_keeps_working_and_upgrades_only_what_it_writes(tmp_path: Path) -> None:
    root = _copy(tmp_path)
    store = SessionStore.open(root)
    big = next(sid for sid, s in expected().items() if len(s["notes"]) == 250)
    folder = root / "sessions" / big
    first_segment = (folder / "notes-0001.json").read_bytes()
    store.update_note(big, "n0150", text="Endret etter oppgradering")  # lives in notes-0002
    added = store.add_note(big, note(step=0, group=1, text="Ny etter oppgradering"))
    store.save_summary(big, [])

    assert (folder / "notes-0001.json").read_bytes() == first_segment  # untouched
    session = json.loads((folder / "session.json").read_text())
    assert session["meta"]["1"]["schema"] == SCHEMA_VERSION
    assert "history" not in session  # the old undo history is gone from the session file
    assert "history" in json.loads((folder / "session.v1.bak.json").read_text())  # kept aside
    again = SessionStore.open(root).load(big)
    assert again.note("n0150").text == "Endret etter oppgradering"
    assert again.note(added.id).text == "Ny etter oppgradering"
    assert len(again.notes) == 251
    assert again.summary == ()
