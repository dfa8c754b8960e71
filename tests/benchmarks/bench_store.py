"""Note-save latency of the session store, with 1 session and with 1,000 sessions in the store.

Run from the repository root: ``python tests/benchmarks/bench_store.py``. Every save is the
real, durable one (temp file, fsync, atomic replace, fsync of the directory). Saves go into
a session that holds 1,000 notes when measuring starts (and 1,400 at the end); the two stores
are measured side by side, alternating one save each. Then edits of old notes in that
session, and new notes in a session of 5,000. The last line printed is one JSON object.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from agendas.model import Agenda, Duration, IgloLevel, NoteKind, Step  # noqa: E402
from store.durable import drain_discards  # noqa: E402
from store.model import Note, new_note_id  # noqa: E402
from store.sessions import SessionStore  # noqa: E402

if TYPE_CHECKING:
    from tests.note_fields import TiltakFields

NOTES_PER_SESSION = 1000
BIG_SESSION = 5000
OTHER_SESSIONS = 999
NOTES_IN_OTHER_SESSIONS = 5
SAVES = 400

AGENDA = Agenda(
    id="starte",
    title="Starte HMS-arbeidet",
    steps=tuple(Step(title=f"Steg {i}", duration=Duration(15, 20)) for i in range(8)),
)
TEXT = (
    "Vi trenger bedre rutiner for opplæring av nyansatte på kveldsvakt, særlig i helgene, "
    "og en fast plass å ta pauser som ikke er på lageret."
)
KINDS = [NoteKind.UTFORDRING, NoteKind.BEVARINGSPUNKT, NoteKind.ONSKE, NoteKind.TILTAK]


def make_note(number: int) -> Note:
    """A realistic note: Norwegian text of 60–140 characters, a group, sometimes a tiltak."""
    kind = KINDS[number % len(KINDS)]
    text = TEXT[: 60 + number % 80]
    extra: TiltakFields = {}
    if kind is NoteKind.TILTAK:
        extra = {"iglo": IgloLevel.GRUPPE, "ansvarlig": "Verneombud", "frist": dt.date(2026, 6, 1)}
    return Note(
        new_note_id(),
        kind,
        text,
        number % len(AGENDA.steps),
        number % 4 or None,
        dt.datetime.now(dt.UTC),
        **extra,
    )


def fill(store: SessionStore, sid: str, count: int) -> None:
    """Add ``count`` notes to a session."""
    for number in range(count):
        store.add_note(sid, make_note(number))


def build(root: Path, sessions: int) -> str:
    """A store with ``sessions`` sessions; returns the id of the measured one (1,000 notes)."""
    store = SessionStore.open(root)
    target = ""
    started = time.perf_counter()
    for number in range(sessions):
        sid = store.create_session(AGENDA, title=f"Møte {number}", date=dt.date(2026, 3, 10)).id
        if number == 0:
            fill(store, sid, NOTES_PER_SESSION)
            target = sid
        else:
            fill(store, sid, NOTES_IN_OTHER_SESSIONS)
        if number % 200 == 199:
            print(f"  {root.name}: {number + 1} sessions ({time.perf_counter() - started:.0f} s)")
    drain_discards()
    return target


def percentile(values: list[float], share: float) -> float:
    """The value below which ``share`` of the sorted values lie (nearest rank)."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(share * len(ordered)) - 1))]


def main() -> None:
    """Build both stores, then alternate saves between them and report the latencies."""
    base = Path(tempfile.mkdtemp(prefix="plansje-bench-"))
    try:
        print("building a store with 1 session ...")
        one_target = build(base / "one", 1)
        print(f"building a store with {OTHER_SESSIONS + 1} sessions ...")
        many_target = build(base / "many", OTHER_SESSIONS + 1)
        # Fresh store objects, as a newly started app would have; loading the session is what
        # the app does before it takes notes into it.
        one, many = SessionStore.open(base / "one"), SessionStore.open(base / "many")
        started = time.perf_counter()
        sizes = len(one.list_sessions()), len(many.list_sessions())
        listed = (time.perf_counter() - started) * 1000
        print(f"store sizes: {sizes[0]} and {sizes[1]} sessions (both listed in {listed:.0f} ms)")
        for store, sid in ((one, one_target), (many, many_target)):
            assert len(store.load(sid).notes) == NOTES_PER_SESSION
        timings: dict[str, list[float]] = {"one": [], "many": []}
        for number in range(SAVES):
            for name, store, sid in (("one", one, one_target), ("many", many, many_target)):
                note = make_note(number)
                started = time.perf_counter()
                store.add_note(sid, note)
                timings[name].append((time.perf_counter() - started) * 1000)
        rng = random.Random(20261201)
        old_ids = [n.id for n in one.load(one_target).notes]
        timings["edit"] = []
        for number in range(SAVES):
            note_id = rng.choice(old_ids)
            started = time.perf_counter()
            one.update_note(one_target, note_id, text=f"Endret {number}")
            timings["edit"].append((time.perf_counter() - started) * 1000)
        print(f"building a session of {BIG_SESSION} notes ...")
        big = one.create_session(AGENDA, title="Stort møte", date=dt.date(2026, 3, 10)).id
        fill(one, big, BIG_SESSION)
        big_store = SessionStore.open(base / "one")
        assert len(big_store.load(big).notes) == BIG_SESSION
        timings["5000"] = []
        for number in range(SAVES):
            note = make_note(number)
            started = time.perf_counter()
            big_store.add_note(big, note)
            timings["5000"].append((time.perf_counter() - started) * 1000)
        drain_discards()
        for name, values in timings.items():
            print(
                f"{name:>4}: {len(values)} saves, p50 {statistics.median(values):.2f} ms, "
                f"p99 {percentile(values, 0.99):.2f} ms, max {max(values):.2f} ms"
            )
        result = {
            "p50_ms_1_session": round(statistics.median(timings["one"]), 3),
            "p99_ms_1_session": round(percentile(timings["one"], 0.99), 3),
            "p50_ms_1000_sessions": round(statistics.median(timings["many"]), 3),
            "p99_ms_1000_sessions": round(percentile(timings["many"], 0.99), 3),
        }
        for key, name in (("edit_1000_notes", "edit"), ("5000_notes", "5000")):
            result[f"p50_ms_{key}"] = round(statistics.median(timings[name]), 3)
            result[f"p99_ms_{key}"] = round(percentile(timings[name], 0.99), 3)
        result["p99_ratio"] = round(result["p99_ms_1000_sessions"] / result["p99_ms_1_session"], 3)
        print(json.dumps(result))
    finally:
        shutil.rmtree(base, ignore_errors=True)


if __name__ == "__main__":
    main()
