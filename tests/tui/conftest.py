"""Fixtures for driving the app with Textual's Pilot: a fake clock and an in-memory store."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from agendas.library import load_library, resolve_agenda
from store.sessions import SessionStore
from tui.app import PlansjeApp

START = dt.datetime(2026, 11, 23, 9, 0, tzinfo=dt.UTC)


class FakeClock:
    """A clock tests move by hand; the app reads it through `clock()`."""

    def __init__(self, now: dt.datetime = START) -> None:
        self.now = now

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, minutes: float = 0, seconds: float = 0) -> None:
        """Move time forward."""
        self.now += dt.timedelta(minutes=minutes, seconds=seconds)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def store(tmp_path: Path) -> SessionStore:
    """A session store in the test's own temporary folder."""
    return SessionStore.open(tmp_path / "store")


@pytest.fixture(scope="session")
def library():  # type: ignore[no-untyped-def]
    return load_library()


def new_run_app(
    store: SessionStore,
    clock: FakeClock,
    agenda_id: str = "statusmote",
    groups: int = 2,
    library=None,
    **fields,
) -> PlansjeApp:  # type: ignore[no-untyped-def]
    """An app opened straight on a new session's Run screen, like `plansje run`."""
    session = store.create_session(
        resolve_agenda(agenda_id),
        title=fields.pop("title", "Test"),
        date=START.date(),
        groups=groups,
        **fields,
    )
    return PlansjeApp(store, library=library, clock=clock, session_id=session.id)


@pytest.fixture(autouse=True)
def fixed_timezone(monkeypatch):  # type: ignore[no-untyped-def]
    """Show clock times in UTC so screens look the same on every machine."""
    import time

    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.fixture
def fixed_ids(monkeypatch):  # type: ignore[no-untyped-def]
    """Session ids s00001, s00002, ... instead of random ones."""
    import itertools

    import store.sessions

    counter = itertools.count(1)
    monkeypatch.setattr(store.sessions, "new_session_id", lambda *a, **k: f"s{next(counter):05d}")
