"""The agenda library: built-in agendas plus the user's own, found by id or path."""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from platformdirs import user_config_path

from agendas.errors import AgendaError, Problem
from agendas.files import check_agenda_file
from agendas.model import Agenda

BUILTIN_DIR = Path(__file__).resolve().parent / "builtin"


def user_agenda_dir() -> Path:
    """Where the user's own agendas live: `PLANSJE_AGENDAS` or the platform config dir."""
    override = os.environ.get("PLANSJE_AGENDAS")
    if override:
        return Path(override).expanduser()
    return user_config_path("plansje") / "agendas"


@dataclass(frozen=True)
class BrokenAgenda:
    """A user agenda file that could not be read: the id its file name gives, and its errors."""

    id: str
    path: str
    problems: tuple[Problem, ...]

    @property
    def problem(self) -> Problem:
        """The first error (`str()` gives `PATH:LINE: message`)."""
        errors = [p for p in self.problems if p.is_error]
        return errors[0] if errors else Problem(self.path, 1, "cannot be read")


@dataclass(frozen=True)
class Library:
    """All agendas by id (user agendas replace built-ins of the same id), load problems, and
    the user's agenda files that are broken (listed so they never vanish without a word)."""

    agendas: dict[str, Agenda]
    problems: tuple[Problem, ...]
    broken: tuple[BrokenAgenda, ...] = ()

    def get(self, agenda_id: str) -> Agenda | None:
        """The agenda with this id, or None."""
        return self.agendas.get(agenda_id)

    def followers(self, agenda_id: str) -> list[Agenda]:
        """Agendas whose `next` names this one: the meetings it continues."""
        return [a for a in self.agendas.values() if a.next == agenda_id]


def _scan(
    folder: Path, source: str, broken: list[BrokenAgenda] | None = None
) -> tuple[list[Agenda], list[Problem]]:
    """Parse every `*.md` file in a folder (not recursive); files that fail go to `broken`."""
    agendas: list[Agenda] = []
    problems: list[Problem] = []
    if not folder.is_dir():
        return agendas, problems
    for path in sorted(folder.glob("*.md")):
        agenda, found = check_agenda_file(path, source=source)
        problems.extend(found)
        if agenda is not None:
            agendas.append(agenda)
        elif broken is not None:
            broken.append(BrokenAgenda(path.stem, str(path), tuple(found)))
    return agendas, problems


def builtin_agendas() -> list[Agenda]:
    """Every built-in agenda, in a stable order."""
    agendas, problems = _scan(BUILTIN_DIR, "builtin")
    errors = [p for p in problems if p.is_error]
    if errors:
        raise AgendaError(errors)
    return agendas


_ORDER = (
    "starte",
    "utforske",
    "utdype",
    "skape",
    "teste",
    "statusmote",
    "tiltaksmote",
    "apu-1",
    "apu-2",
    "rolleforstaelse",
    "hora",
)


def _sort_key(agenda: Agenda) -> tuple[int, str]:
    """Built-ins in their method order, then the rest by id."""
    return (_ORDER.index(agenda.id) if agenda.id in _ORDER else len(_ORDER), agenda.id)


def load_library(user_dir: Path | None = None) -> Library:
    """Load built-in and user agendas; a broken user file is reported, never fatal."""
    builtin, problems = _scan(BUILTIN_DIR, "builtin")
    broken: list[BrokenAgenda] = []
    user, user_problems = _scan(user_dir or user_agenda_dir(), "user", broken)
    problems.extend(user_problems)
    by_id: dict[str, Agenda] = {}
    for agenda in sorted([*builtin, *user], key=_sort_key):
        by_id[agenda.id] = agenda
    problems.extend(next_warnings(by_id.values(), set(by_id)))
    return Library(by_id, tuple(problems), tuple(broken))


def next_warnings(agendas: Iterable[Agenda], known: set[str]) -> list[Problem]:
    """Warnings for agendas whose `next` names no known agenda."""
    return [
        Problem(a.path or a.id, 1, f"'next: {a.next}' names no known agenda", "warning")
        for a in agendas
        if a.next and a.next not in known
    ]


def resolve_agenda(spec: str, user_dir: Path | None = None) -> Agenda:
    """Find an agenda by id (user first, then built-in) or by file path; raise AgendaError."""
    path = Path(spec).expanduser()
    if spec.endswith(".md") or os.sep in spec or path.is_file():
        agenda, problems = check_agenda_file(path)
        if agenda is None:
            raise AgendaError(problems)
        return agenda
    for folder, source in ((user_dir or user_agenda_dir(), "user"), (BUILTIN_DIR, "builtin")):
        candidate = folder / f"{spec}.md"
        if candidate.is_file():
            agenda, problems = check_agenda_file(candidate, source=source)
            if agenda is None:
                raise AgendaError(problems)  # the user's own file is broken: say where and why
            if agenda.id == spec:
                return agenda
    library = load_library(user_dir)
    found = library.get(spec)
    if found is None:
        known = ", ".join(library.agendas) or "none"
        missing = Problem(spec, 1, f"no agenda with id {spec!r}; known ids: {known}")
        # A broken file may have been meant to hold it: name those too.
        raise AgendaError([missing, *(broken.problem for broken in library.broken)])
    return found
