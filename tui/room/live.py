"""The room's copy of the session: reloaded (in a thread) on file events, pushed to phones.

A watcher task follows the session folder with watchfiles; any save (the facilitator's, the
minute-taker's or the room's own) asks for a reload. Reloads are coalesced: one runs at a
time, and the requests that arrive meanwhile make one more. Each new load wakes every
listener (a phone's event stream).
"""

from __future__ import annotations

import asyncio
import contextlib
from pathlib import Path

from store.errors import StoreError
from store.model import Session
from store.session_files import SAVED_FILE
from store.sessions import SessionStore
from store.votes import VoteBook, load_votes

STEP_MS = 2
DEBOUNCE_MS = 50
POLL_SECONDS = 0.25
"""Without a watcher (no inotify), the store is asked this often whether another seat wrote."""


class LiveSession:
    """The latest load of one session, and the phones' streams waiting for the next one."""

    def __init__(self, store: SessionStore, session: Session) -> None:
        self.store = store
        self.session = session
        self.version = 0
        self._asked = 0  # reloads asked for, and the last of them a finished load covers
        self._covered = 0
        self._wanted = asyncio.Event()
        self._changed = asyncio.Condition()
        self._tasks: list[asyncio.Task[None]] = []
        self.closed = False
        self.votes = VoteBook()
        #: The meeting this one follows (read once: a vote `fra forrige møte` is on its notes).
        self.earlier: Session | None = None

    @property
    def folder(self) -> Path:
        """The session's folder on disk."""
        return self.store.sessions_dir / self.session.id

    def start(self) -> None:
        """Start the watcher and the reloader (on the running loop)."""
        self._tasks = [asyncio.create_task(self._reloader()), asyncio.create_task(self._watch())]
        self.reload_soon()  # the votes and the meeting this one follows

    async def close(self) -> None:
        """Stop watching and release every waiting stream."""
        self.closed = True
        for task in self._tasks:
            task.cancel()
        for task in self._tasks:
            with contextlib.suppress(asyncio.CancelledError):
                await task
        async with self._changed:
            self._changed.notify_all()

    def reload_soon(self) -> int:
        """Ask for a fresh load of the session (coalesced with other requests); its number."""
        self._asked += 1
        self._wanted.set()
        return self._asked

    async def reloaded(self) -> None:
        """Ask for a fresh load and wait until one that began after this call is in place."""
        asked = self.reload_soon()
        async with self._changed:
            await self._changed.wait_for(lambda: self._covered >= asked or self.closed)

    async def next_version(self, seen: int, timeout: float) -> int:
        """Wait until a load newer than `seen` exists (or `timeout` seconds); its version."""
        async with self._changed:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(
                    self._changed.wait_for(lambda: self.version > seen or self.closed), timeout
                )
        return self.version

    async def _reloader(self) -> None:
        loop = asyncio.get_running_loop()
        while True:
            await self._wanted.wait()
            self._wanted.clear()
            covers = self._asked
            try:
                fresh, votes = await loop.run_in_executor(None, self._load)
            except StoreError:
                fresh, votes = self.session, self.votes  # a half-broken file: keep the last
            async with self._changed:
                self.session, self.votes = fresh, votes
                self.version += 1
                self._covered = covers
                self._changed.notify_all()

    def _load(self) -> tuple[Session, VoteBook]:
        """The session and its votes from disk (and, once, the meeting it follows)."""
        session = self.store.load(self.session.id)
        if session.follows and self.earlier is None:
            with contextlib.suppress(StoreError):
                self.earlier = self.store.load(session.follows)
        return session, load_votes(self.store, session.id)

    async def _watch(self) -> None:
        try:
            import watchfiles

            async for _ in watchfiles.awatch(
                self.folder,
                watch_filter=lambda _change, path: (
                    SAVED_FILE.fullmatch(Path(path).name) is not None
                ),
                debounce=DEBOUNCE_MS,
                step=STEP_MS,
                recursive=False,
            ):
                self.reload_soon()
        except (OSError, RuntimeError):
            await self._poll()

    async def _poll(self) -> None:
        loop = asyncio.get_running_loop()
        while True:
            await asyncio.sleep(POLL_SECONDS)
            try:
                if await loop.run_in_executor(None, self.store.changed_elsewhere, self.session.id):
                    self.reload_soon()
            except StoreError:
                continue
