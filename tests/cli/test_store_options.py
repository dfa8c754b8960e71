"""Global options mean what they say, before or after the command, over the environment:
--store for listing, running and reopening, the last of a repeated option, PLANSJE_CACHE,
and Settings resolving the command line over the environment over the defaults.

Every test goes through the real entry point `tui.cli.main`; `run` gets a recording app
runner instead of the Textual app, so the session it would open can be inspected.
"""

from __future__ import annotations

from dataclasses import FrozenInstanceError
from pathlib import Path

import pytest

from agendas.files import check_agenda_file
from store.sessions import SessionStore
from store.settings import Settings
from tui.cli import main

from .conftest import Opened, session_in


@pytest.mark.parametrize("before", [True, False], ids=["before", "after"])
def test_store_option_lists_that_store_in_either_position(
    tmp_path: Path, default_store: Path, before: bool, capsys: pytest.CaptureFixture[str]
) -> None:
    chosen = tmp_path / "chosen"
    session_id = session_in(chosen)
    other = session_in(default_store)
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
    session_id = session_in(chosen)
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


def test_an_option_after_the_command_wins_over_the_same_option_before_it(
    tmp_path: Path, default_store: Path, opened: Opened
) -> None:
    first, last = tmp_path / "first", tmp_path / "last"
    assert main(["--store", str(first), "--lang", "en", "run", "hora", "--store", str(last)]) == 0
    assert [(root, lang) for root, _, lang in opened.calls] == [(last, "en")]


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
