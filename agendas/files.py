"""Reading agenda files from disk with clear errors for every way a file can be unreadable."""

from __future__ import annotations

from pathlib import Path

from agendas.cache import ParseCache, parse_cache
from agendas.errors import AgendaError, Problem
from agendas.model import Agenda

MAX_BYTES = 2_000_000


def read_agenda_text(path: Path | str) -> str:
    """Read an agenda file as UTF-8 text; raise AgendaError for missing, binary or bad files."""
    name = str(path)
    file = Path(path)
    try:
        if file.is_dir():
            raise AgendaError.single(name, 1, "is a directory, not an agenda file")
        if file.stat().st_size > MAX_BYTES:
            raise AgendaError.single(name, 1, "is too large for an agenda (over 2 MB)")
        data = file.read_bytes()
    except FileNotFoundError:
        raise AgendaError.single(name, 1, "no such file") from None
    except PermissionError:
        raise AgendaError.single(name, 1, "cannot read the file: permission denied") from None
    except OSError as problem:
        raise AgendaError.single(name, 1, f"cannot read the file: {problem.strerror}") from None
    if b"\x00" in data:
        line = data[: data.index(b"\x00")].count(b"\n") + 1
        raise AgendaError.single(name, line, "is a binary file, not a Markdown agenda")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as problem:
        line = data[: problem.start].count(b"\n") + 1
        raise AgendaError.single(
            name, line, f"is not valid UTF-8 (byte {data[problem.start]:#04x}); save it as UTF-8"
        ) from None


def check_agenda_file(
    path: Path | str, *, source: str = "file", cache: ParseCache | None = None
) -> tuple[Agenda | None, list[Problem]]:
    """Read and parse one file; return the agenda (None on errors) and its problems.

    An unchanged file is taken from the parse cache (`cache`, else the one installed with
    agendas.cache.use_parse_cache); the parser (markdown-it and YAML) is only imported when
    a file must be parsed.
    """
    try:
        text = read_agenda_text(path)
    except AgendaError as problem:
        return None, list(problem.problems)
    cache = cache or parse_cache()
    cached = cache.load(text, str(path), source) if cache is not None else None
    if cached is not None:
        return cached
    from agendas.parser import check_agenda

    result = check_agenda(text, str(path), source=source)
    if cache is not None:
        cache.save(text, str(path), source, result)
    return result


def load_agenda_file(path: Path | str, *, source: str = "file") -> Agenda:
    """Read and parse one agenda file; raise AgendaError on any problem."""
    agenda, problems = check_agenda_file(path, source=source)
    if agenda is None:
        raise AgendaError(problems)
    return agenda
