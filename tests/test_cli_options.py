"""Global options mean what they say, before or after the command, over the environment.

Every test goes through the real entry point `tui.cli.main`; `run` gets a recording app
runner instead of the Textual app, so the session it would open can be inspected.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import FrozenInstanceError
from pathlib import Path

import pytest

from agendas.files import check_agenda_file
from agendas.library import resolve_agenda
from store.language import language
from store.opening import Opening
from store.sessions import SessionStore
from store.settings import Settings
from tui import launch
from tui.cli import main


@pytest.fixture
def default_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The store used when no --store is given (PLANSJE_STORE); PLANSJE_LANG unset."""
    folder = tmp_path / "default-store"
    monkeypatch.setenv("PLANSJE_STORE", str(folder))
    monkeypatch.delenv("PLANSJE_LANG", raising=False)
    return folder


class Opened:
    """What the app runner was asked to open: the store root, the session and the language."""

    def __init__(self) -> None:
        self.calls: list[tuple[Path | None, str | None, str]] = []
        self.room_hosts: list[str | None] = []

    def __call__(
        self, store: SessionStore, opening: Opening | None = None, room_host: str | None = None
    ) -> int:
        self.calls.append((store.root, opening.session.id if opening else None, language()))
        self.room_hosts.append(room_host)
        if opening is not None and opening.lease is not None:
            opening.lease.release()  # as the app does when it closes
        return 0


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> Opened:
    recorder = Opened()
    monkeypatch.setattr(launch, "_run_app", recorder)
    return recorder


def _session_in(folder: Path) -> str:
    return (
        SessionStore.open(folder)
        .create_session(resolve_agenda("statusmote"), title="Tavla", date=dt.date(2026, 3, 2))
        .id
    )


@pytest.mark.parametrize("before", [True, False], ids=["before", "after"])
def test_store_option_lists_that_store_in_either_position(
    tmp_path: Path, default_store: Path, before: bool, capsys: pytest.CaptureFixture[str]
) -> None:
    chosen = tmp_path / "chosen"
    session_id = _session_in(chosen)
    other = _session_in(default_store)
    argv = ["--store", str(chosen), "sessions"] if before else ["sessions", "--store", str(chosen)]
    assert main(argv) == 0
    out = capsys.readouterr().out
    assert session_id in out and other not in out


@pytest.mark.parametrize("before", [True, False], ids=["before", "after"])
def test_run_creates_the_meeting_in_the_store_named_on_the_command_line(
    tmp_path: Path, default_store: Path, opened: Opened, before: bool
) -> None:
    chosen = tmp_path / "chosen"
    argv = (
        ["--store", str(chosen), "run", "hora"]
        if before
        else ["run", "hora", "--store", str(chosen)]
    )
    assert main(argv) == 0
    [(root, session_id, _)] = opened.calls
    assert root == chosen
    assert [info.id for info in SessionStore.open(chosen).list_sessions()] == [session_id]
    assert SessionStore.open(default_store).list_sessions() == []


@pytest.mark.parametrize(
    ("flags", "host"),
    [([], None), (["--room"], "127.0.0.1"), (["--room", "192.168.1.20"], "192.168.1.20")],
)
def test_run_with_room_opens_the_group_seats_on_the_address_given(
    tmp_path: Path, opened: Opened, flags: list[str], host: str | None
) -> None:
    assert main(["run", "hora", "--store", str(tmp_path), *flags]) == 0
    assert opened.room_hosts == [host]


@pytest.mark.parametrize("command", ["resume", "join", "show"])
@pytest.mark.parametrize("before", [True, False], ids=["before", "after"])
def test_reopening_a_session_looks_in_the_store_named_on_the_command_line(
    tmp_path: Path, default_store: Path, opened: Opened, command: str, before: bool
) -> None:
    chosen = tmp_path / "chosen"
    session_id = _session_in(chosen)
    store = ["--store", str(chosen)]
    assert main([*store, command] if before else [command, *store]) == 0
    assert opened.calls == [(chosen, session_id, "nb")]


def test_without_store_option_the_environment_store_is_used(
    default_store: Path, opened: Opened
) -> None:
    assert main(["run", "hora"]) == 0
    [(root, session_id, _)] = opened.calls
    assert root == default_store
    assert [info.id for info in SessionStore.open(default_store).list_sessions()] == [session_id]


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
    assert main(["resume", _session_in(default_store)]) == 0
    assert main(["--lang", "nb", "run", "hora"]) == 0
    assert main(["run", "hora", "--lang", "nb"]) == 0
    assert [call[2] for call in opened.calls] == ["en", "nb", "nb"]


def test_an_option_after_the_command_wins_over_the_same_option_before_it(
    tmp_path: Path, default_store: Path, opened: Opened
) -> None:
    first, last = tmp_path / "first", tmp_path / "last"
    assert main(["--store", str(first), "--lang", "en", "run", "hora", "--store", str(last)]) == 0
    assert [(root, lang) for root, _, lang in opened.calls] == [(last, "en")]


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
    session_id = _session_in(chosen)
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
    _session_in(default_store)
    assert main(["sessions", "--lang", "en"]) == 0
    assert "not started" in capsys.readouterr().out
    assert main(["sessions"]) == 0
    assert "ikke startet" in capsys.readouterr().out


def test_plansje_cache_decides_where_agenda_parses_are_cached_during_the_command(
    tmp_path: Path, default_store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    agenda = tmp_path / "eget.md"
    agenda.write_text(Path("agendas/builtin/statusmote.md").read_text(encoding="utf-8"))
    cache, later = tmp_path / "cache", tmp_path / "later"
    monkeypatch.setenv("PLANSJE_CACHE", str(cache))
    assert main(["check", str(agenda)]) == 0
    assert len(list(cache.glob("*.json"))) > 1  # the checked file and the built-ins
    monkeypatch.setenv("PLANSJE_CACHE", str(later))  # main's choice ended with the command
    check_agenda_file(agenda)
    assert len(list(later.glob("*.json"))) == 1


def test_settings_resolve_command_line_over_environment_over_defaults(tmp_path: Path) -> None:
    env = {
        "PLANSJE_STORE": str(tmp_path / "env"),
        "PLANSJE_LANG": "en_GB.UTF-8",
        "PLANSJE_CACHE": "off",
        "PLANSJE_TZ": "Europe/Oslo",
    }
    from_env = Settings.resolve({}, env)
    assert from_env == Settings(tmp_path / "env", "en", None, "Europe/Oslo")
    given = Settings.resolve({"store": str(tmp_path / "cli"), "lang": "nb", "cache": "~/c"}, env)
    assert given.store == tmp_path / "cli" and given.language == "nb"
    assert given.agenda_cache == Path("~/c").expanduser()
    blank = Settings.resolve({"store": None, "lang": None}, {"PLANSJE_STORE": "  "})
    assert blank.store.name.lower() == "plansje" and blank.language == "nb"
    assert blank.agenda_cache is not None and blank.zone is None
    with pytest.raises(FrozenInstanceError):
        blank.language = "en"  # type: ignore[misc]


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
