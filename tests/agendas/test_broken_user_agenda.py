"""A broken file in the user's agenda folder is named with its `PATH:LINE: message` wherever
the agendas are listed or asked for by id, instead of vanishing."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from textual.widgets import DataTable, Static

from agendas.errors import AgendaError
from agendas.library import load_library, resolve_agenda
from store.sessions import SessionStore
from tui.app import PlansjeApp
from tui.cli import main
from tui.commands import list_agendas

BROKEN = "---\ntitle: Mitt møte\n---\n\n## Velkommen (10 min)\n"


@pytest.fixture
def user_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A user agenda folder (PLANSJE_AGENDAS) holding one broken agenda, mitt-mote.md."""
    folder = tmp_path / "agendas"
    folder.mkdir()
    (folder / "mitt-mote.md").write_text(BROKEN, encoding="utf-8")
    monkeypatch.setenv("PLANSJE_AGENDAS", str(folder))
    return folder


def expected(user_dir: Path) -> str:
    """The message the parser gives for the broken file."""
    return f"{user_dir / 'mitt-mote.md'}:1: front matter lacks 'id'"


def test_the_library_lists_the_broken_file(user_dir: Path) -> None:
    library = load_library()
    assert "mitt-mote" not in library.agendas
    (broken,) = library.broken
    assert broken.id == "mitt-mote"
    assert str(broken.problem) == expected(user_dir)


def test_run_by_id_names_the_broken_file(user_dir: Path) -> None:
    with pytest.raises(AgendaError) as raised:
        resolve_agenda("mitt-mote")
    assert str(raised.value.problems[0]) == expected(user_dir)
    assert "no agenda with id" not in str(raised.value)


def test_plansje_run_says_what_is_wrong(
    user_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["run", "mitt-mote", "--store", str(tmp_path / "store")])
    assert code == 1
    assert capsys.readouterr().err == f"plansje: {expected(user_dir)}\n"


def test_an_unknown_id_also_names_the_broken_files(user_dir: Path) -> None:
    with pytest.raises(AgendaError) as raised:
        resolve_agenda("mitt-moete")
    messages = [str(problem) for problem in raised.value.problems]
    assert messages[0].startswith("mitt-moete:1: no agenda with id 'mitt-moete'")
    assert expected(user_dir) in messages


def test_plansje_agendas_lists_it_as_broken(user_dir: Path) -> None:
    out = io.StringIO()
    assert list_agendas(out) == 0
    lines = out.getvalue().splitlines()
    (row,) = [line for line in lines if line.startswith("mitt-mote ")]
    assert "BROKEN FILE" in row and row.rstrip().endswith("user")
    assert expected(user_dir) in lines


async def test_home_lists_it_as_broken_and_enter_says_why(tmp_path: Path, user_dir: Path) -> None:
    app = PlansjeApp(SessionStore.open(tmp_path / "store"))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        table = app.screen.query_one("#agendas", DataTable)
        rows = [[str(cell) for cell in table.get_row_at(i)] for i in range(table.row_count)]
        (row,) = [r for r in rows if r[0] == "mitt-mote"]
        assert row[1] == "skadet fil – se feilen under"
        listing = str(app.screen.query_one("#broken-agendas", Static).render())
        assert expected(user_dir) in " ".join(listing.split())
        table.move_cursor(row=rows.index(row))
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen.query_one("#agendas") is table  # no new-session dialog
        assert [n.message for n in app._notifications] == [expected(user_dir)]
