"""The child processes of bench_startup.py: a bare Textual app and `plansje run` (or
`resume`), each reporting its first screen, with Enter-to-note-visible timing and slow writes.

Only the standard library is imported at the top: the children time their own imports.
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, cast

if TYPE_CHECKING:  # imported here only: the children time their own imports
    from textual.geometry import Region
    from textual.pilot import Pilot
    from textual.strip import Strip

    from store.sessions import SessionStore


def child_bare() -> None:
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


def child_plansje(store_dir: str, session_id: str | None) -> None:
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
