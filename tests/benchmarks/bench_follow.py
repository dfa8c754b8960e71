"""Follow latency between two seats: a note saved by one seat until it is painted in the other.

Run from the repo root: `python tests/benchmarks/bench_follow.py` (add `poll` to measure the
polling fallback instead of the file watcher). A child process (the facilitator's seat) saves
notes into a session on disk; this process runs the minute-taker's seat (the real app,
headless) and notes when each note is painted in its note list. Last line: one JSON object
with p50 and p99 in milliseconds and how the seat followed (target p99 <= 50 ms).
"""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn, cast

if TYPE_CHECKING:
    from textual.geometry import Region
    from textual.strip import Strip

    from tui.screens.run import RunScreen

ROOT = Path(__file__).resolve().parents[2]
NOTES = 60
TARGET_P99_MS = 50


def _writer(store_dir: str, session_id: str) -> None:
    """Child: save a note every 0.2 s and print (text, wall time when the save returned)."""
    from agendas.model import NoteKind
    from store.model import Note, new_note_id
    from store.sessions import SessionStore

    store = SessionStore.open(store_dir)
    for n in range(NOTES):
        text = f"Følg {n}"
        note = Note(new_note_id(), NoteKind.UTFORDRING, text, 0, 1, dt.datetime.now(dt.UTC))
        store.add_note(session_id, note)
        print(json.dumps({"text": text, "saved": time.time()}), flush=True)
        time.sleep(0.2)


async def _follow(store_dir: str, session_id: str) -> tuple[list[float], dict[str, object]]:
    """Run the minute-taker's seat; return one latency (ms) per note and how it followed."""
    from store.sessions import SessionStore
    from tui.app import PlansjeApp
    from tui.widgets.note_list import NoteList

    app = PlansjeApp(SessionStore.open(store_dir), session_id=session_id, seat="referent")
    painted: dict[str, float] = {}
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        # The seat follows once its screen is up (FOLLOW_DELAY): start the other seat's writes
        # then, so a note saved before it was following is not counted as a slow follow.
        deadline = time.time() + 10
        while cast("RunScreen", app.screen).follower.mode != "watch" and time.time() < deadline:
            await pilot.pause(0.05)
        notes = app.screen.query_one(NoteList)
        render_lines = notes.render_lines

        def timed(crop: Region) -> list[Strip]:
            result = render_lines(crop)
            for index in range(min(notes.option_count, 3)):
                prompt = str(notes.get_option_at_index(index).prompt)
                text = prompt.split("  ", 1)[-1]
                painted.setdefault(text, time.time())
            return result

        notes.render_lines = timed  # type: ignore[method-assign]
        child = subprocess.Popen(
            [sys.executable, __file__, "writer", store_dir, session_id],
            stdout=subprocess.PIPE,
            text=True,
            cwd=ROOT,
        )
        saved: dict[str, float] = {}
        loop = asyncio.get_running_loop()
        assert child.stdout is not None
        while True:
            line = await loop.run_in_executor(None, child.stdout.readline)
            if not line:
                break
            record = json.loads(line)
            saved[record["text"]] = record["saved"]
        child.wait(timeout=60)
        deadline = time.time() + 5
        while len([t for t in saved if t in painted]) < len(saved) and time.time() < deadline:
            await pilot.pause(0.05)
        follower = cast("RunScreen", app.screen).follower.describe()
    missing = [t for t in saved if t not in painted]
    if missing:
        raise SystemExit(f"never shown in the other seat: {missing[:5]}")
    return sorted((painted[t] - saved[t]) * 1000 for t in saved), follower


def _no_watcher(*paths: object, **options: object) -> NoReturn:
    """Stands in for watchfiles.watch when measuring the fallback: watching is unavailable."""
    raise OSError("file watching disabled for the benchmark")


def main(poll: bool = False) -> None:
    """Create a session, run both seats, print the figures and the JSON line."""
    sys.path.insert(0, str(ROOT))
    if poll:
        import tui.follow

        tui.follow.WATCH = _no_watcher
    from agendas.library import resolve_agenda
    from store.sessions import SessionStore

    with tempfile.TemporaryDirectory() as tmp:
        store = SessionStore.open(tmp)
        session = store.create_session(
            resolve_agenda("statusmote"), title="Følg", date=dt.date.today(), groups=2
        )
        store_dir = tmp
        latencies, follower = asyncio.run(_follow(store_dir, session.id))
    p50 = latencies[len(latencies) // 2]
    p99 = latencies[max(0, int(len(latencies) * 0.99) - 1)]
    print(
        f"{len(latencies)} notes saved by one seat; painted in the other after "
        f"p50 {p50:.0f} ms, p99 {p99:.0f} ms, max {latencies[-1]:.0f} ms "
        f"(follower: {follower['mode']}, loads {follower['loads']})"
    )
    print(
        json.dumps(
            {
                "follow_p50_ms": round(p50, 1),
                "follow_p99_ms": round(p99, 1),
                "notes": len(latencies),
                "target_p99_ms": TARGET_P99_MS,
                "follower_mode": follower["mode"],
                "follower_loads": follower["loads"],
            }
        )
    )


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    if len(sys.argv) > 1 and sys.argv[1] == "writer":
        _writer(sys.argv[2], sys.argv[3])
    else:
        main(poll=sys.argv[1:] == ["poll"])
