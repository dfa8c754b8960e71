"""The run sheet (kjøreplan): every agenda has one, its Kl. column filled from the start."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from agendas.library import builtin_agendas, resolve_agenda
from store.export.print_blocks import Table
from store.export.runsheet import print_runsheet
from store.export.typst_source import render_typst
from store.sessions import SessionStore
from store.typst_pdf import compile_pdf
from tests.print.pdf import A4, all_text, page_sizes_mm
from tui.cli import main

OSLO = ZoneInfo("Europe/Oslo")
DAY = dt.date(2026, 3, 3)


def _table(start: dt.datetime | None, agenda_id: str = "starte") -> Table:
    sheet = print_runsheet(resolve_agenda(agenda_id), DAY, start, OSLO)
    tables = [block for block in sheet.blocks if isinstance(block, Table)]
    assert len(tables) == 1
    return tables[0]


def test_the_clock_column_counts_the_planned_minutes_from_the_start() -> None:
    table = _table(dt.datetime(2026, 3, 3, 13, 30, tzinfo=OSLO))
    # Starte: 10, 10, 15, 15 and 10 minutes, "Totalt 1 time"
    assert [row[0] for row in table.rows] == ["13:30", "13:40", "13:50", "14:05", "14:20", "14:30"]
    assert table.rows[-1][1] == "60 min"


def test_without_a_start_the_clock_column_is_left_for_the_pen() -> None:
    sheet = print_runsheet(resolve_agenda("starte"), DAY, None, OSLO)
    assert {row[0] for row in _table(None).rows} == {""}
    assert "skriv inn klokkeslettene i kolonnen til venstre" in render_typst(sheet)


@pytest.mark.parametrize("agenda", builtin_agendas(), ids=lambda agenda: agenda.id)
def test_every_agenda_prints_a_run_sheet_with_every_step(agenda: object) -> None:
    from agendas.model import Agenda

    assert isinstance(agenda, Agenda)
    sheet = print_runsheet(agenda, DAY, dt.datetime(2026, 3, 3, 9, 0, tzinfo=OSLO), OSLO)
    data = compile_pdf(render_typst(sheet))
    assert set(page_sizes_mm(data)) == {A4}
    text = all_text(data)
    assert "Kl.MinSakInnhold" in text and "09:00" in text
    for step in agenda.steps:
        assert "".join(step.title.split()) in text, step.title


def test_plansje_export_runsheet_with_a_start(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store = tmp_path / "store"
    session = SessionStore.open(store).create_session(
        resolve_agenda("statusmote"), title="Statusmøte", date=DAY, place="", zone="Europe/Oslo"
    )
    target = tmp_path / "kjoreplan.pdf"
    argv = ["export", session.id, "--runsheet", "-o", str(target), "--store", str(store)]
    assert main([*argv, "--start", "kl 13"]) == 1
    assert capsys.readouterr().err == (
        "plansje: --start må være et klokkeslett som 13:30, ikke «kl 13»\n"
    )
    assert not target.exists()
    assert main([*argv, "--start", "13:30"]) == 0
    text = all_text(target.read_bytes())
    assert "Kjøreplan:Statusmøte" in text and "13:30" in text and "13:45" in text
