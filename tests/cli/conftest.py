"""Fixtures of the CLI option tests: the default store from the environment, a recording app
runner instead of the Textual app, and a helper that stores a session."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from agendas.library import resolve_agenda
from store.language import language
from store.opening import Opening
from store.sessions import SessionStore
from tui import launch


@pytest.fixture
def default_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The store used when no --store is given (PLANSJE_STORE); PLANSJE_LANG unset."""
    folder = tmp_path / "default-store"
    monkeypatch.setenv("PLANSJE_STORE", str(folder))
    monkeypatch.delenv("PLANSJE_LANG", raising=False)
    return folder


class Opened:
    """What the app runner was asked to open: the store root, the session and the language."""

    def __init__(self) -> None:
        self.calls: list[tuple[Path | None, str | None, str]] = []
        self.room_hosts: list[str | None] = []

    def __call__(
        self, store: SessionStore, opening: Opening | None = None, room_host: str | None = None
    ) -> int:
        self.calls.append((store.root, opening.session.id if opening else None, language()))
        self.room_hosts.append(room_host)
        if opening is not None and opening.lease is not None:
            opening.lease.release()  # as the app does when it closes
        return 0


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> Opened:
    """Record what `run`, `resume`, `join` and `show` would open, instead of opening it."""
    recorder = Opened()
    monkeypatch.setattr(launch, "_run_app", recorder)
    return recorder


def session_in(folder: Path) -> str:
    """Store a Statusmøte session "Tavla" in `folder`; return its id."""
    return (
        SessionStore.open(folder)
        .create_session(resolve_agenda("statusmote"), title="Tavla", date=dt.date(2026, 3, 2))
        .id
    )
