"""Fixtures for driving the app with Textual's Pilot: a fake clock and an in-memory store."""

from __future__ import annotations

import datetime as dt
from collections.abc import Awaitable, Callable, Iterable, Iterator
from pathlib import Path
from typing import Any, Protocol, cast

import pytest
from textual.app import App
from textual.pilot import Pilot

from agendas.library import Library, load_library, resolve_agenda
from store.sessions import SessionStore
from tui.app import PlansjeApp
from tui.screens.run import RunScreen

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


class SnapCompare(Protocol):
    """The `snap_compare` fixture of pytest-textual-snapshot (its own hint is too narrow)."""

    def __call__(
        self,
        app: App[Any],
        press: Iterable[str] = ...,
        terminal_size: tuple[int, int] = ...,
        run_before: Callable[[Pilot[Any]], Awaitable[None] | None] | None = ...,
    ) -> bool: ...


def run_screen(app: App[Any]) -> RunScreen:
    """The app's current screen, typed as the Run screen the test has opened."""
    return cast(RunScreen, app.screen)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def store(tmp_path: Path) -> SessionStore:
    """A session store in the test's own temporary folder."""
    return SessionStore.open(tmp_path / "store")


@pytest.fixture(scope="session")
def library() -> Library:
    return load_library()


def new_run_app(
    store: SessionStore,
    clock: FakeClock,
    agenda_id: str = "statusmote",
    groups: int = 2,
    library: Library | None = None,
    **fields: Any,
) -> PlansjeApp:
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
def fixed_timezone(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Show clock times in UTC so screens look the same on every machine."""
    import time

    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.fixture
def fixed_ids(monkeypatch: pytest.MonkeyPatch) -> None:
    """Session ids s00001, s00002, ... instead of random ones."""
    import itertools

    import store.sessions

    counter = itertools.count(1)
    monkeypatch.setattr(store.sessions, "new_session_id", lambda *a, **k: f"s{next(counter):05d}")
