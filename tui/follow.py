"""Follow a session another seat writes to: file events on its directory, then a fresh load.

A worker thread watches ``<store>/sessions/<id>/`` with watchfiles and, when session.json,
agenda.json or a notes file is replaced, loads the session in that thread and posts
`SessionFollower.Changed` to the screen. Polling the store (`changed_elsewhere`) is only the
fallback: for an in-memory store, when the watcher cannot start (no inotify, watch limit),
or when it proves blind (a network share, where the other machine's writes raise no events).
"""

from __future__ import annotations

import contextlib
import re
import threading
from collections import Counter
from collections.abc import Callable, Generator
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from textual.dom import DOMNode
from textual.message import Message
from textual.worker import Worker
from textual.worker_manager import WorkerManager

from store.errors import StoreError
from store.meeting import Meeting
from store.model import Session

if TYPE_CHECKING:
    import watchfiles

FINAL_FILE = re.compile(r"(session|agenda|notes-\d+)\.json")
"""The files a save ends in; temp files (.name.xxxx.tmp), the lock and backups are ignored."""

STEP_MS = 2
"""A batch of file events is done after this long without another (one save, one reload)."""
DEBOUNCE_MS = 50
"""A batch never waits longer than this, however busy the directory."""
CHECK_SECONDS = 1.0
"""While watching, a check of the store after this long without events (the safety net)."""
POLL_SECONDS = 0.25
"""The fallback: how often to ask the store whether another seat wrote when there is no watcher."""
BLIND_AFTER = 2
"""Changes the safety net finds without any event before the watcher is judged blind."""

WatchChanges = Callable[..., Generator[set[tuple["watchfiles.Change", str]], None, None]]


def watch_with_watchfiles(
    *paths: Path, **options: Any
) -> Generator[set[tuple[watchfiles.Change, str]], None, None]:
    """watchfiles.watch, imported on first use: in the follower's thread, after the first frame."""
    import watchfiles

    yield from watchfiles.watch(*paths, **options)


WATCH: WatchChanges = watch_with_watchfiles
"""The watcher (watchfiles.watch's signature); tests swap it to reach the fallbacks."""

Mode = Literal["idle", "watch", "poll", "stopped"]


def is_final_file(change: watchfiles.Change, path: str) -> bool:
    """True for a change to one of the session's own files (not a temp file or the lock)."""
    return FINAL_FILE.fullmatch(Path(path).name) is not None


class _StopSignal:
    """watchfiles' stop_event: set when stop() was called or the screen or the app closed."""

    def __init__(self, flag: threading.Event, node: DOMNode) -> None:
        self.flag, self.node = flag, node

    def is_set(self) -> bool:
        """Checked by the watcher every few ms and by the polling loop."""
        return self.flag.is_set() or not self.node.is_running or not self.node.app.is_running


class SessionFollower:
    """Learns of the other seat's saves by file events and hands the screen a fresh session."""

    class Changed(Message, bubble=False):
        """The session changed on disk; `session` is the fresh load (made off the event loop)."""

        def __init__(self, session: Session) -> None:
            super().__init__()
            self.session = session

    def __init__(
        self,
        meeting: Meeting,
        *,
        watch: WatchChanges | None = None,
        check_seconds: float | None = None,
        poll_seconds: float | None = None,
    ) -> None:
        self.meeting = meeting
        self._watch = watch if watch is not None else WATCH
        self.check_seconds = CHECK_SECONDS if check_seconds is None else check_seconds
        self.poll_seconds = POLL_SECONDS if poll_seconds is None else poll_seconds
        self.mode: Mode = "idle"
        self.fallback_reason = ""
        self.loads: Counter[str] = Counter()
        """Loads by what noticed the change: "event", "check" (safety net) or "poll"."""
        self._flag = threading.Event()
        self._worker: Worker[None] | None = None

    # -- the change check and the load (any thread) ------------------------------------
    def changed(self) -> bool:
        """True when another seat changed the session since this store last read it (this
        seat's own saves do not count; a store that never read the session says True)."""
        try:
            return self.meeting.store.changed_elsewhere(self.meeting.session.id)
        except StoreError:
            return False

    def load(self) -> Session | None:
        """Load the session (the store notes which file versions it read)."""
        try:
            return self.meeting.store.load(self.meeting.session.id)
        except StoreError:
            return None

    # -- the worker ----------------------------------------------------------------------
    def start(self, node: DOMNode) -> Worker[None]:
        """Start following in a thread worker; `node` (the screen) gets `Changed` messages.

        The worker has its own WorkerManager so `app.workers.wait_for_complete()` does not
        wait for it; it stops by itself when `node` or the app closes, or on stop().
        """
        if self._worker is not None and not self._worker.is_finished:
            return self._worker
        self._flag.clear()
        stop = _StopSignal(self._flag, node)
        worker: Worker[None] = Worker(
            node, lambda: self._run(node, stop), name="follow", group="follow", thread=True
        )
        self._worker = worker
        WorkerManager(node.app).add_worker(worker, exclusive=False)
        return worker

    @property
    def worker(self) -> Worker[None] | None:
        """The thread worker following the session (None before start())."""
        return self._worker

    def stop(self) -> None:
        """Stop following (the watcher returns within a few ms)."""
        self._flag.set()

    def _run(self, node: DOMNode, stop: _StopSignal) -> None:
        """The worker thread: watch the directory; poll when there is no (seeing) watcher."""
        directory = self._directory()
        if directory is None:
            self.fallback_reason = "in-memory store"
        else:
            try:
                if self._watch_directory(node, directory, stop):
                    self.mode = "stopped"
                    return
            except (OSError, RuntimeError) as error:
                self.fallback_reason = f"{type(error).__name__}: {error}"
        self._poll(node, stop)
        self.mode = "stopped"

    def _directory(self) -> Path | None:
        """The session's directory on disk, or None for an in-memory store."""
        root = self.meeting.store.root
        return None if root is None else root / "sessions" / self.meeting.session.id

    def _refresh(self, node: DOMNode, source: str) -> bool:
        """Load and post the session when another seat changed it; True when it had."""
        if not self.changed():
            return False
        session = self.load()
        if session is not None:
            self.loads[source] += 1
            node.post_message(self.Changed(session))
        return True

    def _watch_directory(self, node: DOMNode, directory: Path, stop: _StopSignal) -> bool:
        """Follow by file events; True when stopped, False when the watcher proved blind."""
        changes = self._watch(
            directory,
            watch_filter=is_final_file,
            debounce=DEBOUNCE_MS,
            step=STEP_MS,
            stop_event=stop,
            rust_timeout=max(1, round(self.check_seconds * 1000)),
            yield_on_timeout=True,
            recursive=False,
            raise_interrupt=False,
        )
        with contextlib.closing(changes):
            self.mode = "watch"
            self._refresh(node, "check")  # saves before the watcher started
            blind = 0
            for batch in changes:
                if stop.is_set():
                    break
                if batch:
                    blind = 0
                    self._refresh(node, "event")
                elif self._refresh(node, "check"):
                    blind += 1
                    if blind >= BLIND_AFTER:
                        self.fallback_reason = "the watcher sees no events here"
                        return False
        return True

    def _poll(self, node: DOMNode, stop: _StopSignal) -> None:
        """The fallback: ask the store every poll_seconds until stopped."""
        self.mode = "poll"
        while not stop.is_set():
            self._refresh(node, "poll")
            self._flag.wait(self.poll_seconds)

    def describe(self) -> dict[str, Any]:
        """How this follower works right now (for logs and the benchmark)."""
        return {"mode": self.mode, "fallback": self.fallback_reason, "loads": dict(self.loads)}
