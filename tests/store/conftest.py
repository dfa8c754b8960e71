"""Shared fixtures for the store tests."""

from __future__ import annotations

import pytest

from agendas.model import Agenda
from tests.store.helpers import make_agenda


@pytest.fixture
def agenda() -> Agenda:
    """The rich four-step agenda."""
    return make_agenda()
