"""Keys on screen are written as in the README key table: F2, Ctrl+Z, PgDn, Delete."""

from __future__ import annotations

import io
from pathlib import Path

from rich.console import Console
from rich.table import Table

from tui.key_names import key_name, keys_name
from tui.screens.help import HelpScreen, bindings_table
from tui.screens.run import RunScreen

from .conftest import FakeClock, new_run_app


def test_key_names_follow_the_keyboard() -> None:
    assert key_name("f10") == "F10"
    assert key_name("ctrl+z") == "Ctrl+Z"
    assert keys_name("ctrl+y,ctrl+shift+z") == "Ctrl+Y / Ctrl+Shift+Z"
    assert keys_name("delete,backspace") == "Delete / Backspace"
    assert key_name("e") == "e"
    assert key_name("shift+down") == "Shift+↓"


def _text(table: Table) -> str:
    console = Console(width=200, record=True, file=io.StringIO())
    console.print(table)
    return console.export_text()


async def test_help_writes_keys_as_the_readme_does(tmp_path: Path) -> None:
    from store.sessions import SessionStore

    app = new_run_app(SessionStore.open(tmp_path), FakeClock())
    async with app.run_test(size=(120, 30)) as pilot:
        for _ in range(50):
            await pilot.pause()
            if isinstance(app.screen, RunScreen):
                break
        await pilot.press("f1")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        table = _text(bindings_table(app.screen.groups))
        for key in ("F2", "F10", "Ctrl+Z", "Ctrl+Y / Ctrl+Shift+Z", "Delete / Backspace", "Ctrl+Q"):
            assert key in table, key
        assert "ctrl+z" not in table
