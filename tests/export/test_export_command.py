"""`plansje export` through tui.cli.main: the calendar needs a plan, the invitation a place."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from agendas.library import resolve_agenda
from store.model import PlanEntry
from store.sessions import SessionStore
from tui.cli import main

START = dt.date(2026, 3, 24)


def _starte(root: Path, *, place: str = "", plan: bool = True) -> str:
    store = SessionStore.open(root)
    session = store.create_session(
        resolve_agenda("starte"), title="Starte", date=START, place=place, zone="Europe/Oslo"
    )
    if plan:
        start = dt.datetime(2026, 4, 14, 11, 30, tzinfo=dt.UTC)
        store.save_plan(session.id, (PlanEntry("Utforske", start, "Kari"),))
    return session.id


def test_a_calendar_without_a_plan_is_refused_and_nothing_is_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    session_id = _starte(tmp_path / "store", plan=False)
    target = tmp_path / "plan.ics"
    argv = ["export", session_id, "--ics", "--store", str(tmp_path / "store")]
    assert main([*argv, "-o", str(target)]) == 1
    err = capsys.readouterr().err
    assert err == (
        f"plansje: Økt {session_id} har ingen fremdriftsplan ennå (lag den med Ctrl+F i møtet).\n"
    )
    assert not target.exists() and list(tmp_path.iterdir()) == [tmp_path / "store"]
    assert main(argv) == 1
    assert capsys.readouterr().out == ""


def test_a_calendar_with_a_plan_is_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    session_id = _starte(tmp_path / "store")
    target = tmp_path / "plan.ics"
    argv = ["export", session_id, "--ics", "-o", str(target), "--store", str(tmp_path / "store")]
    assert main(argv) == 0
    assert target.read_text(encoding="utf-8").count("BEGIN:VEVENT") == 1
    assert (target.stat().st_mode & 0o777) == 0o600


def test_an_invitation_without_a_place_has_no_placeholder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    session_id = _starte(tmp_path / "store")
    assert main(["export", session_id, "--invitation", "--store", str(tmp_path / "store")]) == 0
    email = capsys.readouterr().out
    assert "- Utforske: tirsdag 14.04.2026 kl. 13:30–14:30 (verkstedleder: Kari)" in email
    assert "[sted]" not in email and "plakat" not in email
    assert "Du vil få en mer detaljert epost med informasjon før hvert verksted.\n\n" in email


def test_an_invitation_names_the_sessions_place(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    session_id = _starte(tmp_path / "store", place="personalrommet")
    assert main(["export", session_id, "--invitation", "--store", str(tmp_path / "store")]) == 0
    assert "Det henger også en plakat på personalrommet med mer" in capsys.readouterr().out
