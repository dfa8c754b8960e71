"""The non-interactive subcommands: plain text on stdout, exit codes, never a traceback."""

from __future__ import annotations

from pathlib import Path
from typing import TextIO

from agendas.durations import format_minutes
from agendas.errors import Problem
from agendas.files import check_agenda_file
from agendas.library import load_library, next_warnings, user_agenda_dir
from agendas.model import Agenda


def _table(rows: list[list[str]], out: TextIO) -> None:
    """Print rows as left-aligned columns."""
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    for row in rows:
        out.write("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip())
        out.write("\n")


def list_agendas(out: TextIO) -> int:
    """`plansje agendas`: id, title, total planned time, steps, source."""
    library = load_library()
    rows = [["ID", "TITLE", "TIME", "STEPS", "SOURCE"]]
    for agenda in library.agendas.values():
        rows.append(
            [
                agenda.id,
                agenda.title,
                _total(agenda),
                str(len(agenda.steps)),
                "built-in" if agenda.source == "builtin" else "user",
            ]
        )
    for broken in library.broken:
        rows.append([broken.id, "BROKEN FILE (see below)", "-", "-", "user"])
    _table(rows, out)
    out.write(f"\nYour own agendas: {user_agenda_dir()}\n")
    for problem in library.problems:
        out.write(f"{problem}\n")
    return 0


def _total(agenda: Agenda) -> str:
    """Planned total, with the limit when steps have ranges: `1 t 30 min–2 t`."""
    planned = format_minutes(agenda.planned_minutes)
    if agenda.limit_minutes != agenda.planned_minutes:
        return f"{planned}–{format_minutes(agenda.limit_minutes)}"
    return planned


def check(paths: list[str], out: TextIO) -> int:
    """`plansje check PATH...`: print `PATH:LINE: message` per problem; 0 when all are valid."""
    problems: list[Problem] = []
    checked: list[Agenda] = []
    for path in paths:
        agenda, found = check_agenda_file(Path(path))
        problems.extend(found)
        if agenda is not None:
            checked.append(agenda)
    known = set(load_library().agendas) | {a.id for a in checked}
    problems.extend(next_warnings(checked, known))
    for problem in problems:
        out.write(f"{problem}\n")
    failed = any(p.is_error for p in problems)
    valid = len(checked)
    out.write(f"{valid} of {len(paths)} agenda file(s) valid\n")
    return 1 if failed else 0


def list_sessions(store_dir: Path | None, out: TextIO, err: TextIO) -> int:
    """`plansje sessions`: one line per session (id, date, agenda, title, state)."""
    from store.errors import StoreError
    from store.sessions import SessionStore, format_session_lines

    try:
        store = SessionStore.open(store_dir)
        infos = store.list_sessions()
    except StoreError as error:
        err.write(f"plansje: {error}\n")
        return 1
    for line in format_session_lines(infos):
        out.write(f"{line}\n")
    if not infos:
        out.write("No sessions yet. Start one with: plansje run statusmote\n")
    return 0
