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
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

if TYPE_CHECKING:  # imported here only: the children time their own imports
    from textual.geometry import Region
    from textual.pilot import Pilot
    from textual.strip import Strip

    from store.sessions import SessionStore

ROOT = Path(__file__).resolve().parents[2]
RUNS = 15
SLOW_WRITE_S = 0.2


def _child_bare() -> None:
    """A bare Textual app: a Static and a Footer; report when its first screen is up."""
    from textual.app import App, ComposeResult
    from textual.widgets import Footer, Static

    class Bare(App[None]):
        def compose(self) -> ComposeResult:
            yield Static("Hei")
            yield Footer()

    async def ready(pilot: Pilot[object]) -> None:
        await pilot.pause()
        _report()
        pilot.app.exit()

    Bare().run(headless=True, size=(80, 24), auto_pilot=ready)


def _child_plansje(store_dir: str, session_id: str | None) -> None:
    """`plansje run statusmote` (or `plansje resume ID`) through the real entry point, with
    the app run headless until its first Run screen is rendered."""
    from tui.startup import hold_gc

    hold_gc()  # main() does this before it imports the app; the patch below needs it sooner
    from tui.app import PlansjeApp
    from tui.cli import main
    from tui.screens.run import RunScreen

    async def ready(pilot: Pilot[object]) -> None:
        while not isinstance(pilot.app.screen, RunScreen):
            await pilot.pause()
        await pilot.pause()
        _report()
        if os.environ.get("BENCH_LATENCY"):
            await _latency(pilot)
        pilot.app.exit()

    run = PlansjeApp.run

    def headless_run(self: PlansjeApp, **kwargs: object) -> None:
        run(self, headless=True, size=(80, 24), auto_pilot=ready)

    PlansjeApp.run = headless_run  # type: ignore[assignment,method-assign]
    if os.environ.get("BENCH_SLOW_WRITE"):
        _slow_writes(float(os.environ["BENCH_SLOW_WRITE"]))
    if session_id is None:
        main(["run", "statusmote", "--store", store_dir])
    else:
        main(["resume", session_id, "--store", store_dir])


WRITES = (
    "add_note", "update_note", "delete_note", "restore_note", "record_event",
    "save_summary", "save_plan", "save_draft", "create_session",
)  # fmt: skip


def _slow_writes(seconds: float) -> None:
    """Make every store write take `seconds` longer (a slow network disk)."""
    from store.sessions import SessionStore

    for name in WRITES:
        method = getattr(SessionStore, name, None)
        if method is None:
            continue

        def slow(
            self: SessionStore,
            *args: Any,
            _method: Callable[..., Any] = method,
            **kwargs: Any,
        ) -> Any:
            time.sleep(seconds)
            return _method(self, *args, **kwargs)

        setattr(SessionStore, name, slow)


async def _latency(pilot: Pilot[object]) -> None:
    """Enter-to-note-visible: from the Enter key until the note list shows the note, rendered."""
    import asyncio

    from textual import events
    from textual.widgets import Input

    from tui.screens.run import RunScreen
    from tui.widgets.note_list import NoteList

    screen = cast(RunScreen, pilot.app.screen)
    note_input = screen.query_one("#note-input", Input)
    notes = screen.query_one(NoteList)
    samples = []
    painted = [0.0]
    expected = [""]
    render_lines = notes.render_lines

    def timed_render(crop: Region) -> list[Strip]:
        # The first paint of the list that holds the expected note is when the user sees it.
        shown = notes.option_count and str(notes.get_option_at_index(0).prompt)
        if not painted[0] and expected[0] and shown and expected[0] in shown:
            painted[0] = time.perf_counter()
        return render_lines(crop)

    notes.render_lines = timed_render  # type: ignore[method-assign]
    keys = []
    for n in range(100):
        text = f"Måling {n}"
        note_input.value = text[:-1]
        note_input.cursor_position = len(text) - 1
        await pilot.pause()
        # The last character as a key press: how long until the field shows it.
        pressed = time.perf_counter()
        pilot.app.post_message(events.Key(text[-1], text[-1]))
        while note_input.value != text:
            if time.perf_counter() > pressed + 5:
                raise RuntimeError(f"key {n} never reached the field: {note_input.value!r}")
            await asyncio.sleep(0.0005)
        keys.append((time.perf_counter() - pressed) * 1000)
        await pilot.pause()
        painted[0], expected[0] = 0.0, text
        start = time.perf_counter()
        # The Enter key as the terminal driver delivers it; then wait until the note list has
        # been painted with the note in it (the first render_lines that shows it).
        pilot.app.post_message(events.Key("enter", "\r"))
        deadline = start + 5
        while not painted[0]:
            if time.perf_counter() > deadline:
                raise RuntimeError(f"note {text!r} was never painted")
            await asyncio.sleep(0.0005)
        samples.append((painted[0] - start) * 1000)
    pending = screen.meeting.pending
    await pilot.app.workers.wait_for_complete()
    samples.sort()
    keys.sort()
    if os.environ.get("BENCH_TOP"):
        print("slowest:", [round(x, 1) for x in samples[-6:]], file=sys.stderr)
    print(
        json.dumps(
            {
                "latency_p50_ms": samples[len(samples) // 2],
                "latency_p99_ms": samples[int(len(samples) * 0.99) - 1],
                "keystroke_p99_ms": keys[int(len(keys) * 0.99) - 1],
                "writes_left_after_typing": pending,
            }
        ),
        flush=True,
    )


def _report() -> None:
    """Print seconds since the parent started this process, and peak RSS in MiB."""
    import resource

    started = float(os.environ["BENCH_T0"])
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"seconds": time.time() - started, "rss_mib": rss}), flush=True)


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
    if len(sys.argv) > 1 and sys.argv[1] == "bare":
        _child_bare()
    elif len(sys.argv) > 1 and sys.argv[1] == "plansje":
        _child_plansje(sys.argv[2], sys.argv[3] if len(sys.argv) > 3 else None)
    else:
        main()
