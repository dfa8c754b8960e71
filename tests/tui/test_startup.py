"""Start-up pauses the garbage collector and always turns it back on."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

from store.sessions import SessionStore
from tui.cli import main
from tui.startup import hold_gc

from .conftest import FakeClock, new_run_app


async def test_the_app_resumes_garbage_collection_after_its_first_frame(
    store: SessionStore, clock: FakeClock
) -> None:
    app = new_run_app(store, clock)
    hold_gc()
    assert not gc.isenabled()
    try:
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.pause()
            assert gc.isenabled()
    finally:
        gc.unfreeze()
        gc.enable()


def test_a_command_that_fails_before_the_app_leaves_garbage_collection_on(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["run", "finnes-ikke", "--store", str(tmp_path)]) == 1
    assert "finnes-ikke" in capsys.readouterr().err
    assert gc.isenabled()
