"""The parse cache's rules, so opening a meeting does not load the Markdown parser.

This module holds no disk I/O: it says what a cached parse looks like (encode_entry,
decode_entry) and when it is still valid (an entry keeps the file's text, its path and source,
and the size and mtime of the parser's own modules, all compared exactly, so editing an agenda
or upgrading Plansje makes the next read parse afresh). A ParseCache that stores the entries
is installed from outside (store.agenda_cache, by the command-line entry point); with none
installed every read parses. The cache is an optimisation only: a failure to read or write
it means parsing.
"""

from __future__ import annotations

import dataclasses
import functools
import json
import zlib
from pathlib import Path
from typing import Protocol

from agendas.errors import Problem
from agendas.model import Agenda
from agendas.serialize import agenda_from_dict, agenda_to_dict

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


class ParseCache(Protocol):
    """Where parsed agendas are kept between runs (see store.agenda_cache.DiskParseCache)."""

    def load(self, text: str, path: str, source: str) -> Result | None:
        """The cached parse of this exact text at this path, or None."""
        ...

    def save(self, text: str, path: str, source: str, result: Result) -> None:
        """Remember a parse; never raises."""
        ...


_INSTALLED: list[ParseCache | None] = [None]


def use_parse_cache(cache: ParseCache | None) -> None:
    """Install the cache agenda reads go through (None: parse every time)."""
    _INSTALLED[0] = cache


def parse_cache() -> ParseCache | None:
    """The installed cache, or None."""
    return _INSTALLED[0]


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


def entry_key(text: str, path: str, source: str) -> list[str]:
    """What an entry must match, exactly, to be used."""
    return [_parser_stamp(), path, source, text]


def entry_name(path: str, source: str) -> str:
    """The file name of one agenda path's entry (one per path, so a cache cannot grow; two
    paths that share a name only take each other's place, as each entry keeps its own key)."""
    name = zlib.crc32(f"{source}\0{path}".encode("utf-8", "surrogatepass"))
    return f"{name:08x}.json"


def encode_entry(text: str, path: str, source: str, result: Result) -> bytes | None:
    """A successful parse as an entry's bytes (UTF-8 JSON); None for a failed parse."""
    agenda, problems = result
    if agenda is None:
        return None
    entry = {
        "key": entry_key(text, path, source),
        "agenda": agenda_to_dict(agenda),
        "problems": [dataclasses.asdict(problem) for problem in problems],
    }
    return json.dumps(entry, ensure_ascii=False).encode("utf-8", "surrogatepass")


def decode_entry(raw: bytes, text: str, path: str, source: str) -> Result | None:
    """The parse an entry holds, or None when it is for other text or cannot be read."""
    try:
        entry = json.loads(raw.decode("utf-8", "surrogatepass"))
        if entry.get("key") != entry_key(text, path, source):
            return None
        agenda = agenda_from_dict(entry["agenda"])
        problems = [Problem(**item) for item in entry["problems"]]
    except (ValueError, KeyError, TypeError, AttributeError):
        return None
    return agenda, problems
