"""The non-interactive subcommands: plain text on stdout, exit codes, never a traceback."""

from __future__ import annotations

import shlex
from pathlib import Path
from typing import TextIO

from agendas.errors import Problem
from agendas.files import check_agenda_file
from agendas.library import load_library, next_warnings, user_agenda_dir
from agendas.model import Agenda
from store.clock import duration_text as duration
from store.language import t


def print_table(rows: list[list[str]], out: TextIO) -> None:
    """Print rows as left-aligned columns."""
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    for row in rows:
        out.write("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip())
        out.write("\n")


def list_agendas(out: TextIO) -> int:
    """`plansje agendas`: id, title, total planned time, steps, source; then the user folder."""
    library = load_library()
    rows = [[t(f"col.{name}").upper() for name in ("id", "title", "time", "steps", "source")]]
    for agenda in library.agendas.values():
        rows.append(
            [
                agenda.id,
                agenda.title,
                _total(agenda),
                str(len(agenda.steps)),
                t("source.builtin") if agenda.source == "builtin" else t("source.user"),
            ]
        )
    for broken in library.broken:
        rows.append([broken.id, "BROKEN FILE (see below)", "-", "-", "user"])
    print_table(rows, out)
    out.write("\n" + agenda_folder_text(user_agenda_dir()) + "\n")
    for problem in library.problems:
        out.write(f"{problem}\n")
    return 0


def agenda_folder_text(folder: Path) -> str:
    """Where the user's own agendas go, and how to create that folder when it is missing."""
    if folder.is_dir():
        return t("cli.agendas.folder", folder=folder)
    return t("cli.agendas.no_folder", folder=folder, command=f"mkdir -p {shlex.quote(str(folder))}")


def _total(agenda: Agenda) -> str:
    """Planned total, with the limit when steps have ranges: `1 t 30 min–2 t`."""
    planned = duration(agenda.planned_minutes)
    if agenda.limit_minutes != agenda.planned_minutes:
        return f"{planned}–{duration(agenda.limit_minutes)}"
    return planned


def check(paths: list[str], out: TextIO) -> int:
    """`plansje check PATH...`: print `PATH:LINE: message` per problem, each file's problems
    in line order; 0 when all are valid."""
    found_in: dict[str, list[Problem]] = {}
    checked: list[Agenda] = []
    for path in paths:
        agenda, found = check_agenda_file(Path(path))
        found_in.setdefault(str(Path(path)), []).extend(found)
        if agenda is not None:
            checked.append(agenda)
    known = set(load_library().agendas) | {a.id for a in checked}
    for warning in next_warnings(checked, known):
        found_in.setdefault(warning.path, []).append(warning)
    problems = [p for found in found_in.values() for p in sorted(found, key=lambda p: p.line)]
    for problem in problems:
        out.write(f"{problem}\n")
    failed = any(p.is_error for p in problems)
    out.write(t("cli.check.summary", valid=len(checked), count=len(paths)) + "\n")
    return 1 if failed else 0


def list_sessions(store_dir: Path, out: TextIO, err: TextIO) -> int:
    """`plansje sessions`: one line per session (id, date, agenda, title, state)."""
    from store.errors import StoreError
    from store.sessions import SessionStore
    from tui.session_lines import format_session_lines

    try:
        store = SessionStore.open(store_dir)
        infos = store.list_sessions()
    except StoreError as error:
        err.write(t("cli.failed", message=error) + "\n")
        return 1
    for line in format_session_lines(infos):
        out.write(f"{line}\n")
    if not infos:
        out.write(t("cli.sessions.none") + "\n")
    return 0
