"""One open room: its session, keys, live copy, note writer and limits, shared by the handlers."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from store.model import utc_now
from store.room.keys import RoomKeys
from store.room.limits import CodeGuard, RateLimiter
from store.sessions import SessionStore
from tui.room.live import LiveSession
from tui.room.writer import NoteWriter

POSTS_PER_SECOND = 5.0
"""A client's posts refill at this rate …"""
POST_BURST = 40
"""… after a burst of this many (a group adding twenty notes at once is fine)."""


@dataclass
class Room:
    """Everything the room's handlers share; made on the server's loop by `open_room`."""

    store: SessionStore
    keys: RoomKeys
    live: LiveSession
    writer: NoteWriter
    clock: Callable[[], dt.datetime] = utc_now
    monotonic: Callable[[], float] = time.monotonic
    posts: RateLimiter = field(init=False)
    codes: CodeGuard = field(init=False)
    loopback_only: bool = True
    #: The event stream's last messages, per (load version, group), shared by its phones.
    events: dict[tuple[int, int], bytes] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.posts = RateLimiter(POSTS_PER_SECOND, POST_BURST, self.monotonic)
        self.codes = CodeGuard(self.monotonic)

    @property
    def ended(self) -> bool:
        """True once the meeting has ended: the token no longer lets anyone in."""
        return self.live.session.state == "ended"

    async def close(self) -> None:
        """Save what is queued, then stop following the session."""
        await self.writer.close()
        await self.live.close()


def open_room(
    store: SessionStore,
    keys: RoomKeys,
    *,
    loopback_only: bool,
    clock: Callable[[], dt.datetime] = utc_now,
    monotonic: Callable[[], float] = time.monotonic,
) -> Room:
    """A room over the session of `keys` (loaded now), its watcher and writer started."""
    # the live copy reads through a store of its own, so a reload never waits for a save
    reader = SessionStore(store.root, store.clock, store.lock_timeout)
    live = LiveSession(reader, reader.load(keys.session_id))
    writer = NoteWriter(store, keys.session_id)
    room = Room(store, keys, live, writer, clock, monotonic, loopback_only=loopback_only)
    live.start()
    writer.start()
    return room
