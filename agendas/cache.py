"""A cache of parsed agenda files, so opening a meeting does not load the Markdown parser.

One JSON file per agenda path. An entry is used only when its key matches: a hash of the
file's text, its path and source, and the size and mtime of the parser's own modules, so
editing an agenda or upgrading Plansje makes the next read parse afresh. The cache is an
optimisation only: any failure to read or write it falls back to parsing.
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import hashlib
import json
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

from agendas.errors import Problem
from agendas.model import Agenda
from agendas.serialize import agenda_from_dict, agenda_to_dict

CACHE_ENV = "PLANSJE_CACHE"
"""Environment variable: the cache folder, or `off` to parse every time."""

_PARSER_MODULES = (
    "cache.py",
    "durations.py",
    "errors.py",
    "fields.py",
    "frontmatter.py",
    "model.py",
    "parser.py",
    "serialize.py",
)

Result = tuple[Agenda | None, list[Problem]]


#: The folder chosen by `using_cache_dir` (a one-item list: None inside means "off").
_CHOSEN: list[Path | None] = []


@contextlib.contextmanager
def using_cache_dir(folder: Path | None) -> Iterator[None]:
    """Use `folder` as the cache (None: no cache) until the block ends, whatever the env says."""
    _CHOSEN.append(folder)
    try:
        yield
    finally:
        _CHOSEN.pop()


def cache_dir() -> Path | None:
    """The cache folder: the one in use, else `PLANSJE_CACHE`, else the platform's user
    cache; None when off."""
    if _CHOSEN:
        return _CHOSEN[-1]
    override = os.environ.get(CACHE_ENV, "")
    if override.lower() == "off":
        return None
    if override:
        return Path(override).expanduser()
    from platformdirs import user_cache_path

    return user_cache_path("plansje") / "agendas"


@functools.cache
def _parser_stamp() -> str:
    """Size and mtime of the modules that decide what a parse returns."""
    here = Path(__file__).resolve().parent
    parts = []
    for name in _PARSER_MODULES:
        try:
            info = (here / name).stat()
        except OSError:
            continue
        parts.append(f"{name}:{info.st_size}:{info.st_mtime_ns}")
    return ";".join(parts)


def _key(text: str, path: str, source: str) -> str:
    """What an entry must match to be used."""
    digest = hashlib.sha256()
    for part in (_parser_stamp(), path, source, text):
        digest.update(part.encode("utf-8", "surrogatepass"))
        digest.update(b"\0")
    return digest.hexdigest()


def _entry_path(folder: Path, path: str, source: str) -> Path:
    """The cache file for one agenda path (one entry per path, so the cache cannot grow)."""
    name = hashlib.sha256(f"{source}\0{path}".encode("utf-8", "surrogatepass")).hexdigest()
    return folder / f"{name[:32]}.json"


def load_cached(text: str, path: str, source: str) -> Result | None:
    """The cached parse of this exact text at this path, or None when there is none."""
    folder = cache_dir()
    if folder is None:
        return None
    try:
        raw = _entry_path(folder, path, source).read_text(encoding="utf-8")
        entry = json.loads(raw)
        if entry.get("key") != _key(text, path, source):
            return None
        agenda = agenda_from_dict(entry["agenda"])
        problems = [Problem(**item) for item in entry["problems"]]
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None
    return agenda, problems


def save_cached(text: str, path: str, source: str, result: Result) -> None:
    """Remember a successful parse; errors in writing the cache are ignored."""
    agenda, problems = result
    folder = cache_dir()
    if folder is None or agenda is None:
        return
    entry = {
        "key": _key(text, path, source),
        "agenda": agenda_to_dict(agenda),
        "problems": [dataclasses.asdict(problem) for problem in problems],
    }
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=folder, prefix=".entry-", suffix=".tmp")
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as file:
                json.dump(entry, file, ensure_ascii=False)
            os.replace(temporary, _entry_path(folder, path, source))
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
    except OSError:
        return
