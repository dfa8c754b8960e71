"""Save an edited saksliste into the file it came from, changing only what was edited.

Everything the editor does not model stays as it was: descriptions, questions, tips,
comments, other fields and the front matter's other keys. Only the lines of a changed title,
heading or HØRA field are replaced; a removed sak's section goes, an added one is appended
in its place. The result is parsed again and must give exactly the edited saksliste.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from markdown_it import MarkdownIt

from agendas.fields import match_field
from agendas.frontmatter import read_front_matter
from agendas.parser import check_agenda
from agendas.saksliste import (
    Sak,
    Saksliste,
    check_saksliste,
    clean,
    escape,
    field_line,
    front_title_line,
    heading_line,
    item_field_lines,
    saksliste_from_agenda,
)

_MD = MarkdownIt("commonmark")
_LABELS = {"item_type": "Type", "purpose": "Hensikt", "outcome": "Ønsket resultat"}


class SakslisteEditError(ValueError):
    """The file cannot be edited in place; `code` says why (`problems`, `broken`,
    `paragraph_purpose`, `changed_elsewhere`, `not_faithful`), the message in English."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


@dataclass
class _Region:
    """A part of the file: the preamble or one step's section, and its field spans."""

    start: int
    end: int
    spans: dict[str, list[tuple[int, int]]]


def _regions(lines: list[str], body: str, offset: int) -> tuple[int | None, list[_Region]]:
    """The `# Title` line, then the preamble region and one region per `## Step`."""
    tokens = _MD.parse(body)
    h1: int | None = None
    starts: list[int] = []
    paragraphs: list[tuple[int, int]] = []
    for index, token in enumerate(tokens):
        if token.level != 0 or token.map is None:
            continue
        first, end = token.map[0] + offset, token.map[1] + offset
        if token.type == "heading_open" and token.tag == "h1" and h1 is None and not starts:
            h1 = first
        elif token.type == "heading_open" and token.tag == "h2":
            starts.append(first)
        elif token.type == "paragraph_open" and tokens[index + 1].type == "inline":
            paragraphs.append((first, end))
    bounds = [(h1 + 1 if h1 is not None else offset), *starts, len(lines)]
    regions = [_Region(bounds[i], bounds[i + 1], {}) for i in range(len(bounds) - 1)]
    for first, end in paragraphs:
        # Before the `# Title` counts as the preamble (the read-back check catches the rest).
        region = next((r for r in regions if r.start <= first < r.end), regions[0])
        current: str | None = None
        for number in range(first, end):
            found = match_field(lines[number])
            if found is not None:
                current = found[0]
                region.spans.setdefault(current, []).append((number, number + 1))
            elif current is not None:
                span = region.spans[current][-1]
                region.spans[current][-1] = (span[0], number + 1)
    return h1, regions


def _edit_fields(
    lines: list[str], region: _Region, heading: int | None, changes: dict[str, str]
) -> list[str]:
    """The region's lines with the changed fields replaced, removed or added after `heading`."""
    replace: dict[int, list[str]] = {}
    added: list[str] = []
    for name, value in changes.items():
        new = [field_line(_LABELS[name], value)] if value else []
        if name == "item_type" and value:
            new = [f"**Type:** {value}"]
        spans = region.spans.get(name, [])
        if not spans:
            added += new
            continue
        for first, end in spans:
            for number in range(first, end):
                replace[number] = []
        replace[spans[0][0]] = new
    out: list[str] = []
    for number in range(region.start, region.end):
        out += replace.get(number, [lines[number]])
        if number == heading and added:
            follows = lines[number + 1] if number + 1 < len(lines) else ""
            out += ["", *added] + ([""] if follows.strip() else [])
    if heading is None and added:
        out = ["", *added, "", *out]
    return out


def _changed(old: dict[str, str], new: dict[str, str]) -> dict[str, str]:
    """The fields whose clean value differs."""
    return {name: new[name] for name in new if clean(old[name]) != clean(new[name])}


def _item_values(item_type: object, purpose: str, outcome: str) -> dict[str, str]:
    """A sak's HØRA fields by field name, the type as its word ('' for none)."""
    kind = getattr(item_type, "value", "") or ""
    return {"item_type": kind, "purpose": clean(purpose), "outcome": clean(outcome)}


def update_saksliste_text(
    text: str, draft: Saksliste, path: str = "<agenda>", base: Saksliste | None = None
) -> str:
    """`text` (an agenda file) with the edits that make it read as `draft`; unchanged text
    when nothing changed. `base` is the saksliste as the editor opened it: when the file
    reads otherwise now, it was changed elsewhere and is refused. Raises SakslisteEditError
    when the edit cannot be done faithfully."""
    if check_saksliste(draft):
        raise SakslisteEditError("problems", "the saksliste has problems and cannot be saved")
    agenda, problems = check_agenda(text, path)
    front, _ = read_front_matter(text, path)
    if agenda is None or front is None:
        first = next((p for p in problems if p.is_error), "broken file")
        raise SakslisteEditError("broken", str(first))
    old = saksliste_from_agenda(agenda)
    if old == draft:
        return text
    if base is not None and old != base:
        raise SakslisteEditError("changed_elsewhere", "the file was changed since it was opened")
    ends_newline = text.endswith("\n")
    lines = re.split(r"\r\n?|\n", text)  # the line breaks markdown-it counts, no others
    h1, regions = _regions(lines, front.body, front.body_offset)
    out: list[str] = []
    head_end = regions[0].start
    for number in range(head_end):
        line = lines[number]
        if clean(old.title) != clean(draft.title):
            if 0 < number < front.body_offset and line.startswith("title:"):
                line = front_title_line(draft.title)
            elif number == h1:
                line = f"# {escape(draft.title)}"
        out.append(line)
    preamble = regions[0]
    changes = _changed(
        {"purpose": old.purpose, "outcome": old.outcome},
        {"purpose": draft.purpose, "outcome": draft.outcome},
    )
    if "purpose" in changes and len(agenda.purpose) > len(preamble.spans.get("purpose", [])):
        raise SakslisteEditError(
            "paragraph_purpose", "the meeting's Hensikt is written as paragraphs in this file"
        )
    out += _edit_fields(lines, preamble, h1, changes)
    for item in draft.items:
        if item.origin is None or not 0 <= item.origin < len(old.items):
            out += ([""] if out and out[-1].strip() else []) + write_saksliste_section(item)
            continue
        before = old.items[item.origin]
        region = regions[item.origin + 1]
        section = list(lines)
        if (clean(before.title), before.minutes) != (clean(item.title), item.minutes):
            section[region.start] = heading_line(item)
        fields = _changed(
            _item_values(before.item_type, before.purpose, before.outcome),
            _item_values(item.item_type, item.purpose, item.outcome),
        )
        chunk = _edit_fields(section, region, region.start, fields)
        if out and out[-1].strip() and chunk and chunk[0].startswith("#"):
            out.append("")
        out += chunk
    newline = "\r\n" if "\r\n" in text else "\n"  # a Windows file keeps its line endings
    result = newline.join(out).rstrip("\r\n") + (newline if ends_newline or out else "")
    again, _ = check_agenda(result, path)
    if again is None or saksliste_from_agenda(again) != draft:
        raise SakslisteEditError("not_faithful", "the edit would not read back as written")
    return result


def write_saksliste_section(item: Sak) -> list[str]:
    """The lines of a new sak's section (heading and its field lines)."""
    fields = item_field_lines(item)
    return [heading_line(item), *(["", *fields] if fields else []), ""]


def duplicate_text(text: str, new_id: str, path: str = "<agenda>") -> str:
    """A copy of an agenda file under another id (only its `id:` line changes)."""
    front, problems = read_front_matter(text, path)
    if front is None:
        raise SakslisteEditError("broken", str(next((p for p in problems if p.is_error), "?")))
    lines = text.splitlines(keepends=True)
    for number in range(1, front.body_offset):
        if lines[number].startswith("id:"):
            ending = "\n" if lines[number].endswith("\n") else ""
            lines[number] = f"id: {new_id}{ending}"
            break
    return "".join(lines)


__all__ = [
    "SakslisteEditError",
    "duplicate_text",
    "update_saksliste_text",
    "write_saksliste_section",
]
