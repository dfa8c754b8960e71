"""Running the room: bind, write the room record, serve until the meeting ends; in the
foreground or in a thread.

`RoomServer` opens one session's room on an aiohttp runner in the running loop.
`RoomThread` runs a RoomServer in a thread with a loop of its own, so the facilitator's app
can open the room beside the meeting without any of its work on Textual's event loop.
"""

from __future__ import annotations

import asyncio
import contextlib
import socket
import threading
from pathlib import Path

from aiohttp import web

from store.errors import StoreError
from store.room.keys import RoomKeys, new_keys
from store.room.room_file import RoomRecord, read_room, write_room
from store.sessions import SessionStore
from tui.room.room import Room, open_room
from tui.room.web_app import build_app
from tui.serve import WILDCARDS, is_loopback, url_host


def lan_address() -> str:
    """This machine's address on its network (for a wildcard bind); no packet is sent."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        try:
            probe.connect(("10.255.255.255", 1))
            return str(probe.getsockname()[0])
        except OSError:
            return "127.0.0.1"


def room_keys(folder: Path, session_id: str) -> RoomKeys:
    """The session's room keys: the ones it already has (the QR code stays valid), or new."""
    record = read_room(folder)
    if record is not None and record.keys.session_id == session_id:
        return record.keys
    return new_keys(session_id)


class RoomServer:
    """One session's room on host:port, in the running event loop."""

    def __init__(self, store_root: Path, session_id: str, *, host: str, port: int) -> None:
        self.store = SessionStore.open(store_root)  # its own store: its saves are "elsewhere"
        self.session_id = session_id
        self.host, self.port = host, port
        self.room: Room | None = None
        self.record: RoomRecord | None = None
        self._runner: web.AppRunner | None = None

    @property
    def folder(self) -> Path:
        """The session's folder."""
        return self.store.sessions_dir / self.session_id

    async def start(self) -> RoomRecord:
        """Bind and start serving; the record (keys and address) is saved for the other seats."""
        keys = room_keys(self.folder, self.session_id)
        self.room = open_room(self.store, keys, loopback_only=is_loopback(self.host))
        self._runner = web.AppRunner(
            build_app(self.room), access_log=None, handle_signals=False, shutdown_timeout=1.0
        )
        await self._runner.setup()
        site = web.TCPSite(self._runner, self.host or None, self.port)
        try:
            await site.start()
        except BaseException:
            await self._runner.cleanup()
            raise
        port = self.port or _bound_port(self._runner)
        shown = lan_address() if self.host.strip("[]") in WILDCARDS else url_host(self.host)
        self.record = RoomRecord(keys, f"http://{shown}:{port}")
        write_room(self.folder, self.record)
        return self.record

    async def until_ended(self, stop: asyncio.Event | None = None) -> None:
        """Wait until the meeting ends (the token is dead then) or `stop` is set."""
        room = self.room
        if room is None:
            return
        stopping = stop or asyncio.Event()
        while not room.ended and not stopping.is_set():
            waiters = [
                asyncio.create_task(stopping.wait()),
                asyncio.create_task(room.live.next_version(room.live.version, 60)),
            ]
            await asyncio.wait(waiters, return_when=asyncio.FIRST_COMPLETED)
            for waiter in waiters:
                waiter.cancel()

    async def stop(self) -> None:
        """Stop serving (queued notes are saved first); the record says the room is closed."""
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None
        if self.record is not None:
            with contextlib.suppress(StoreError):
                write_room(self.folder, RoomRecord(self.record.keys))


def _bound_port(runner: web.AppRunner) -> int:
    for address in runner.addresses:
        return int(address[1])
    raise OSError("the room is not listening")


class RoomThread:
    """A RoomServer in a daemon thread with its own event loop; start() waits for the bind."""

    def __init__(self, server: RoomServer) -> None:
        self.server = server
        self.loop = asyncio.new_event_loop()
        self._ready = threading.Event()
        self.error: BaseException | None = None
        self._stopping = asyncio.Event()
        self._thread = threading.Thread(target=self._run, name="plansje-room", daemon=True)

    def start(self, timeout: float = 10.0) -> RoomRecord:
        """Start serving; the record, or the bind's or store's error raised here."""
        self._thread.start()
        self._ready.wait(timeout)
        if self.error is not None:
            raise self.error
        if self.server.record is None:
            raise OSError("the room did not start in time")
        return self.server.record

    def _run(self) -> None:
        asyncio.set_event_loop(self.loop)
        try:
            self.loop.run_until_complete(self.server.start())
        except (OSError, StoreError) as error:
            self.error = error
            self._ready.set()
            return
        self._ready.set()
        self.loop.run_until_complete(self.server.until_ended(self._stopping))
        self.loop.run_until_complete(self.server.stop())
        self.loop.close()

    def wait_stopped(self, timeout: float) -> bool:
        """Wait up to `timeout` s for the room to stop (the meeting ended); True once it has."""
        self._thread.join(timeout)
        return not self._thread.is_alive()

    def stop(self, timeout: float = 5.0) -> None:
        """Stop the server and wait for the thread (queued notes are saved first)."""
        if self._thread.is_alive():
            self.loop.call_soon_threadsafe(self._stopping.set)
            self._thread.join(timeout)
