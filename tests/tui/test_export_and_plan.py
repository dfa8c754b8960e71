"""Exports from the app (the export key, the Starte progress plan as calendar and e-mail)
and from the CLI (`plansje export`), and a progress plan that cannot be saved."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from textual.widgets import Input

from agendas.library import resolve_agenda
from store.sessions import SessionStore
from tui.app import PlansjeApp
from tui.cli import main
from tui.screens.run import RunScreen

from .conftest import START, FakeClock
from .seat_sessions import new_session


async def test_export_key_writes_private_minutes_to_the_current_directory(
    tmp_path: Path, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    store = SessionStore.open(tmp_path / "store")
    session_id = new_session(store)
    app = PlansjeApp(store, clock=clock, session_id=session_id)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.screen.query_one("#note-input", Input).value = "u: Travle morgener | # ikke overskrift"
        await pilot.press("enter")
        await pilot.press("f8")
        await pilot.pause()
        await pilot.press("enter")  # the first choice: minutes
        await app.workers.wait_for_complete()
        await pilot.pause()
    files = list(tmp_path.glob("referat-*.md"))
    assert len(files) == 1 and session_id in files[0].name
    assert stat.S_IMODE(os.stat(files[0]).st_mode) == 0o600
    text = files[0].read_text(encoding="utf-8")
    assert text.startswith("# Møtereferat: Statusmøte")
    assert "Travle morgener \\| \\# ikke overskrift" in text


def test_export_command_prints_minutes_and_fails_clearly(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store = SessionStore.open(tmp_path)
    session_id = new_session(store)
    assert main(["export", session_id, "--store", str(tmp_path)]) == 0
    assert capsys.readouterr().out.startswith("# Møtereferat: Statusmøte")
    out_file = tmp_path / "plan.md"
    assert (
        main(["export", session_id, "--actions", "-o", str(out_file), "--store", str(tmp_path)])
        == 0
    )
    assert out_file.read_text(encoding="utf-8").startswith("# Handlingsplan")
    assert main(["export", "finnes-ikke", "--store", str(tmp_path)]) == 1
    assert "finnes-ikke" in capsys.readouterr().err


async def test_starte_progress_plan_is_captured_and_exported_as_calendar_and_email(
    tmp_path: Path, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    store = SessionStore.open(tmp_path / "store")
    session_id = store.create_session(
        resolve_agenda("starte"), title="Starte", date=START.date(), place="Kantina"
    ).id
    app = PlansjeApp(store, clock=clock, session_id=session_id)
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+f")
        await pilot.pause()
        dialog = app.screen
        dialog.query_one("#date-1", Input).value = "2027-01-12"
        dialog.query_one("#time-1", Input).value = "14:30"
        dialog.query_one("#leader-1", Input).value = "Kari (verneombud)"
        dialog.query_one("#date-3", Input).value = "12.01.2027"  # not ISO: refused
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert "Datoen må skrives" in str(dialog.query_one("#plan-error").render())
        dialog.query_one("#date-3", Input).value = "2027-01-26"
        await pilot.press("ctrl+s")
        await app.workers.wait_for_complete()
        await pilot.pause()
    plan = store.load(session_id).plan
    assert len(plan) == 8
    utforske = plan[1]
    assert (utforske.what, utforske.kind, utforske.leader) == (
        "Utforske",
        "verksted",
        "Kari (verneombud)",
    )
    assert utforske.start.strftime("%Y-%m-%d %H:%M") == "2027-01-12 14:30"
    assert main_export(store, session_id, "ics").count("BEGIN:VEVENT") == 8
    email = main_export(store, session_id, "invitation")
    assert "12.01.2027" in email and "Kari (verneombud)" in email and "Kantina" in email


def main_export(store: SessionStore, session_id: str, kind: str) -> str:
    """Render an export the way `plansje export` does."""
    import datetime as dt

    from tui.export_command import render

    return render(store, store.load(session_id), kind, dt.datetime(2026, 11, 23, tzinfo=dt.UTC))


async def test_a_plan_that_cannot_be_saved_is_reported_and_the_meeting_goes_on(
    tmp_path: Path, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    from store.errors import StoreUnavailable

    store = SessionStore.open(tmp_path)
    session_id = store.create_session(
        resolve_agenda("starte"), title="Starte", date=START.date()
    ).id

    def full_disk(*args: object) -> None:
        raise StoreUnavailable(tmp_path, "disken er full")

    monkeypatch.setattr(store, "save_plan", full_disk)
    app = PlansjeApp(store, clock=clock, session_id=session_id)
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+f")
        await pilot.pause()
        await pilot.press("ctrl+s")
        await app.workers.wait_for_complete()
        await pilot.pause()
        messages = [n.message for n in app._notifications]
        assert any("disken er full" in m for m in messages)
        assert isinstance(app.screen, RunScreen)
