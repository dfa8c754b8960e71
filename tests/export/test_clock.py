"""One clock policy: the local zone (or PLANSJE_TZ), stored with the session, used everywhere."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import shutil
from pathlib import Path

import pytest

from agendas.library import resolve_agenda
from store.clock import (
    LEGACY_ZONE,
    ZONE_ENV,
    UnknownZone,
    duration_text,
    local_zone,
    session_zone,
    span_text,
    zone_name,
)
from store.sessions import SessionStore
from tests.tui.conftest import START, FakeClock, new_run_app, run_screen
from tui.cli import main
from tui.export_command import render
from tui.widgets.step_list import StepList


def test_plansje_tz_overrides_the_machine_zone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "UTC")
    monkeypatch.delenv(ZONE_ENV, raising=False)
    assert zone_name(local_zone()) == "UTC"
    monkeypatch.setenv("TZ", "Asia/Tokyo")
    assert zone_name(local_zone()) == "Asia/Tokyo"
    monkeypatch.setenv(ZONE_ENV, "America/New_York")
    assert zone_name(local_zone()) == "America/New_York"


def test_an_unknown_plansje_tz_is_an_error_naming_the_variable(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv(ZONE_ENV, "Mars/Olympus_Mons")
    with pytest.raises(UnknownZone, match=r"PLANSJE_TZ='Mars/Olympus_Mons'"):
        local_zone()


def test_the_app_refuses_an_unknown_plansje_tz_without_a_traceback(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv(ZONE_ENV, "Europe/Atlantis")
    assert main(["resume", "abc123", "--store", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("plansje: PLANSJE_TZ='Europe/Atlantis' er ikke en kjent tidssone")
    assert "Traceback" not in err


def test_a_new_session_records_the_zone_and_an_old_one_reads_as_oslo(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ZONE_ENV, "America/New_York")
    store = SessionStore.open(tmp_path)
    agenda = resolve_agenda("statusmote")
    made = store.create_session(agenda, title="Status", date=START.date())
    chosen = store.create_session(agenda, title="Status", date=START.date(), zone="Asia/Tokyo")
    assert made.zone == "America/New_York"
    reopened = SessionStore.open(tmp_path)
    assert reopened.load(made.id).zone == "America/New_York"
    assert reopened.load(chosen.id).zone == "Asia/Tokyo"
    assert str(session_zone(reopened.load(chosen.id))) == "Asia/Tokyo"
    assert str(session_zone(dataclasses.replace(made, zone="Mars/Base"))) == "UTC"
    fixture = tmp_path / "release-0.1.0"
    shutil.copytree(Path(__file__).parents[1] / "fixtures" / "store_0_1_0", fixture)
    old_store = SessionStore.open(fixture)
    old = [old_store.load(info.id) for info in old_store.list_sessions()]
    assert len(old) == 3 and {session.zone for session in old} == {LEGACY_ZONE}
    assert LEGACY_ZONE == "Europe/Oslo"


def test_durations_read_the_same_in_both_languages() -> None:
    assert duration_text(75) == "1 t 15 min"
    assert duration_text(75, "en") == "1 h 15 min"
    assert duration_text(60) == "1 t" and duration_text(45) == "45 min"
    assert span_text(dt.timedelta(minutes=44, seconds=30)) == "45 min"


async def test_run_screen_and_minutes_agree_on_kl_outside_oslo(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv(ZONE_ENV, "America/New_York")
    store, clock = SessionStore.open(tmp_path / "store"), FakeClock()
    app = new_run_app(store, clock, "statusmote")
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        clock.advance(minutes=17)
        await pilot.press("pagedown")
        await pilot.pause()
        steps = app.screen.query_one(StepList)
        shown = [str(steps.get_option_at_index(i).prompt) for i in range(2)]
        session_id = run_screen(app).meeting.session.id
    kl = [re.findall(r"\d\d:\d\d", line)[0] for line in shown]
    assert kl == ["04:00", "04:17"]  # 09:00 and 09:17 UTC on 23 November, in New York
    text = render(store, store.load(session_id), "minutes", clock.now, lang="nb")
    assert "Kl. 04:00 · Planlagt" in text and "Kl. 04:17 · Planlagt" in text
    assert "- **Tid:** 04:00–pågår" in text
