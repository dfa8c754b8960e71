"""A room over a running session of the four-step test agenda, served on 127.0.0.1."""

from __future__ import annotations

import asyncio
import dataclasses
import datetime as dt
import time
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer

from agendas.model import Agenda, NoteKind, Target
from store.model import Event, EventType, Session
from store.room.keys import RoomKeys, new_keys
from store.room.room_file import RoomRecord, write_room
from store.sessions import SessionStore
from tests.store.helpers import make_agenda
from tui.room.room import Room, open_room
from tui.room.web_app import COOKIE, CSRF_HEADER, build_app


class Ticks:
    """A monotonic clock for the rate limits that moves only when told to."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@dataclass
class Served:
    """The room under test, its client, its store and another seat's store."""

    room: Room
    client: TestClient[web.Request, web.Application]
    store: SessionStore
    other: SessionStore
    keys: RoomKeys
    ticks: Ticks

    @property
    def sid(self) -> str:
        """The session's id."""
        return self.keys.session_id

    def session(self) -> Session:
        """The session as another seat reads it from disk now."""
        return SessionStore(self.store.root).load(self.sid)

    def headers(self, **more: str) -> dict[str, str]:
        """What the page sends with a post: JSON and the CSRF value."""
        return {"Content-Type": "application/json", CSRF_HEADER: self.keys.csrf, **more}

    def let_in(self) -> None:
        """Give the client the room's cookie (as /j/TOKEN does)."""
        self.client.session.cookie_jar.update_cookies({COOKIE: self.keys.token})

    async def add(self, text: str = "Godt samarbeid", **fields: object) -> int:
        """Post a note from group 1 (unless given); the status."""
        body = {"text": text, "group": 1, **fields}
        response = await self.client.post("/api/notes", json=body, headers=self.headers())
        return response.status

    async def step_to(self, step: int) -> None:
        """The facilitator (another seat) moves to `step`; wait until the room has seen it."""
        self.other.record_event(self.sid, Event(EventType.STEP_ENTERED, now(), step=step))
        await until(lambda: self.room.live.session.timing(now()).current == step)


def now() -> dt.datetime:
    """The wall clock (events must come after the start)."""
    return dt.datetime.now(dt.UTC)


async def until(condition: Callable[[], bool], seconds: float = 5.0) -> None:
    """Wait for `condition`, polling, failing after `seconds`."""
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("condition not met in time")
        await asyncio.sleep(0.01)


def room_agenda() -> Agenda:
    """The four-step test agenda; its last step (plenum) collects tiltak."""
    agenda = make_agenda()
    last = dataclasses.replace(agenda.steps[3], targets=(Target(NoteKind.TILTAK),))
    return dataclasses.replace(agenda, steps=(*agenda.steps[:3], last))


@pytest.fixture
async def served(tmp_path: Path) -> AsyncIterator[Served]:
    """A running two-group meeting with its room open; the client is not let in yet."""
    store = SessionStore.open(tmp_path / "store")
    session = store.create_session(room_agenda(), title="Møte", date=dt.date.today(), groups=2)
    store.record_event(session.id, Event(EventType.STARTED, now(), step=0))
    keys = new_keys(session.id)
    write_room(store.sessions_dir / session.id, RoomRecord(keys, "http://127.0.0.1:1"))
    ticks = Ticks()
    room_store = SessionStore.open(tmp_path / "store")
    room = open_room(room_store, keys, loopback_only=True, monotonic=ticks)
    client: TestClient[web.Request, web.Application] = TestClient(
        TestServer(build_app(room), host="127.0.0.1")
    )
    await client.start_server()
    try:
        yield Served(room, client, room_store, store, keys, ticks)
    finally:
        await client.close()
