"""Agenda files on disk and `plansje check`: every bad file gets PATH:LINE, never a traceback."""

import io
from pathlib import Path

import pytest

from agendas.errors import AgendaError
from agendas.files import load_agenda_file
from tui.commands import check

VALID = "---\nid: eget\ntitle: Eget\n---\n# Eget\n\n## Start (5 min)\n"


def _check(*paths: Path | str) -> tuple[int, list[str]]:
    out = io.StringIO()
    code = check([str(p) for p in paths], out)
    return code, out.getvalue().splitlines()


def test_a_valid_file_exits_zero(tmp_path: Path) -> None:
    path = tmp_path / "eget.md"
    path.write_text(VALID, encoding="utf-8")
    assert _check(path) == (0, ["1 av 1 agendafil(er) er gyldige"])


@pytest.mark.parametrize(
    ("name", "content", "line", "words"),
    [
        ("binary.md", b"---\nid: x\n\x00\x01\x02", 3, "binary"),
        ("latin1.md", "---\nid: x\ntitle: Møte\n---\n".encode("latin-1"), 3, "UTF-8"),
        ("empty.md", b"", 1, "empty"),
        ("noid.md", b"---\ntitle: X\n---\n# X\n## A (5 min)\n", 1, "'id'"),
        ("list.md", b"---\n[1, 2]\n---\n# X\n## A (5 min)\n", 2, "mapping"),
        ("ti.md", b"---\nid: x\ntitle: X\n---\n# X\n## A (ti min)\n", 6, "digits"),
        ("zero.md", b"---\nid: x\ntitle: X\n---\n# X\n## A (0 min)\n", 6, "more than zero"),
        ("nodur.md", b"---\nid: x\ntitle: X\n---\n# X\n## A\n", 6, "no duration"),
        ("dup.md", b"---\nid: x\ntitle: X\n---\n# X\n## A (5 min)\n## A (5 min)\n", 7, "twice"),
    ],
)
def test_bad_files_print_path_and_line(
    tmp_path: Path, name: str, content: bytes, line: int, words: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    code, lines = _check(path)
    assert code == 1
    assert any(entry.startswith(f"{path}:{line}: ") and words in entry for entry in lines), lines


def test_missing_file_and_directory(tmp_path: Path) -> None:
    code, lines = _check(tmp_path / "nope.md", tmp_path)
    assert code == 1
    assert lines[0] == f"{tmp_path / 'nope.md'}:1: no such file"
    assert lines[1] == f"{tmp_path}:1: is a directory, not an agenda file"


def test_unknown_next_is_only_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "eget.md"
    path.write_text(VALID.replace("title: Eget", "title: Eget\nnext: finnes-ikke"), "utf-8")
    code, lines = _check(path)
    assert code == 0
    assert lines[0] == f"{path}:1: warning: 'next: finnes-ikke' names no known agenda"


def test_next_may_name_another_checked_file(tmp_path: Path) -> None:
    first = tmp_path / "a.md"
    first.write_text(VALID.replace("title: Eget", "title: Eget\nnext: andre"), "utf-8")
    second = tmp_path / "b.md"
    second.write_text(VALID.replace("id: eget", "id: andre"), "utf-8")
    assert _check(first, second) == (0, ["2 av 2 agendafil(er) er gyldige"])


def test_load_agenda_file_raises_agenda_error_only(tmp_path: Path) -> None:
    with pytest.raises(AgendaError) as caught:
        load_agenda_file(tmp_path / "missing.md")
    assert str(caught.value) == f"{tmp_path / 'missing.md'}:1: no such file"
