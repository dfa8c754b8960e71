"""The parse cache: same results as parsing, invalidated by edits, never in the way."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

import agendas.parser
import store.agenda_cache
from agendas.cache import parse_cache, use_parse_cache
from agendas.files import check_agenda_file
from agendas.library import BUILTIN_DIR
from store.agenda_cache import CACHE_ENV, DiskParseCache

AGENDA = """---
id: prove
title: Prøvemøte
next: finnes-ikke
---

## Innledning (10 min)

Hvorfor vi er her.

## Gruppearbeid (20 min)

**Samle:** 3 bevaringspunkter per gruppe
"""


@pytest.fixture(autouse=True)
def disk_cache() -> Iterator[None]:
    """The store's disk cache installed, as the command-line entry point does."""
    before = parse_cache()
    use_parse_cache(DiskParseCache())
    yield
    use_parse_cache(before)


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv(CACHE_ENV, str(folder))
    return folder


def _entries(folder: Path) -> list[Path]:
    """The cache's entries (a replaced entry's old version may linger briefly, hidden)."""
    return sorted(folder.glob("*.json"))


def _no_parser(monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(*args: object, **kwargs: object) -> None:
        raise AssertionError("the parser ran although the file was cached")

    monkeypatch.setattr(agendas.parser, "check_agenda", fail)


def test_an_unchanged_file_comes_from_the_cache_with_the_same_result(
    tmp_path: Path, cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "prove.md"
    path.write_text(AGENDA, encoding="utf-8")
    parsed = check_agenda_file(path, source="user")
    assert parsed[0] is not None and parsed[0].steps[1].targets[0].count == 3
    _no_parser(monkeypatch)
    assert check_agenda_file(path, source="user") == parsed
    entries = _entries(cache)
    assert len(entries) == 1
    assert stat.S_IMODE(os.stat(entries[0]).st_mode) == 0o600
    assert stat.S_IMODE(os.stat(cache).st_mode) == 0o700


def test_every_builtin_agenda_round_trips_through_the_cache(
    cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = sorted(BUILTIN_DIR.glob("*.md"))
    fresh = [check_agenda_file(path, source="builtin") for path in paths]
    _no_parser(monkeypatch)
    assert [check_agenda_file(path, source="builtin") for path in paths] == fresh


def test_an_edited_file_is_parsed_again_and_replaces_its_entry(tmp_path: Path, cache: Path) -> None:
    path = tmp_path / "prove.md"
    path.write_text(AGENDA, encoding="utf-8")
    check_agenda_file(path)
    path.write_text(AGENDA.replace("(20 min)", "(25 min)"), encoding="utf-8")
    agenda, _ = check_agenda_file(path)
    assert agenda is not None and agenda.steps[1].duration.planned == 25
    assert len(_entries(cache)) == 1


def test_two_files_whose_entries_share_a_name_each_get_their_own_agenda(
    tmp_path: Path, cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(store.agenda_cache, "entry_name", lambda path, source: "same.json")
    first, second = tmp_path / "a.md", tmp_path / "b.md"
    first.write_text(AGENDA, encoding="utf-8")
    second.write_text(AGENDA.replace("Prøvemøte", "Annet møte"), encoding="utf-8")
    for _ in range(2):  # each read finds the other file's entry under its name, and parses
        assert (check_agenda_file(first)[0] or pytest.fail("a")).title == "Prøvemøte"
        assert (check_agenda_file(second)[0] or pytest.fail("b")).title == "Annet møte"
    assert [p.name for p in _entries(cache)] == ["same.json"]


def test_a_broken_file_is_reported_every_time(tmp_path: Path, cache: Path) -> None:
    path = tmp_path / "feil.md"
    path.write_text("---\nid: feil\n---\n\n## Uten tid\n", encoding="utf-8")
    first = check_agenda_file(path)
    assert first[0] is None and any(p.is_error for p in first[1])
    assert check_agenda_file(path) == first


def test_a_corrupt_or_unwritable_cache_falls_back_to_parsing(
    tmp_path: Path, cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "prove.md"
    path.write_text(AGENDA, encoding="utf-8")
    expected = check_agenda_file(path)
    for entry in _entries(cache):
        entry.write_text('{"key": 1, "agenda": [', encoding="utf-8")
    assert check_agenda_file(path) == expected
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv(CACHE_ENV, str(blocked / "cache"))
    assert check_agenda_file(path) == expected


def test_the_cache_can_be_switched_off(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(CACHE_ENV, "off")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    path = tmp_path / "prove.md"
    path.write_text(AGENDA, encoding="utf-8")
    assert check_agenda_file(path)[0] is not None
    assert not (tmp_path / "xdg").exists() and not (tmp_path / "home").exists()


def test_without_an_installed_cache_every_read_parses(
    tmp_path: Path, cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    use_parse_cache(None)
    path = tmp_path / "prove.md"
    path.write_text(AGENDA, encoding="utf-8")
    assert check_agenda_file(path)[0] is not None
    assert not cache.exists()
    _no_parser(monkeypatch)
    with pytest.raises(AssertionError, match="parser ran"):
        check_agenda_file(path)
