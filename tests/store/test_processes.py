"""Real processes: SIGKILL at random moments loses no saved note; two seats lose no update."""

from __future__ import annotations

import datetime as dt
import json
import random
import time
from pathlib import Path

import pytest

from agendas.model import Agenda
from store.durable import drain_discards
from store.sessions import SessionStore
from tests.store.helpers import note, stored_files
from tests.store.workers import Child, start_writer, wait_for_saves, wait_ready

DAY = dt.date(2026, 3, 10)
KILLS = 60
AT_ONCE = 3

pytestmark = pytest.mark.skipif(not hasattr(__import__("os"), "fork"), reason="needs fork")


def _acked(children: list[Child]) -> tuple[set[tuple[str, str]], dict[str, int]]:
    added: set[tuple[str, str]] = set()
    edits: dict[str, int] = {}
    for child in children:
        for line in child.lines():
            if line[0] == "add":
                added.add((line[1], line[2]))
            elif line[0] == "edit":
                edits[line[2]] = max(edits.get(line[2], 0), int(line[3]))
    return added, edits


def test_sigkill_at_random_moments_loses_no_saved_note(tmp_path: Path, agenda: Agenda) -> None:
    root = tmp_path / "store"
    store = SessionStore.open(root)
    session_ids = [store.create_session(agenda, title=f"S{i}", date=DAY).id for i in range(3)]
    for sid in session_ids:  # some history, so a save has real work to be killed in
        for i in range(150):
            store.add_note(sid, note(text=f"old {i}"))
    rng = random.Random(20260310)
    children: list[Child] = []
    cut_short = 0  # kills that left a half-done save behind (evidence they hit mid-write)
    for batch in range(KILLS // AT_ONCE):
        running = [
            start_writer(root, session_ids, 10_000, seed=batch * AT_ONCE + i)
            for i in range(AT_ONCE)
        ]
        for child in running:
            wait_ready(child)
        for child in running:
            wait_for_saves(child, 2)  # a loaded machine starts children slowly
            time.sleep(rng.uniform(0.0, 0.04))
            child.kill()
        children.extend(running)
        cut_short += len(list(root.rglob("*.tmp")))
    assert len(children) >= 50
    assert cut_short > 0, "no kill landed inside a save; the test proves nothing"

    added, edits = _acked(children)
    assert len(added) > 100, "the children should have saved notes before being killed"
    for path in root.rglob("*.json"):
        if not path.name.startswith("."):
            json.loads(path.read_bytes())  # every store file parses

    fresh = SessionStore.open(root)
    stored = {sid: {n.id: n for n in fresh.load(sid).notes} for sid in session_ids}
    missing = [(sid, nid) for sid, nid in added if nid not in stored[sid]]
    assert missing == []
    for sid, notes in stored.items():
        for note_id, version in edits.items():
            if note_id in notes:
                assert int(notes[note_id].text[1:]) >= version, (sid, note_id)
    assert {i.id for i in fresh.list_sessions()} == set(session_ids)

    for sid in session_ids:  # the next save cleans whatever a killed save left behind
        fresh.add_note(sid, note())
    drain_discards()
    assert [p.name for p in root.rglob("*.tmp")] == []


def test_two_processes_writing_one_session_end_with_every_note(
    tmp_path: Path, agenda: Agenda
) -> None:
    root = tmp_path / "store"
    store = SessionStore.open(root)
    sid = store.create_session(agenda, title="To seter", date=DAY).id
    token = stored_files(store, sid)
    seats = [start_writer(root, [sid], 500, seed=seed, edits=0.0) for seed in (1, 2)]
    # The other seat notices a change within 0.5 s by polling the cheap token.
    wait_ready(seats[0])
    deadline = time.monotonic() + 0.5
    while stored_files(store, sid) == token:
        assert time.monotonic() < deadline, "the change was not visible within 0.5 s"
        time.sleep(0.05)
    assert [seat.wait() for seat in seats] == [0, 0]

    added, _ = _acked(seats)
    session = SessionStore.open(root).load(sid)
    assert len(added) == 1000
    assert len(session.notes) == 1000
    assert {n.id for n in session.notes} == {nid for _, nid in added}
