"""Test-wide settings: the agenda parse cache goes to a temporary folder, never the user's."""

from __future__ import annotations

import os
import shutil
import tempfile

import pytest

_CACHE: list[str] = []


def pytest_configure(config: pytest.Config) -> None:
    """Point PLANSJE_CACHE at a fresh folder (child processes inherit it) and use it."""
    _CACHE.append(tempfile.mkdtemp(prefix="plansje-cache-"))
    os.environ["PLANSJE_CACHE"] = _CACHE[0]
    os.environ.pop("PLANSJE_TZ", None)  # times in the machine's zone unless a test sets one
    from store.agenda_cache import install_parse_cache

    install_parse_cache()  # as tui.cli.main does


def pytest_unconfigure(config: pytest.Config) -> None:
    """Remove the temporary cache."""
    for folder in _CACHE:
        shutil.rmtree(folder, ignore_errors=True)
