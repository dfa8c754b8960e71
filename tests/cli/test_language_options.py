"""The language options (--lang, PLANSJE_LANG), before or after the command, and what the
commands print: help, argparse errors, export, sessions, check and agendas.

Every test goes through the real entry point `tui.cli.main`; `run` gets a recording app
runner instead of the Textual app, so the language it would open in can be inspected.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from store.language import language
from tui.cli import main

from .conftest import Opened, session_in


@pytest.mark.parametrize("before", [True, False], ids=["before", "after"])
def test_lang_option_sets_the_language_of_the_app_in_either_position(
    default_store: Path, opened: Opened, before: bool
) -> None:
    argv = ["--lang", "en", "run", "apu-2"] if before else ["run", "apu-2", "--lang", "en"]
    assert main(argv) == 0
    assert [call[2] for call in opened.calls] == ["en"]
    assert language() == "nb"  # main gives the previous language back


def test_the_command_line_language_wins_over_plansje_lang(
    default_store: Path, opened: Opened, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PLANSJE_LANG", "en")
    assert main(["resume", session_in(default_store)]) == 0
    assert main(["--lang", "nb", "run", "hora"]) == 0
    assert main(["run", "hora", "--lang", "nb"]) == 0
    assert [call[2] for call in opened.calls] == ["en", "nb", "nb"]


@pytest.mark.parametrize(
    "argv",
    [["--lang", "en", "--help"], ["--help", "--lang=en"], ["run", "--help", "--lang", "en"]],
)
def test_help_is_english_with_lang_en_anywhere(
    argv: list[str], default_store: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exited:
        main(argv)
    assert exited.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith("usage: plansje")
    assert "show this help message and exit" in out and "vis denne hjelpen" not in out


def test_help_is_bokmal_by_default_and_english_with_plansje_lang(
    default_store: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    norwegian = capsys.readouterr().out
    assert norwegian.startswith("bruk: plansje") and "vis lagrede møter" in norwegian
    monkeypatch.setenv("PLANSJE_LANG", "en")
    with pytest.raises(SystemExit):
        main(["--help"])
    assert "list stored sessions" in capsys.readouterr().out


def test_argparse_errors_are_in_the_chosen_language(
    default_store: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["check"])
    assert exited.value.code == 2
    assert "plansje check: feil: disse argumentene mangler: FIL" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["check", "--lang", "en"])
    assert "error: the following arguments are required: PATH" in capsys.readouterr().err


@pytest.mark.parametrize("before", [True, False], ids=["before", "after"])
def test_export_and_its_errors_follow_lang(
    tmp_path: Path, default_store: Path, before: bool, capsys: pytest.CaptureFixture[str]
) -> None:
    chosen = tmp_path / "chosen"
    session_id = session_in(chosen)
    lang = ["--lang", "en"]
    rest = ["export", session_id, "--store", str(chosen)]
    assert main(lang + rest if before else rest + lang) == 0
    assert "# Minutes" in capsys.readouterr().out
    assert main(["export", session_id, "--store", str(chosen)]) == 0
    assert "# Møtereferat" in capsys.readouterr().out
    assert main(["export", "nosuch", "--store", str(chosen), *lang]) == 1
    assert "No session has the id «nosuch»" in capsys.readouterr().err
    assert main(["export", "nosuch", "--store", str(chosen)]) == 1
    assert "Fant ingen økt med id «nosuch»" in capsys.readouterr().err


def test_sessions_output_is_in_the_chosen_language(
    default_store: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["sessions"]) == 0
    assert "Ingen møter ennå" in capsys.readouterr().out
    session_in(default_store)
    assert main(["sessions", "--lang", "en"]) == 0
    assert "not started" in capsys.readouterr().out
    assert main(["sessions"]) == 0
    assert "ikke startet" in capsys.readouterr().out


BROKEN_AGENDA = """---
id: bad
title: Bad
---

## Steg en (5 min)

## Steg to (abc)
"""

VALID_AGENDA = """---
id: ok
title: OK
next: nowhere
---

## Steg en (5 min)
"""


def test_check_prints_each_files_problems_in_line_order(
    tmp_path: Path, default_store: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broken, valid = tmp_path / "b.md", tmp_path / "a.md"
    broken.write_text(BROKEN_AGENDA, encoding="utf-8")
    valid.write_text(VALID_AGENDA, encoding="utf-8")
    assert main(["check", str(broken), str(valid)]) == 1
    assert capsys.readouterr().out.splitlines() == [
        f"{broken}:5: warning: no '# Title' heading",
        f"{broken}:8: step 'Steg to': unreadable duration 'abc'; write minutes in digits",
        f"{valid}:1: warning: 'next: nowhere' names no known agenda",
        f"{valid}:6: warning: no '# Title' heading",
        "1 av 2 agendafil(er) er gyldige",
    ]


def test_agendas_says_how_to_create_a_missing_agenda_folder(
    tmp_path: Path,
    default_store: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    folder = tmp_path / "mine agendaer"
    monkeypatch.setenv("PLANSJE_AGENDAS", str(folder))
    assert main(["agendas"]) == 0
    out = capsys.readouterr().out
    assert (
        f"Egne agendaer: {folder} (mappa finnes ikke ennå; lag den med: mkdir -p '{folder}')" in out
    )
    folder.mkdir()
    assert main(["agendas", "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert f"Your own agendas: {folder}\n" in out and "does not exist" not in out
    assert out.splitlines()[0].split() == ["ID", "TITLE", "TIME", "STEPS", "SOURCE"]
