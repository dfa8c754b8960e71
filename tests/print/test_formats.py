"""`plansje export -o FILE` picks the format by the file's extension; --format overrides it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from agendas.library import resolve_agenda
from store.export_formats import UnwritableFormat, choose_format
from store.sessions import SessionStore
from tui.cli import main


def _session(root: Path) -> str:
    store = SessionStore.open(root)
    session = store.create_session(
        resolve_agenda("statusmote"),
        title="Statusmøte",
        date=dt.date(2026, 3, 3),
        place="Personalrommet",
        zone="Europe/Oslo",
    )
    return session.id


@pytest.mark.parametrize(
    ("kind", "output", "fmt", "expected"),
    [
        (None, "referat.pdf", None, ("minutes", "pdf")),
        (None, "Referat.PDF", None, ("minutes", "pdf")),
        (None, "referat.docx", None, ("minutes", "docx")),
        (None, "referat.md", None, ("minutes", "md")),
        (None, "referat", None, ("minutes", "md")),
        (None, None, None, ("minutes", "md")),
        (None, "plan.ics", None, ("ics", "ics")),
        ("actions", "plan.pdf", None, ("actions", "pdf")),
        ("minutes", "referat.txt", "pdf", ("minutes", "pdf")),
        ("invitation", "epost.txt", None, ("invitation", "txt")),
        ("poster", None, None, ("poster", "pdf")),
    ],
)
def test_the_extension_picks_the_format(
    kind: str | None, output: str | None, fmt: str | None, expected: tuple[str, str]
) -> None:
    assert choose_format(kind, output, fmt) == expected


@pytest.mark.parametrize(
    ("kind", "output", "fmt"),
    [
        (None, "referat.xlsx", None),
        ("summary", "oppsummering.pdf", None),
        ("ics", "plan.md", None),
        ("poster", "plansje.md", None),
        ("summary", None, "docx"),
    ],
)
def test_an_extension_the_export_cannot_write_is_refused(
    kind: str | None, output: str | None, fmt: str | None
) -> None:
    with pytest.raises(UnwritableFormat):
        choose_format(kind, output, fmt)


def test_a_pdf_file_name_gets_a_pdf(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    store = tmp_path / "store"
    session_id = _session(store)
    target = tmp_path / "referat.pdf"
    assert main(["export", session_id, "-o", str(target), "--store", str(store)]) == 0
    assert target.read_bytes().startswith(b"%PDF-")
    assert (target.stat().st_mode & 0o777) == 0o600
    assert capsys.readouterr().err == f"Skrev {target}\n"


def test_an_unknown_extension_is_an_error_and_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store = tmp_path / "store"
    session_id = _session(store)
    target = tmp_path / "referat.xlsx"
    assert main(["export", session_id, "-o", str(target), "--store", str(store)]) == 1
    assert capsys.readouterr().err == (
        "plansje: Referatet kan ikke skrives som «.xlsx»; velg .md, .pdf eller .docx\n"
    )
    assert not target.exists()
    assert (
        main(
            [
                "export",
                session_id,
                "--summary",
                "-o",
                str(target),
                "--lang",
                "en",
                "--store",
                str(store),
            ]
        )
        == 1
    )
    assert capsys.readouterr().err == (
        "plansje: The summary cannot be written as '.xlsx'; choose .md\n"
    )
    assert sorted(tmp_path.iterdir()) == [store]


def test_format_overrides_the_extension(tmp_path: Path) -> None:
    store = tmp_path / "store"
    session_id = _session(store)
    target = tmp_path / "referat.txt"
    argv = ["export", session_id, "--format", "pdf", "-o", str(target), "--store", str(store)]
    assert main(argv) == 0
    assert target.read_bytes().startswith(b"%PDF-")


def test_a_pdf_is_never_written_to_the_terminal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store = tmp_path / "store"
    session_id = _session(store)
    assert main(["export", session_id, "--poster", "--store", str(store)]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith("plansje: PDF skrives ikke til skjermen; oppgi en fil med -o")


def test_markdown_is_still_the_default(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    store = tmp_path / "store"
    session_id = _session(store)
    assert main(["export", session_id, "--store", str(store)]) == 0
    assert capsys.readouterr().out.startswith("# Møtereferat: Statusmøte\n")


def test_the_action_plan_as_a_spreadsheet(tmp_path: Path) -> None:
    import csv

    from store.export.actions_csv import action_plan_csv
    from tests.export.sessions import NOW, statusmote, tiltaksmote

    text = action_plan_csv([statusmote(), tiltaksmote()], NOW)
    assert text.startswith("\ufeffTiltak;IGLO-nivå;Ansvarlig;Ressurser;Frist;Status;Kilde;")
    rows = list(csv.reader(text.removeprefix("\ufeff").splitlines(), delimiter=";"))
    assert len(rows) == 1 + 5
    assert rows[1][:6] == [
        "Rød vest under medisinutdeling, så vi ikke blir avbrutt",
        "Gruppe",
        "Avdelingssykepleier",
        "Fire vester",
        "01.04.2026",
        "ikke startet · forfalt",
    ]


def test_a_spreadsheet_cell_is_never_a_formula() -> None:
    from store.export.spreadsheet import safe_cell

    assert safe_cell('=HYPERLINK("x")') == '\'=HYPERLINK("x")'
    assert safe_cell("-1+1") == "'-1+1"
    assert safe_cell("Bestille\nheis") == "Bestille heis"


def test_csv_on_the_command_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    store = tmp_path / "store"
    session_id = _session(store)
    assert main(["export", session_id, "--actions", "--format", "csv", "--store", str(store)]) == 0
    assert capsys.readouterr().out.startswith("\ufeffTiltak;")
    target = tmp_path / "plan.csv"
    assert main(["export", session_id, "-o", str(target), "--store", str(store)]) == 1
    assert "velg .md, .pdf eller .docx" in capsys.readouterr().err
    argv = ["export", session_id, "--actions", "-o", str(target), "--store", str(store)]
    assert main(argv) == 0
    assert target.read_bytes().startswith(b"\xef\xbb\xbfTiltak;")
