"""The YAML front matter between `---` lines at the top of an agenda file."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import yaml

from agendas.errors import Problem

ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9_-]*$")
KNOWN_KEYS = ("id", "title", "next", "participants", "preparation", "reference")
#: The keys of the checklists and framing shown before and after the meeting (agendas.model).
GUIDE_KEYS = ("after", "framing")
_EXAMPLE = "start the file with '---', 'id: mitt-mote', 'title: Mitt møte', '---'"


@dataclass(frozen=True, slots=True)
class FrontMatter:
    """The validated front matter, plus where the Markdown body starts."""

    id: str
    title: str
    next: str | None
    participants: str | None
    preparation: tuple[str, ...]
    extra: tuple[tuple[str, str], ...]
    body: str
    body_offset: int
    after: tuple[str, ...] = ()
    framing: tuple[str, ...] = ()


def _key_line(lines: list[str], key: str) -> int:
    """The file line of `key:` in the front matter (line 1 is the opening `---`)."""
    pattern = re.compile(rf"^{re.escape(key)}\s*:")
    for number, line in enumerate(lines, start=2):
        if pattern.match(line):
            return number
    return 1


def _text(value: Any) -> str | None:
    """A scalar YAML value as text; None for missing values, mappings and lists."""
    if value is None or isinstance(value, dict | list):
        return None
    return str(value).strip()


def read_front_matter(text: str, path: str) -> tuple[FrontMatter | None, list[Problem]]:
    """Split off and validate the front matter; return it (or None) and the problems found."""
    problems: list[Problem] = []

    def error(line: int, message: str) -> None:
        problems.append(Problem(path, line, message))

    text = text.removeprefix("\ufeff")
    lines = text.splitlines()
    if not text.strip():
        error(1, "the file is empty")
        return None, problems
    if not lines or lines[0].rstrip() != "---":
        error(1, f"missing front matter; {_EXAMPLE}")
        return None, problems
    close = next((i for i in range(1, len(lines)) if lines[i].rstrip() in ("---", "...")), None)
    if close is None:
        error(1, "the front matter is not closed with a '---' line")
        return None, problems
    header = lines[1:close]
    try:
        data = yaml.safe_load("\n".join(header))
    except yaml.YAMLError as problem:
        mark = getattr(problem, "problem_mark", None)
        line = mark.line + 2 if mark is not None else 1
        reason = getattr(problem, "problem", None) or "invalid YAML"
        error(line, f"front matter is not valid YAML: {reason}")
        return None, problems
    except RecursionError:
        error(2, "front matter is nested too deeply")
        return None, problems
    if not isinstance(data, dict):
        error(2 if header else 1, "front matter must be a mapping of 'key: value' lines")
        return None, problems

    agenda_id = _text(data.get("id"))
    title = _text(data.get("title"))
    if not agenda_id:
        error(1, "front matter lacks 'id'")
    elif not ID_PATTERN.match(agenda_id):
        error(
            _key_line(header, "id"),
            f"id {agenda_id!r} must be lower-case letters, digits and '-' (e.g. 'apu-1')",
        )
    if not title:
        error(
            1 if "title" not in data else _key_line(header, "title"), "front matter lacks 'title'"
        )
    next_id = _text(data.get("next"))
    if "next" in data and (not next_id or not ID_PATTERN.match(next_id)):
        error(_key_line(header, "next"), "'next' must be the id of another agenda")
    participants = _text(data.get("participants"))
    preparation = _preparation(data.get("preparation"), header, error)
    after = _preparation(data.get("after"), header, error, "after")
    framing = _preparation(data.get("framing"), header, error, "framing")
    extra: list[tuple[str, str]] = []
    for key, value in data.items():
        if str(key) not in KNOWN_KEYS + GUIDE_KEYS:
            problems.append(
                Problem(
                    path,
                    _key_line(header, str(key)),
                    f"unknown front matter key {key!r}",
                    "warning",
                )
            )
        elif key == "reference" and value is not None:
            extra.append(("reference", str(value)))
    if any(p.is_error for p in problems) or agenda_id is None or title is None:
        return None, problems
    body = "\n".join(lines[close + 1 :])
    return FrontMatter(
        agenda_id,
        title,
        next_id,
        participants,
        preparation,
        tuple(extra),
        body,
        close + 1,
        after,
        framing,
    ), problems


def _preparation(
    value: Any, header: list[str], error: Any, key: str = "preparation"
) -> tuple[str, ...]:
    """A checklist or list of paragraphs (`preparation`, `after`, `framing`): a list of
    strings (or one string)."""
    if value is None:
        return ()
    if isinstance(value, str):
        return (value.strip(),)
    if isinstance(value, list) and all(not isinstance(v, dict | list) for v in value):
        return tuple(str(v).strip() for v in value if v is not None)
    error(_key_line(header, key), f"'{key}' must be a list of checklist items")
    return ()
