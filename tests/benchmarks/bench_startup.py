"""Startup, memory and note-latency benchmark of the Run screen, against a bare Textual app.

Run from the repo root: `python tests/benchmarks/bench_startup.py`. It alternates, in one run,
(a) `plansje run statusmote` up to its first rendered Run screen and (b) a bare Textual app
(a Static and a Footer) up to its first screen, each in a fresh process; it then opens a
1,000-note session (peak RSS) and times Enter-to-note-visible in it, once as it is and once with
a store where every write takes 200 ms (typing must not wait on the disk: the writes queue in the
meeting's outbox and a worker thread drains them). Last line: one JSON object.

Both apps are measured as an installed app starts from its second run on: one discarded
warm-up run each writes the compiled bytecode (to a temporary PYTHONPYCACHEPREFIX, since
some machines set PYTHONDONTWRITEBYTECODE) and Plansje's agenda parse cache.

The child processes (run as `bench_startup.py plansje STORE [SESSION]` and `bench_startup.py
bare`) are in startup_children.py.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
RUNS = 15
SLOW_WRITE_S = 0.2


_WARM: dict[str, str] = {}


def _spawn(*args: str, env: dict[str, str] | None = None) -> list[dict[str, float]]:
    """Run this script as a child and collect its JSON lines."""
    environment = {**os.environ, **_WARM, **(env or {}), "BENCH_T0": repr(time.time())}
    environment.pop("PYTHONDONTWRITEBYTECODE", None)
    out = subprocess.run(
        [sys.executable, __file__, *args],
        capture_output=True,
        text=True,
        env=environment,
        cwd=ROOT,
        check=True,
        timeout=120,
    ).stdout
    return [json.loads(line) for line in out.splitlines() if line.startswith("{")]


def _big_session(store_dir: str) -> str:
    """A session of statusmote with 1,000 notes, for the memory and latency runs."""
    import datetime as dt

    from agendas.library import resolve_agenda
    from agendas.model import NoteKind
    from store.model import Event, EventType, Note, new_note_id
    from store.sessions import SessionStore

    store = SessionStore.open(store_dir)
    agenda = resolve_agenda("statusmote")
    session = store.create_session(agenda, title="Stor", date=dt.date.today(), groups=4)
    now = dt.datetime.now(dt.UTC)
    store.record_event(session.id, Event(EventType.STARTED, now))
    store.record_event(session.id, Event(EventType.STEP_ENTERED, now, step=1))
    for n in range(1000):
        note = Note(
            new_note_id(),
            NoteKind.UTFORDRING,
            f"Utfordring nummer {n} " * 3,
            1,
            1 + n % 4,
            now - dt.timedelta(seconds=1000 - n),
        )
        store.add_note(session.id, note)
    return session.id


def main() -> None:
    """Alternate the two apps, then measure the big session; print figures and a JSON line."""
    sys.path.insert(0, str(ROOT))
    plansje: list[float] = []
    bare: list[float] = []
    rss_plansje: list[float] = []
    rss_bare: list[float] = []
    with tempfile.TemporaryDirectory() as tmp:
        _WARM["PYTHONPYCACHEPREFIX"] = os.path.join(tmp, "pycache")
        _WARM["PLANSJE_CACHE"] = os.path.join(tmp, "agenda-cache")
        _spawn("plansje", os.path.join(tmp, "store"))
        _spawn("bare")
        for _ in range(RUNS):
            first = _spawn("plansje", os.path.join(tmp, "store"))[0]
            second = _spawn("bare")[0]
            plansje.append(first["seconds"])
            rss_plansje.append(first["rss_mib"])
            bare.append(second["seconds"])
            rss_bare.append(second["rss_mib"])
        big_store = os.path.join(tmp, "big")
        session_id = _big_session(big_store)
        big = _spawn("plansje", big_store, session_id, env={"BENCH_LATENCY": "1"})
        slow_env = {"BENCH_LATENCY": "1", "BENCH_SLOW_WRITE": str(SLOW_WRITE_S)}
        slow = _spawn("plansje", big_store, session_id, env=slow_env)[1]
    startup, latency = big[0], big[1]
    result = {
        "plansje_first_screen_median_s": round(statistics.median(plansje), 3),
        "bare_textual_first_screen_median_s": round(statistics.median(bare), 3),
        "startup_ratio": round(statistics.median(plansje) / statistics.median(bare), 3),
        "plansje_rss_mib": round(statistics.median(rss_plansje), 1),
        "bare_rss_mib": round(statistics.median(rss_bare), 1),
        "rss_mib_1000_notes": round(startup["rss_mib"], 1),
        "enter_to_visible_p50_ms_1000_notes": round(latency["latency_p50_ms"], 1),
        "enter_to_visible_p99_ms_1000_notes": round(latency["latency_p99_ms"], 1),
        "keystroke_p99_ms_1000_notes": round(latency["keystroke_p99_ms"], 1),
        "slow_store_write_ms": round(SLOW_WRITE_S * 1000),
        "enter_to_visible_p50_ms_slow_store": round(slow["latency_p50_ms"], 1),
        "enter_to_visible_p99_ms_slow_store": round(slow["latency_p99_ms"], 1),
        "keystroke_p99_ms_slow_store": round(slow["keystroke_p99_ms"], 1),
        "writes_queued_after_typing_slow_store": slow["writes_left_after_typing"],
        "targets": {"startup_ratio": 1.3, "rss_mib": 60, "enter_p99_ms": 50},
    }
    print(
        f"plansje run statusmote: median {result['plansje_first_screen_median_s']} s "
        f"over {RUNS} runs; bare Textual app: {result['bare_textual_first_screen_median_s']} s"
    )
    print(f"peak RSS with a 1,000-note session open: {result['rss_mib_1000_notes']} MiB")
    print(
        f"Enter to note visible with 1,000 notes: p50 "
        f"{result['enter_to_visible_p50_ms_1000_notes']} ms, p99 "
        f"{result['enter_to_visible_p99_ms_1000_notes']} ms"
    )
    print(
        f"with every store write taking {result['slow_store_write_ms']} ms: Enter to note "
        f"visible p50 {result['enter_to_visible_p50_ms_slow_store']} ms, p99 "
        f"{result['enter_to_visible_p99_ms_slow_store']} ms; a typed key shows in the field "
        f"within {result['keystroke_p99_ms_slow_store']} ms (p99); "
        f"{result['writes_queued_after_typing_slow_store']} writes still queued after typing"
    )
    print(json.dumps(result))


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    from tests.benchmarks.startup_children import child_bare, child_plansje

    if len(sys.argv) > 1 and sys.argv[1] == "bare":
        child_bare()
    elif len(sys.argv) > 1 and sys.argv[1] == "plansje":
        child_plansje(sys.argv[2], sys.argv[3] if len(sys.argv) > 3 else None)
    else:
        main()
