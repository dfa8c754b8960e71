"""Shared fixtures for the store tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from agendas.model import Agenda
from store.sessions import SessionStore
from tests.store.helpers import FakeClock, make_agenda


@pytest.fixture
def agenda() -> Agenda:
    """The rich four-step agenda."""
    return make_agenda()


@pytest.fixture
def store(tmp_path: Path) -> SessionStore:
    """A SessionStore in a fresh directory, with a fake clock."""
    return SessionStore.open(tmp_path / "store", clock=FakeClock())


@pytest.fixture
def disk_store(tmp_path: Path) -> SessionStore:
    """A SessionStore on disk in a fresh directory."""
    return SessionStore.open(tmp_path / "store", clock=FakeClock())
