"""`plansje tiltak`: every tiltak of every meeting, filtered, as a table, a CSV and reminders."""

from __future__ import annotations

import csv
import datetime as dt
import stat
from pathlib import Path

import icalendar
import pytest

from agendas.library import resolve_agenda
from agendas.model import IgloLevel, NoteKind
from store.model import Note, NoteStatus, new_note_id
from store.rounds import start_round
from store.sessions import SessionStore
from tui.cli import main

TODAY = dt.date.today()
AT = dt.datetime.now(dt.UTC)


def _tiltak(text: str, **fields: object) -> Note:
    return Note(new_note_id(), NoteKind.TILTAK, text, 0, 1, AT, **fields)  # type: ignore[arg-type]


@pytest.fixture
def store_dir(tmp_path: Path) -> Path:
    """Two chains: Statusmøte → Tiltaksmøte (held again for the evening shift) at one unit,
    and an APU meeting at another."""
    root = tmp_path / "store"
    store = SessionStore.open(root)
    status = store.create_session(resolve_agenda("statusmote"), title="Status 2. etg", date=TODAY)
    store.add_note(status.id, Note(new_note_id(), NoteKind.UTFORDRING, "Lite tid", 1, 1, AT))
    follow = store.create_session(
        resolve_agenda("tiltaksmote"), title="Tiltak 2. etg", date=TODAY, follows=status.id
    )
    store.add_note(
        follow.id,
        _tiltak(
            "Faste pauser på kveldsvakt",
            iglo=IgloLevel.LEDELSE,
            ansvarlig="Avdelingsleder Ås",
            frist=TODAY - dt.timedelta(days=10),
        ),
    )
    store.add_note(
        follow.id,
        _tiltak(
            "=SUM(A1) sjekkliste ved vaktbytte",
            iglo=IgloLevel.GRUPPE,
            ansvarlig="Fagutviklingssykepleier",
            frist=TODAY - dt.timedelta(days=3),
            status=NoteStatus.GJENNOMFORT,
        ),
    )
    evening = start_round(store, follow.id, "Kveldsvakt", TODAY)
    store.add_note(evening.id, _tiltak("Vikarperm på vaktrommet", frist=TODAY))
    apu = store.create_session(resolve_agenda("apu-2"), title="APU Sjøsiden", date=TODAY)
    store.add_note(
        apu.id,
        _tiltak("Nytt hvilerom", iglo=IgloLevel.ORGANISASJON, frist=TODAY + dt.timedelta(days=40)),
    )
    store.add_note(apu.id, _tiltak("Kurs i forflytning", status=NoteStatus.FORKASTET))
    return root


def _run(store_dir: Path, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    code = main(["tiltak", "--store", str(store_dir), *args])
    captured = capsys.readouterr()
    return code, captured.out + captured.err


def test_every_tiltak_of_every_meeting_with_its_meeting_and_overdue_marked(
    store_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out = _run(store_dir, capsys)
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split()[:2] == ["TILTAK", "IGLO"]
    assert len(lines) == 6
    vikar = next(line for line in lines if "Vikarperm" in line)
    assert "Tiltak 2. etg · Kveldsvakt" in vikar  # the round it came from
    assert "(forfalt)" not in vikar  # frist today: not overdue yet
    pauser = next(line for line in lines if "Faste pauser" in line)
    assert "Tiltak 2. etg" in pauser and "(forfalt)" in pauser and "ikke startet" in pauser
    done = next(line for line in lines if "sjekkliste" in line)
    assert "gjennomført" in done and "forfalt" not in done  # carried out: never overdue
    assert "Kurs i forflytning" in out and "forkastet" in out


@pytest.mark.parametrize(
    ("args", "shown"),
    [
        (["--open"], {"Faste pauser", "Nytt hvilerom", "Vikarperm"}),
        (["--overdue"], {"Faste pauser"}),
        (["--ansvarlig", "ÅS"], {"Faste pauser"}),
        (["--iglo", "L"], {"Faste pauser"}),
        (["--iglo", "organisasjon"], {"Nytt hvilerom"}),
        (["--iglo", "g", "--lang", "en"], {"sjekkliste"}),
    ],
)
def test_filters(
    store_dir: Path, capsys: pytest.CaptureFixture[str], args: list[str], shown: set[str]
) -> None:
    code, out = _run(store_dir, capsys, *args)
    assert code == 0
    everything = {"Faste pauser", "sjekkliste", "Nytt hvilerom", "Kurs i forflytning", "Vikarperm"}
    assert {text for text in everything if text in out} == shown


def test_csv_opens_as_a_spreadsheet_and_never_runs_a_formula(
    store_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "tiltak.csv"
    code, out = _run(store_dir, capsys, "-o", str(target))
    assert code == 0 and "5 tiltak" in out
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter=";"))
    by_text = {row["Tiltak"]: row for row in rows}
    pauser = by_text["Faste pauser på kveldsvakt"]
    assert pauser["Ansvarlig"] == "Avdelingsleder Ås"
    assert pauser["Frist"] == (TODAY - dt.timedelta(days=10)).isoformat()
    assert (pauser["Status"], pauser["forfalt"]) == ("ikke startet", "ja")
    assert pauser["Møte"] == "Tiltak 2. etg"
    assert "'=SUM(A1) sjekkliste ved vaktbytte" in by_text


def test_ics_reminds_of_each_open_frist(
    store_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "frister.ics"
    code, _ = _run(store_dir, capsys, "-o", str(target))
    assert code == 0
    calendar = icalendar.Calendar.from_ical(target.read_bytes())
    events = {str(e["summary"]): e.decoded("dtstart") for e in calendar.walk("VEVENT")}
    # Carried out, dropped and frist-less tiltak need no reminder.
    assert events == {
        "Frist for tiltak: Faste pauser på kveldsvakt": TODAY - dt.timedelta(days=10),
        "Frist for tiltak: Nytt hvilerom": TODAY + dt.timedelta(days=40),
        "Frist for tiltak: Vikarperm på vaktrommet": TODAY,
    }
    assert all(e.walk("VALARM") for e in calendar.walk("VEVENT"))


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--iglo", "avdeling"], "ukjent IGLO-nivå «avdeling»"),
        (["-o", "tiltak.pdf"], "tiltakslisten skrives som .csv eller .ics"),
        (["-o", "/nonexistent/folder/tiltak.csv"], "/nonexistent/folder"),
    ],
)
def test_bad_input_is_a_clear_message_and_exit_code_1(
    store_dir: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    code, out = _run(store_dir, capsys, *args)
    assert code == 1
    assert message in out and "Traceback" not in out


def test_a_broken_session_is_skipped_and_said(
    store_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = next((store_dir / "sessions").iterdir())
    (broken / "session.json").write_text("{ ikke json")
    code, out = _run(store_dir, capsys)
    assert code == 0
    assert "Hoppet over 1 økt(er) som ikke kunne leses." in out
