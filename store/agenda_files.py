"""Writing the user's own agenda files: a saksliste from the editor, or a duplicate.

Every write is durable and atomic (store.durable.write_durably) into the user agenda
folder, and the text is checked by the agenda parser before it replaces anything, so a
broken file never overwrites a good one. Built-in agendas are only ever read.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from agendas.errors import AgendaError, Problem
from agendas.files import check_agenda_file, read_agenda_text
from agendas.model import Agenda
from agendas.parser import check_agenda
from agendas.saksliste import Saksliste, agenda_id_for, saksliste_from_agenda, write_saksliste
from agendas.saksliste_edit import SakslisteEditError, duplicate_text, update_saksliste_text
from store.durable import make_private_dir, write_durably


@dataclass(frozen=True, slots=True)
class AgendaSaved:
    """The outcome of a save: the file, the problems the parser found (errors: unsaved), and
    `refused`, a SakslisteEditError code when the file could not be edited in place."""

    path: Path
    problems: tuple[Problem, ...] = ()
    refused: str | None = None

    @property
    def ok(self) -> bool:
        """True when the file was written and reads back without errors."""
        return self.refused is None and not any(p.is_error for p in self.problems)


def taken_ids(folder: Path, known: set[str]) -> set[str]:
    """The ids a new agenda may not take: the library's and every file's name in `folder`."""
    names = {path.stem for path in folder.glob("*.md")} if folder.is_dir() else set()
    return names | known


def read_saksliste(path: Path) -> Saksliste:
    """What the editor shows of an agenda file; AgendaError when it cannot be read."""
    agenda, problems = check_agenda_file(path, source="user")
    if agenda is None:
        raise AgendaError(problems)
    return saksliste_from_agenda(agenda)


def _write_checked(path: Path, text: str) -> AgendaSaved:
    """Parse `text`; write it only when it has no errors, then read the file back."""
    _, problems = check_agenda(text, str(path), source="user")
    if any(problem.is_error for problem in problems):
        return AgendaSaved(path, tuple(problems))
    make_private_dir(path.parent)
    write_durably(path, text.encode("utf-8"))
    _, again = check_agenda_file(path, source="user")
    return AgendaSaved(path, tuple(again))


def save_saksliste(
    draft: Saksliste, folder: Path, original: Path | None = None, base: Saksliste | None = None
) -> AgendaSaved:
    """Write `draft`: into the `original` file's own text (only the edited lines change;
    `base` is what the editor opened), else as a new `folder/<id>.md`. AgendaError when the
    original cannot be read, StoreUnavailable when the file cannot be written."""
    if original is None:
        return _write_checked(folder / f"{draft.id}.md", write_saksliste(draft))
    try:
        text = update_saksliste_text(read_agenda_text(original), draft, str(original), base)
    except SakslisteEditError as problem:
        return AgendaSaved(original, (Problem(str(original), 1, str(problem)),), problem.code)
    return _write_checked(original, text)


def duplicate_agenda(agenda: Agenda, folder: Path, known: set[str]) -> AgendaSaved:
    """A copy of any agenda (built-in too) in the user folder under a new `-kopi` id."""
    if agenda.path is None:
        return AgendaSaved(folder, (Problem(agenda.id, 1, "the agenda has no file"),))
    new_id = agenda_id_for(f"{agenda.id}-kopi", taken_ids(folder, known))
    text = duplicate_text(read_agenda_text(agenda.path), new_id, agenda.path)
    return _write_checked(folder / f"{new_id}.md", text)
